/**
 * CNKI (中国知网) exports: RefWorks, EndNote, NoteExpress, 自定义 custom text, 知网研学 E-Study and
 * the Excel download (often an HTML table named {@code .xls}). Every format gives Chinese
 * titles and names, an organisation list not linked to authors, no corresponding author, and
 * thesis supervisors. See {@code formats.md} §5.
 */
package org.acta.harvest.parse.cnki;
