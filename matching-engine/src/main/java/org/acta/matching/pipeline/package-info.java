/**
 * The offline pipeline: deduplication then attribution over records held in memory, and the
 * three CSV files of the command-line contract ({@code works.csv}, {@code table.csv},
 * {@code review.csv}). No database, no server; the caller hands in records and writers.
 */
package org.acta.matching.pipeline;
