/**
 * Readers of the indexing lists a library imports (CSSCI/CSCD/PKU core editions, JCR tables, ESI
 * journal and paper lists, subject mapping) from CSV or XLSX files with a header row, into the
 * engine's {@code org.acta.matching.indexing} values. Formats: {@code docs/lists.md}.
 */
package org.acta.harvest.lists;
