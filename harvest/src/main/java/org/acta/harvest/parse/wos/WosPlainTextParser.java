package org.acta.harvest.parse.wos;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;

/**
 * WoS "Plain text file" / {@code .ciw} exports (formats.md §2): {@code PT … ER} records between
 * {@code FN/VR} and {@code EF}, several such blocks in one file (merged downloads), a missing
 * {@code EF} or {@code ER} (truncated downloads: the last record is kept with a warning), CRLF,
 * BOMs and stray U+FEFF at line starts. Continuation lines follow §2.3: a new item for list tags,
 * the same value joined with one space for all others.
 *
 * <p>Streams line by line; only the current record's text is held. Stateless.
 */
public final class WosPlainTextParser implements RecordParser {
  /** A record longer than this is dropped (a broken file with no {@code ER} for megabytes). */
  static final int MAX_RECORD_CHARS = 8 * 1024 * 1024;

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.WOS_PLAIN);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    try (BufferedReader reader = input.openReader()) {
      new Run(input.fileName(), input.format().name(), sink).read(reader);
    }
  }

  /** The state of one pass over one file. */
  private static final class Run {
    private final String fileName;
    private final String format;
    private final RecordSink sink;
    private int lineNo;
    private int recordNo;
    // current record
    private WosFields fields;
    private StringBuilder verbatim;
    private int firstLine;
    private String tag;
    private boolean oversized;
    private int strayStart;

    Run(String fileName, String format, RecordSink sink) {
      this.fileName = fileName;
      this.format = format;
      this.sink = sink;
    }

    void read(BufferedReader reader) throws IOException {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (fields == null) {
          outside(line);
        } else {
          inside(line);
        }
      }
      if (fields != null) {
        close(lineNo, "the file ends inside this record (no ER line): the download may be"
            + " truncated", ParseProblem.END_OF_FILE);
      }
      flushStray(lineNo);
    }

    private void outside(String line) {
      if (startsTag(line, "PT")) {
        flushStray(lineNo - 1);
        open(line);
        return;
      }
      if (line.isBlank() || startsTag(line, "FN") || startsTag(line, "VR") || isBare(line, "EF")
          || isBare(line, "ER")) {
        // "FN ISI Export Format VR 1.0 PT J" on one line (refsplitr's variant).
        int pt = line.startsWith("FN ") ? line.lastIndexOf(" PT ") : -1;
        if (pt > 0) {
          flushStray(lineNo - 1);
          open(line.substring(pt + 1));
          return;
        }
        flushStray(lineNo - 1);
        return;
      }
      if (strayStart == 0) {
        strayStart = lineNo;
      }
    }

    private void flushStray(int lastStray) {
      if (strayStart > 0) {
        sink.problem(new ParseProblem(fileName, 0, strayStart, null,
            "lines " + strayStart + "-" + lastStray + " lie outside any record (no PT line"
                + " before them) and were skipped", false));
        strayStart = 0;
      }
    }

    private void open(String ptLine) {
      recordNo++;
      fields = new WosFields();
      verbatim = new StringBuilder(4096);
      firstLine = lineNo;
      tag = null;
      oversized = false;
      inside(ptLine);
    }

    private void inside(String line) {
      if (isBare(line, "ER")) {
        append(line);
        close(lineNo, null, null);
        return;
      }
      if (fields.has("PT") && startsTag(line, "PT")) {
        close(lineNo - 1, "no ER line before the next record", "ER");
        open(line);
        return;
      }
      if (isBare(line, "EF") || startsTag(line, "FN")) {
        close(lineNo - 1, "no ER line before the end of the file block", "ER");
        return;
      }
      append(line);
      if (oversized || line.isBlank()) {
        return;
      }
      if (isTagLine(line)) {
        tag = line.substring(0, 2);
        String value = line.length() > 3 ? line.substring(3) : "";
        if (!"CR".equals(tag)) { // cited references stay in the verbatim text only
          fields.add(tag, value);
        }
      } else if (tag == null) {
        sink.problem(new ParseProblem(fileName, recordNo, lineNo, null,
            "text before the first tag ignored", false));
      } else {
        if (!Character.isWhitespace(line.charAt(0))) {
          sink.problem(new ParseProblem(fileName, recordNo, lineNo, tag,
              "line neither starts with a tag nor is indented; read as a continuation", false));
        }
        if (!"CR".equals(tag)) {
          String cont = line.strip();
          if (WosTags.isListTag(tag)) {
            fields.add(tag, cont);
          } else {
            fields.appendToLast(tag, cont);
          }
        }
      }
    }

    private void append(String line) {
      if (oversized) {
        return;
      }
      if (verbatim.length() + line.length() > MAX_RECORD_CHARS) {
        oversized = true;
        return;
      }
      verbatim.append(line).append('\n');
    }

    private void close(int lastLine, String warning, String warningField) {
      WosFields f = fields;
      fields = null;
      tag = null;
      if (oversized) {
        sink.problem(new ParseProblem(fileName, recordNo, firstLine, null,
            "record longer than " + MAX_RECORD_CHARS + " characters (no ER line?); dropped",
            true));
        return;
      }
      if (warning != null) {
        sink.problem(new ParseProblem(fileName, recordNo, lastLine, warningField, warning, false));
      }
      WosRecordEmitter.emit(fileName, format, f, recordNo, firstLine, lastLine,
          verbatim.toString(), sink);
      verbatim = null;
    }

    /** {@code XX} followed by a space or the end of the line. */
    private static boolean isTagLine(String line) {
      if (line.length() < 2) {
        return false;
      }
      char a = line.charAt(0);
      char b = line.charAt(1);
      return a >= 'A' && a <= 'Z' && ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
          && (line.length() == 2 || line.charAt(2) == ' ');
    }

    private static boolean startsTag(String line, String t) {
      return line.startsWith(t) && (line.length() == 2 || line.charAt(2) == ' ');
    }

    private static boolean isBare(String line, String t) {
      return line.startsWith(t) && line.strip().equals(t);
    }
  }
}
