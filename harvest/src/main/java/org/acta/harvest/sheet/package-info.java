/**
 * Row-by-row reading of spreadsheet-like exports: XLSX streamed through SAX (memory does not grow
 * with the sheet), legacy XLS through POI's HSSF (capped at 65,536 rows by the format itself) and
 * HTML tables disguised as {@code .xls}. Cells come out as plain strings; integral numbers lose
 * Excel's {@code .0}.
 */
package org.acta.harvest.sheet;
