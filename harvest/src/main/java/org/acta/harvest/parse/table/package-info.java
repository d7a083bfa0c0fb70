/**
 * Generic publication lists (CSV, TSV, XLSX with a header row): legacy systems' exports,
 * spreadsheets kept by departments, benchmark tables. Columns are found by header label
 * ({@link org.acta.harvest.parse.table.GenericColumn}), never by position.
 */
package org.acta.harvest.parse.table;
