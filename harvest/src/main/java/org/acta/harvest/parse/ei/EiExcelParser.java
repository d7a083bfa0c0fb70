package org.acta.harvest.parse.ei;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.parse.tagged.TableRecords;

/**
 * Engineering Village Excel download (formats.md §4.4): the CSV's labels and value syntax, one row
 * per record in the first sheet. Accession numbers and ISSNs are read as cell text; an accession
 * number a spreadsheet turned into {@code 2.02117E+13} is reported and ignored.
 */
public final class EiExcelParser implements RecordParser {

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.EI_EXCEL);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    TableRecords.read(input, sink, EiExcelParser::knownLabels,
        (header, cells, builder, problems, row) -> {
          EiDetailedRecord values = new EiDetailedRecord();
          for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
            values.put(EiField.ofLabel(header.get(i)), cells.get(i), row);
          }
          return values.fill(builder, problems, row);
        });
  }

  private static int knownLabels(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      if (EiField.ofLabel(c) != null) {
        n++;
      }
    }
    return n;
  }
}
