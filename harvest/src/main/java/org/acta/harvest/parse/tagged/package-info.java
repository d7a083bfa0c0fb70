/**
 * Streaming reader for the line-oriented "tag value" export formats (EI RIS and plain text, CNKI
 * RefWorks, EndNote, NoteExpress, custom text and E-Study): it cuts the stream into raw records —
 * tagged fields with line numbers, continuation lines joined, verbatim text kept — one record
 * at a time. Each format supplies its {@link org.acta.harvest.parse.tagged.LineGrammar}.
 */
package org.acta.harvest.parse.tagged;
