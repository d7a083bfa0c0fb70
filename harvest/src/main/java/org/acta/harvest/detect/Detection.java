package org.acta.harvest.detect;

import java.nio.charset.Charset;

/**
 * The result of detection: the format, how to decode the file and why.
 *
 * @param format the export format
 * @param charset the charset (null for binary spreadsheets)
 * @param bomLength bytes of byte-order mark to skip
 * @param reason the rule that fired, for reports
 */
public record Detection(ExportFormat format, Charset charset, int bomLength, String reason) {}
