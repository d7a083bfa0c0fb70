/**
 * Evaluation harness: pairwise precision, recall and F1 of a clustering against a gold
 * clustering, and pair completeness of blocking (the share of gold pairs blocking proposes).
 */
package org.acta.matching.eval;
