package org.acta.core.application.directory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.harvest.sheet.SheetReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One of HR's export files (units or people) as the CSV text {@link HrDirectoryImport} reads,
 * whether HR sent CSV or a spreadsheet. The kind is told from the file's first bytes (ZIP → XLSX,
 * OLE2 → XLS), never from its name or the content type the client claimed: HR systems export
 * {@code .xls} files that are XLSX, and browsers send spreadsheets as
 * {@code application/octet-stream}. A spreadsheet's first sheet is turned into CSV with one line
 * per sheet row, empty rows kept as empty lines, so an error's line number is the sheet's row.
 */
public final class HrExportFile {
  private HrExportFile() {}

  /** What an export file is. */
  public enum Kind {
    CSV,
    SPREADSHEET
  }

  /** The kind of {@code file}, from its content. */
  public static Kind kindOf(Path file) throws IOException {
    return switch (SheetReader.containerOf(file)) {
      case XLSX, XLS -> Kind.SPREADSHEET;
      case HTML -> Kind.CSV; // anything that is not a binary workbook is read as CSV text
    };
  }

  /**
   * The file as CSV text (UTF-8 for CSV files; a BOM is ignored by the reader).
   *
   * @throws IllegalArgumentException when a spreadsheet cannot be read, naming the file
   */
  public static Reader open(Path file) throws IOException {
    if (kindOf(file) == Kind.CSV) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      int[] last = {0};
      SheetReader.read(file, StandardCharsets.UTF_8, (rowNumber, cells) -> {
        try {
          while (++last[0] < rowNumber) {
            out.println(); // an empty sheet row: keep line numbers equal to row numbers
          }
          out.printRecord(cells);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return true;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (SheetReader.SheetException e) {
      // bad input, not a failure of the server: the caller answers it like a bad row
      throw new IllegalArgumentException(file.getFileName() + ": not a readable spreadsheet: "
          + e.getMessage(), e);
    }
    return new StringReader(csv.toString());
  }
}
