/**
 * Normalisation: the derived keys deduplication compares (folded text, DOI, ISSN, pages, issue,
 * romanised names), computed once per record with ICU4J and Commons Text. Raw values are never
 * changed; these classes only derive keys from them.
 */
package org.acta.matching.normalize;
