package org.acta.harvest.parse.wos;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.sheet.SheetReader;

/**
 * WoS Excel exports ({@code .xlsx} streamed, {@code .xls}, or an HTML table): the first row holds
 * the full-name labels of formats.md §3.4 ({@code Article Title}, {@code UT (Unique WOS ID)} …),
 * each mapped to its tag; the record is then read like a tab-delimited line. Numeric cells lose
 * Excel's {@code .0}. The verbatim text of a row is its cells joined with TAB.
 */
public final class WosExcelParser implements RecordParser {
  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.WOS_EXCEL);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    String file = input.fileName();
    String format = input.format().name();
    List<String> tags = new ArrayList<>();
    int[] recordNo = {0};
    SheetReader.read(input.path(), input.charset(), (rowNumber, cells) -> {
      if (cells.stream().allMatch(String::isBlank)) {
        return true;
      }
      if (tags.isEmpty()) {
        for (String label : cells) {
          tags.add(WosTags.tagOfExcelLabel(label));
        }
        return true;
      }
      recordNo[0]++;
      WosRecordEmitter.emit(file, format, WosCells.toFields(tags, cells), recordNo[0],
          rowNumber, rowNumber, String.join("\t", cells), sink);
      return true;
    });
  }
}
