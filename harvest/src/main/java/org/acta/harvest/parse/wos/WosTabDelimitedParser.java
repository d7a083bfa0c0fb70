package org.acta.harvest.parse.wos;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;

/**
 * WoS tab-delimited exports (formats.md §3): a header row of tags, one line per record, no
 * quoting (a {@code "} is a literal character), a trailing TAB on every line, UTF-8 or UTF-16LE
 * with BOM, CRLF or LF. Columns are mapped by tag, never by position. Streams line by line.
 */
public final class WosTabDelimitedParser implements RecordParser {
  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.WOS_TAB);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    String file = input.fileName();
    try (BufferedReader reader = input.openReader()) {
      String line;
      int lineNo = 0;
      List<String> tags = null;
      int recordNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        if (tags == null) {
          tags = header(cells);
          continue;
        }
        recordNo++;
        int used = cells.size();
        while (used > tags.size() && cells.get(used - 1).isEmpty()) {
          used--; // the trailing TAB WoS writes on every line
        }
        if (used < tags.size() - 1) {
          // WoS writes every column on every line; a short line was cut (truncated download).
          sink.problem(new ParseProblem(file, recordNo, lineNo, null, "the line has " + used
              + " cells but the header " + tags.size() + "; the file may be truncated", false));
        } else if (used > tags.size()) {
          sink.problem(new ParseProblem(file, recordNo, lineNo, null, "the line has " + used
              + " cells but the header " + tags.size() + "; extra cells ignored", false));
        }
        WosFields fields = WosCells.toFields(tags, cells);
        WosRecordEmitter.emit(file, input.format().name(), fields, recordNo, lineNo, lineNo,
            line, sink);
      }
      if (tags == null) {
        sink.problem(new ParseProblem(file, 0, 0, null, "no header row", false));
      }
    }
  }

  private static List<String> header(List<String> cells) {
    List<String> tags = new ArrayList<>(cells.size());
    for (String c : cells) {
      String t = c.strip();
      tags.add(WosTags.TAG.matcher(t).matches() ? t : null);
    }
    while (!tags.isEmpty() && tags.get(tags.size() - 1) == null) {
      tags.remove(tags.size() - 1);
    }
    return tags;
  }
}
