/** The one table as files: CSV (Commons CSV) and XLSX (POI SXSSF), both streamed. */
package org.acta.rest.table;
