/**
 * Text utilities shared by every parser: decoding of markup (HTML tags and entities, CNKI
 * sub/superscript notation), splitting of page ranges, and a line reader that keeps line
 * numbers and the verbatim line terminators.
 */
package org.acta.harvest.text;
