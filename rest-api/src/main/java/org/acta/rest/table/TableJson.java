package org.acta.rest.table;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.acta.core.application.pipeline.TablePage;
import org.acta.matching.pipeline.TableRow;

/**
 * A page of the one table as the contract's TablePage JSON, written straight to the answer with a
 * JSON-P generator: no tree of ten thousand row objects is built first.
 */
public final class TableJson {

  /**
   * Made once: {@code Json.createGenerator} looks the JSON-P provider up through a ServiceLoader
   * scan of the class path on every call, which cost more CPU than writing a page of 100 rows.
   */
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

  private TableJson() {}

  /** The page's body: {@code version}, {@code rows} (typed as output-table.md types them), {@code nextCursor}. */
  public static StreamingOutput page(TablePage page) {
    return out -> {
      try (JsonGenerator json = GENERATORS.createGenerator(out)) {
        json.writeStartObject().write("version", page.tableVersion());
        json.writeStartArray("rows");
        for (TableRow row : page.rows()) {
          writeRow(json, row);
        }
        json.writeEnd();
        if (page.nextCursor() == null) {
          json.writeNull("nextCursor");
        } else {
          json.write("nextCursor", page.nextCursor());
        }
        json.writeEnd();
      }
    };
  }

  /**
   * One row as a JSON object, for answers that embed a row (my publications): written by the
   * same {@link #writeRow} so a row is typed the same wherever it appears.
   */
  public static JsonObject object(TableRow row) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = GENERATORS.createGenerator(text)) {
      writeRow(json, row);
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text.toString()))) {
      return reader.readObject();
    }
  }

  /** Rows as one JSON array (a snapshot's), each row as a page writes it. */
  public static StreamingOutput array(TableRowSource rows) {
    return out -> {
      try (JsonGenerator json = GENERATORS.createGenerator(out)) {
        json.writeStartArray();
        rows.forEach(row -> writeRow(json, row));
        json.writeEnd();
      }
    };
  }

  /** One row, each column under its contract name with its contract type. */
  static void writeRow(JsonGenerator json, TableRow row) {
    json.writeStartObject();
    List<String> values = row.values();
    for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
      String column = TableRow.COLUMNS.get(i);
      String v = values.get(i);
      if (v == null) {
        json.writeNull(column);
      } else if (TableColumns.isInteger(column)) {
        json.write(column, Long.parseLong(v));
      } else if (TableColumns.isDecimal(column)) {
        json.write(column, new BigDecimal(v));
      } else if (TableColumns.isBoolean(column)) {
        json.write(column, Boolean.parseBoolean(v));
      } else {
        json.write(column, v);
      }
    }
    json.writeEnd();
  }
}
