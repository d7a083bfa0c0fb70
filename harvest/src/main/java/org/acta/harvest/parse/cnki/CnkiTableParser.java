package org.acta.harvest.parse.cnki;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.parse.tagged.TableRecords;

/**
 * CNKI's "Excel" download (formats.md §5.7): columns labelled like the custom text
 * ({@code SrcDatabase-来源库}, {@code Title-题名}, … or bare {@code 题名}). What the file really is
 * varies — an HTML table named {@code .xls}, a real XLS/XLSX, or tab-separated text — and is read
 * by content. {@code Period-期} read from a number cell has lost its zero padding; issues are
 * compared as integers downstream.
 */
public final class CnkiTableParser implements RecordParser {

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.CNKI_TABLE);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    TableRecords.read(input, sink, CnkiTableParser::knownLabels,
        (header, cells, builder, problems, row) -> {
          CnkiValues values = new CnkiValues();
          for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
            values.add(CnkiLabels.of(header.get(i)), cells.get(i), row);
          }
          return CnkiRecordMapper.map(values, builder, problems, row);
        });
  }

  private static int knownLabels(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      if (CnkiLabels.of(c) != null) {
        n++;
      }
    }
    return n;
  }
}
