package org.acta.harvest;

import java.nio.charset.Charset;
import java.util.List;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ParseProblem;

/**
 * What reading one file gave: the detected format and charset, how many records reached the
 * sink, how many were dropped, and the problems (the first {@link Harvester#MAX_KEPT_PROBLEMS}
 * are kept; {@link #problemCount()} counts them all).
 *
 * @param fileName base name of the file
 * @param format the detected format, null when the file was not recognised
 * @param charset the charset the text was decoded with, null for binary spreadsheets or when the
 *     file was not recognised
 * @param detection why the format was chosen, or why none was
 * @param records records handed to the sink
 * @param dropped records that could not be read (fatal problems with a record number)
 * @param problemCount all problems, warnings included
 * @param problems the first problems, in file order
 */
public record FileReport(
    String fileName,
    ExportFormat format,
    Charset charset,
    String detection,
    int records,
    int dropped,
    int problemCount,
    List<ParseProblem> problems) {

  public FileReport {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** True when a format was recognised and a parser read the file. */
  public boolean recognized() {
    return format != null;
  }

  /** One line for logs: {@code savedrecs.txt: WoS plain text, UTF-8, 430 records, 0 dropped, 2 problems}. */
  public String summary() {
    return fileName + ": " + (format == null ? "not recognised" : format.displayName())
        + (charset == null ? "" : ", " + charset.name()) + ", " + records + " records, "
        + dropped + " dropped, " + problemCount + " problems";
  }
}
