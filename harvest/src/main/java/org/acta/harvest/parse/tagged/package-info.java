/**
 * Reading loops shared by the EI and CNKI parsers. {@link
 * org.acta.harvest.parse.tagged.TaggedRecordReader} cuts the line-oriented "tag value" formats
 * (EI RIS and plain text, CNKI RefWorks, EndNote, NoteExpress, custom text and E-Study) into raw
 * records — tagged fields with line numbers, continuation lines joined, verbatim text kept — one
 * record at a time; each format supplies its {@link org.acta.harvest.parse.tagged.LineGrammar}.
 * {@link org.acta.harvest.parse.tagged.TableRecords} does the same for the "Excel" downloads
 * (XLS/XLSX, HTML tables, tab-separated text) with a header row of labels.
 */
package org.acta.harvest.parse.tagged;
