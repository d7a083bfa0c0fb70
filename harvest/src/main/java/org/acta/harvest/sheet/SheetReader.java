package org.acta.harvest.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of a spreadsheet file row by row. Which reader is used depends on the
 * container, never on the file name: ZIP → XLSX (SAX streaming), OLE2 → XLS (HSSF), anything
 * else → HTML table (jsoup; CNKI's and some legacy systems' "Excel" downloads are HTML).
 */
public final class SheetReader {
  private SheetReader() {}

  /** Thrown when the file is not a readable spreadsheet. */
  public static final class SheetException extends IOException {
    public SheetException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What kind of container a file is. */
  public enum Container {
    XLSX,
    XLS,
    HTML
  }

  /** The container kind of {@code path}, from its first bytes. */
  public static Container containerOf(Path path) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(path)) {
      int n = in.readNBytes(head, 0, 4);
      if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return Container.XLSX;
      }
      if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
          && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
        return Container.XLS;
      }
    }
    return Container.HTML;
  }

  /**
   * Streams the rows of the first sheet (or first table) to {@code handler}.
   *
   * @param htmlCharset charset for HTML tables (ignored for binary containers)
   */
  public static void read(Path path, Charset htmlCharset, RowHandler handler) throws IOException {
    switch (containerOf(path)) {
      case XLSX -> readXlsx(path, handler);
      case XLS -> readXls(path, handler);
      default -> readHtml(path, htmlCharset, handler);
    }
  }

  /** The first non-empty row of the first sheet, or an empty list. */
  public static List<String> headerRow(Path path, Charset htmlCharset) throws IOException {
    List<String> header = new ArrayList<>();
    read(path, htmlCharset, (n, cells) -> {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        header.addAll(cells);
        return false;
      }
      return true;
    });
    return header;
  }

  private static void readXlsx(Path path, RowHandler handler) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = new BufferedInputStream(sheets.next())) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XlsxSheetHandler(strings, handler));
        xml.parse(new InputSource(sheet));
      } catch (StopReading stop) {
        // the handler asked to stop
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      if (e instanceof SAXException sax && sax.getCause() instanceof StopReading) {
        return;
      }
      throw new SheetException("not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static void readXls(Path path, RowHandler handler) throws IOException {
    try (InputStream in = Files.newInputStream(path); HSSFWorkbook wb = new HSSFWorkbook(in)) {
      if (wb.getNumberOfSheets() == 0) {
        return;
      }
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(cellText(row.getCell(c)));
        }
        if (!handler.row(row.getRowNum() + 1, cells)) {
          return;
        }
      }
    } catch (RuntimeException e) {
      throw new SheetException("not a readable XLS workbook: " + e.getMessage(), e);
    }
  }

  private static String cellText(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> number(cell.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case STRING -> cell.getStringCellValue();
      default -> "";
    };
  }

  /** {@code 2023.0} → {@code 2023}; other numbers in plain (not scientific) notation. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e18) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).toPlainString();
  }

  static String number(String raw) {
    try {
      return number(Double.parseDouble(raw));
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  private static void readHtml(Path path, Charset charset, RowHandler handler)
      throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(path)) {
      doc = Jsoup.parse(in, charset == null ? null : charset.name(), "");
    }
    Element table = doc.selectFirst("table");
    if (table == null) {
      throw new SheetException("no <table> in the HTML file", null);
    }
    int n = 0;
    for (Element tr : table.select("tr")) {
      n++;
      List<String> cells = new ArrayList<>();
      for (Element td : tr.select("> th, > td")) {
        cells.add(td.text());
      }
      if (!handler.row(n, cells)) {
        return;
      }
    }
  }

  /** Unwinds the SAX parse when the handler wants no more rows. */
  private static final class StopReading extends SAXException {
    StopReading() {
      super("stop");
    }
  }

  /**
   * Minimal SAX handler for {@code sheetN.xml}: {@code <row><c r="B3" t="s"><v>…</v></c>}. Written
   * by hand rather than with POI's formatting handler so that numbers never come out in
   * scientific notation and integral values lose their {@code .0}.
   */
  private static final class XlsxSheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final RowHandler handler;
    private final StringBuilder text = new StringBuilder();
    private List<String> cells;
    private int rowNumber;
    private int column;
    private String type;
    private boolean inValue;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, RowHandler handler) {
      this.strings = strings;
      this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "row" -> {
          cells = new ArrayList<>();
          String r = atts.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        }
        case "c" -> {
          String ref = atts.getValue("r");
          column = ref == null ? cells.size() : columnIndex(ref);
          type = atts.getValue("t");
          text.setLength(0);
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (localName) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          while (cells.size() < column) {
            cells.add("");
          }
          cells.add(value());
        }
        case "row" -> {
          if (!handler.row(rowNumber, cells)) {
            throw new StopReading();
          }
        }
        default -> { }
      }
    }

    private String value() {
      String raw = text.toString();
      if (type == null || "n".equals(type)) {
        return raw.isEmpty() ? "" : number(raw);
      }
      return switch (type) {
        case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        case "b" -> "1".equals(raw) ? "true" : "false";
        default -> raw; // inlineStr, str, e
      };
    }

    private static int columnIndex(String ref) {
      int col = 0;
      for (int i = 0; i < ref.length(); i++) {
        char c = ref.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        col = col * 26 + (c - 'A' + 1);
      }
      return col - 1;
    }
  }
}
