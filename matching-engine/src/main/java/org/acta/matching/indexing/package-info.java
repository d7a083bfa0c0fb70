/**
 * Indexing (标引): the one table's indexing columns from the lists a library imports — Chinese
 * journal lists by edition (CSSCI, CSCD, 北大核心), JCR tables by year, the ESI journal list and
 * the ESI highly-cited and hot paper lists by edition, the subject mapping — together with the
 * indexes the source records carry. Lists are immutable values; matching reuses the engine's
 * ISSN, CN number, DOI and title normalisers. Every value comes with its provenance and rule.
 */
package org.acta.matching.indexing;
