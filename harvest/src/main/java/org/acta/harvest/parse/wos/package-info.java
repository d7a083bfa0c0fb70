/**
 * Web of Science exports: plain text / {@code .ciw} ({@link
 * org.acta.harvest.parse.wos.WosPlainTextParser}), tab-delimited ({@link
 * org.acta.harvest.parse.wos.WosTabDelimitedParser}) and Excel ({@link
 * org.acta.harvest.parse.wos.WosExcelParser}). All three fill the same tag → values map and share
 * one mapper, so a field means the same whichever export it came from.
 */
package org.acta.harvest.parse.wos;
