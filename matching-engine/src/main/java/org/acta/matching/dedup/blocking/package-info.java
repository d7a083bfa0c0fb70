/**
 * Blocking: which record pairs are worth comparing. Keys per record (DOI; ISSN + volume + first
 * page; ISSN + year + issue + first page; rare title-word pairs; exact title), blocks grouped by
 * sorting, and a comparison budget so the work grows near-linearly with the number of records.
 */
package org.acta.matching.dedup.blocking;
