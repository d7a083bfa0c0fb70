package org.acta.harvest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.acta.harvest.parse.table.GenericColumn;
import org.acta.harvest.parse.table.GenericTableLayout;
import org.acta.harvest.sheet.SheetReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Decides the export format of a file from its content (formats.md §1.4), reading a bounded
 * prefix of the text (or the header row of a spreadsheet); the file name is never used.
 * Stateless and thread-safe.
 */
public final class FormatDetector {
  /** Bytes of text examined. Large enough for 150 lines of CNKI records with long abstracts. */
  static final int PREFIX_BYTES = 256 * 1024;
  /** Lines examined. */
  static final int PREFIX_LINES = 200;

  private static final Pattern WOS_TAG_LINE = Pattern.compile("^[A-Z][A-Z0-9]( .*)?$");
  private static final Pattern WOS_PT = Pattern.compile("^PT [JBSCP]\\s*$");
  private static final Pattern WOS_ONE_LINE_HEADER = Pattern.compile("^FN .*\\bVR \\d\\.\\d.*$");
  private static final Pattern TWO_LETTER_TAG = Pattern.compile("^[A-Z][A-Z0-9]$");
  private static final Pattern EV_RECORD = Pattern.compile("^<RECORD \\d+>");
  private static final Pattern RIS_TY = Pattern.compile("^TY  - ");
  private static final Pattern EV_RIS_MARK = Pattern.compile(
      "^(N1  - Compilation and indexing terms.*|M1  - (Compendex|Inspec).*|U1  - \\d{11,14}\\s*"
          + "|L2  - https?://dx\\.doi\\.org/.*)$");
  private static final Pattern EV_BIBTEX = Pattern.compile(
      "^@\\w+\\{\\d{11,14}\\s*,|copyright = \\{Compilation and indexing terms");
  private static final Pattern CNKI_LABEL = Pattern.compile("^[A-Za-z][A-Za-z ]*-\\p{IsHan}+$");
  /** A RefWorks title/author/journal line with Chinese text ({@code A1赵六}, {@code T1 …}). */
  private static final Pattern REFWORKS_HAN_LINE =
      Pattern.compile("^(?:A1|A3|T1|JF|K1|AD|PB) ?.*\\p{IsHan}.*$");
  private static final Pattern ESTUDY_DATATYPE = Pattern.compile("^DataType: ?\\d");

  private final CharsetSniffer sniffer = new CharsetSniffer();

  /**
   * Detects the format of {@code file}.
   *
   * @throws UnrecognizedFormatException when no format fits; it names the closest one and why
   */
  public Detection detect(Path file) throws IOException {
    String name = file.getFileName().toString();
    SniffedCharset cs = sniffer.sniff(file);
    if (Files.size(file) == 0) {
      throw new UnrecognizedFormatException(name, null, "The file is empty.");
    }
    if (cs.binary()) {
      List<String> header;
      try {
        header = SheetReader.headerRow(file, null);
      } catch (IOException e) {
        throw new UnrecognizedFormatException(name, null,
            "It is a " + cs.reason() + " but cannot be read as a spreadsheet: " + e.getMessage());
      }
      return sheet(name, header, null, 0, cs.reason());
    }
    List<String> lines = prefixLines(file, cs);
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    if (first.stripLeading().startsWith("<") && looksLikeHtmlTable(lines)) {
      List<String> header;
      try {
        header = SheetReader.headerRow(file, cs.charset());
      } catch (SheetReader.SheetException e) {
        throw new UnrecognizedFormatException(name, null,
            "It looks like HTML but holds no readable table: " + e.getMessage());
      }
      return sheet(name, header, cs.charset(), cs.bomLength(), "HTML table, " + cs.reason());
    }
    return text(name, lines, cs);
  }

  private static boolean looksLikeHtmlTable(List<String> lines) {
    // Only a table makes an HTML file an export; the table may start after the prefix.
    String joined = String.join("\n", lines).toLowerCase(Locale.ROOT);
    return joined.contains("<table") || joined.contains("<html") || joined.contains("<meta");
  }

  private Detection sheet(String name, List<String> header, Charset charset, int bom,
      String container) throws UnrecognizedFormatException {
    ExportFormat format = classifyHeaderLabels(header);
    if (format == null) {
      throw new UnrecognizedFormatException(name, ExportFormat.GENERIC_TABLE,
          "It is a table (" + container + ") but its header row " + abbreviate(header)
              + " has none of the labels of a WoS Excel export (UT (Unique WOS ID)), an Engineering"
              + " Village export (Accession number), a CNKI export (Title-题名) or a publication"
              + " list (a title column and one more such as authors, year, source).");
    }
    return new Detection(format, charset, bom, "header labels of a table (" + container + ")");
  }

  /** Classifies a spreadsheet or HTML header row by its labels (formats.md §1.4 rule 1). */
  static ExportFormat classifyHeaderLabels(List<String> header) {
    boolean publicationType = false;
    boolean articleTitle = false;
    for (String raw : header) {
      String label = raw.replace("\uFEFF", "").strip();
      String lower = label.toLowerCase(Locale.ROOT);
      if (lower.equals("ut (unique wos id)")) {
        return ExportFormat.WOS_EXCEL;
      }
      publicationType |= lower.equals("publication type");
      articleTitle |= lower.equals("article title");
    }
    if (publicationType && articleTitle) {
      return ExportFormat.WOS_EXCEL;
    }
    for (String raw : header) {
      String label = raw.replace("\uFEFF", "").strip();
      if (label.equalsIgnoreCase("accession number")) {
        return ExportFormat.EI_EXCEL;
      }
    }
    for (String raw : header) {
      String label = raw.replace("\uFEFF", "").strip();
      if (CNKI_LABEL.matcher(label).matches() || label.equals("题名")) {
        return ExportFormat.CNKI_TABLE;
      }
    }
    if (GenericColumn.looksLikePublicationList(header)) {
      return ExportFormat.GENERIC_TABLE;
    }
    return null;
  }

  private static List<String> prefixLines(Path file, SniffedCharset cs) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(cs.bomLength());
      bytes = in.readNBytes(PREFIX_BYTES);
    }
    CharsetDecoder decoder = cs.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", PREFIX_LINES + 1)) {
      if (lines.size() == PREFIX_LINES) {
        break;
      }
      lines.add(line.startsWith("\uFEFF") ? line.substring(1) : line);
    }
    return lines;
  }

  private Detection text(String name, List<String> lines, SniffedCharset cs)
      throws UnrecognizedFormatException {
    List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
    if (nonBlank.isEmpty()) {
      throw new UnrecognizedFormatException(name, null, "The file contains only blank lines.");
    }
    if (isBinary(lines)) {
      throw new UnrecognizedFormatException(name, null,
          "It is a binary file (control characters throughout), not a text export or a"
              + " spreadsheet. Export WoS as 'Plain text file' or 'Tab-delimited', Engineering"
              + " Village as CSV, CNKI as RefWorks, EndNote, NoteExpress, 自定义 or Excel.");
    }
    String first = nonBlank.get(0);

    // Rule 2: WoS tagged.
    List<String> head3 = nonBlank.subList(0, Math.min(3, nonBlank.size()));
    boolean fn = head3.stream().anyMatch(l -> l.startsWith("FN "));
    boolean vr = head3.stream().anyMatch(l -> l.startsWith("VR "));
    if ((fn && vr) || WOS_ONE_LINE_HEADER.matcher(first).matches()) {
      return found(ExportFormat.WOS_PLAIN, cs, "FN/VR header of a WoS tagged export");
    }
    if (lines.stream().anyMatch(l -> WOS_PT.matcher(l).matches())
        && nonBlank.stream().limit(50).allMatch(l -> WOS_TAG_LINE.matcher(l).matches()
            || l.startsWith("   ") || l.startsWith("FN ") || l.startsWith("VR "))) {
      return found(ExportFormat.WOS_PLAIN, cs, "PT line of a WoS tagged export (no FN/VR header)");
    }

    // Rule 3: WoS tab-delimited.
    List<String> tabCells = trimTrailingEmpty(first.split("\t", -1));
    if (tabCells.size() >= 10
        && tabCells.stream().allMatch(c -> TWO_LETTER_TAG.matcher(c).matches())
        && tabCells.containsAll(List.of("PT", "AU", "TI", "UT"))) {
      return found(ExportFormat.WOS_TAB, cs, "header row of two-letter WoS tags");
    }

    // Rule 4: EV plain text.
    if (lines.stream().anyMatch(l -> EV_RECORD.matcher(l).find())) {
      return found(ExportFormat.EI_TEXT, cs, "<RECORD n> line of an Engineering Village text export");
    }

    // Rule 5: EV CSV.
    List<String> csvHeader = csvCells(first, ',');
    if (containsLabel(csvHeader, "accession number")
        && (containsLabel(csvHeader, "author affiliation")
            || containsLabel(csvHeader, "controlled/subject terms")
            || containsLabel(csvHeader, "data provider"))) {
      return found(ExportFormat.EI_CSV, cs, "Engineering Village CSV header");
    }

    // Rule 6: RIS.
    boolean ris = lines.stream().anyMatch(l -> RIS_TY.matcher(l).find());
    if (ris && lines.stream().anyMatch(l -> EV_RIS_MARK.matcher(l).matches())) {
      return found(ExportFormat.EI_RIS, cs, "RIS with Engineering Village marks");
    }

    // Rule 7: EV BibTeX.
    if (lines.stream().anyMatch(l -> EV_BIBTEX.matcher(l).find())) {
      return found(ExportFormat.EI_BIBTEX, cs, "BibTeX with an Engineering Village accession key");
    }

    // Rule 8: CNKI RefWorks.
    boolean rt = first.startsWith("RT ") || first.startsWith("RT\t");
    if (rt && lines.stream().limit(150).anyMatch(l -> l.startsWith("DS CNKI"))) {
      return found(ExportFormat.CNKI_REFWORKS, cs, "RT first tag and DS CNKI line");
    }
    // Some CNKI RefWorks records (theses, 科技成果) lack the DS line but are in Chinese.
    if (rt && lines.stream().limit(150).anyMatch(l -> REFWORKS_HAN_LINE.matcher(l).matches())) {
      return found(ExportFormat.CNKI_REFWORKS, cs, "RT first tag and Chinese RefWorks fields");
    }

    // Rule 9: CNKI EndNote.
    boolean endnote = lines.stream().anyMatch(l -> l.startsWith("%0 "));
    if (endnote && lines.stream().anyMatch(l -> l.startsWith("%W CNKI"))) {
      return found(ExportFormat.CNKI_ENDNOTE, cs, "%0 and %W CNKI lines");
    }

    // Rule 10: CNKI NoteExpress.
    boolean noteExpress = lines.stream().anyMatch(l -> l.startsWith("{Reference Type}:"));
    if (noteExpress && lines.stream()
        .anyMatch(l -> l.startsWith("{Database Provider}:") && l.contains("CNKI"))) {
      return found(ExportFormat.CNKI_NOTEEXPRESS, cs, "{Reference Type} and CNKI provider");
    }

    // An EV or CNKI "Excel" download that is really tab-separated text.
    if (first.indexOf('\t') >= 0) {
      ExportFormat table = classifyHeaderLabels(List.of(first.split("\t")));
      if (table == ExportFormat.CNKI_TABLE || table == ExportFormat.EI_EXCEL) {
        return found(table, cs, "tab-separated header row of " + table.displayName() + " labels");
      }
    }

    // Rule 11: CNKI E-Study and custom text.
    int dataType = indexOfMatch(lines, ESTUDY_DATATYPE);
    if (dataType >= 0 && lines.subList(dataType, lines.size()).stream()
        .anyMatch(l -> l.startsWith("Title-题名"))) {
      return found(ExportFormat.CNKI_ESTUDY, cs, "DataType line followed by Title-题名");
    }
    if (lines.stream().anyMatch(l -> l.startsWith("SrcDatabase-来源库") || l.startsWith("Title-题名"))) {
      return found(ExportFormat.CNKI_CUSTOM, cs, "SrcDatabase-来源库 / Title-题名 labels");
    }

    // Generic publication list: a header row with a title column and one more known column.
    char delimiter = GenericTableLayout.delimiterOf(first);
    if (delimiter != 0) {
      return found(ExportFormat.GENERIC_TABLE, cs,
          "header row of a publication list (delimiter '" + printable(delimiter) + "')");
    }
    throw closest(name, lines, nonBlank, ris, rt, endnote, noteExpress, tabCells);
  }

  private static UnrecognizedFormatException closest(String name, List<String> lines,
      List<String> nonBlank, boolean ris, boolean rt, boolean endnote, boolean noteExpress,
      List<String> tabCells) {
    if (ris) {
      return new UnrecognizedFormatException(name, ExportFormat.EI_RIS,
          "It is RIS but has none of Engineering Village's marks (N1 Compilation and indexing"
              + " terms, M1 Compendex/Inspec, U1 accession number); only EV RIS is read. Export"
              + " from Engineering Village as CSV (detailed record) instead.");
    }
    if (rt) {
      return new UnrecognizedFormatException(name, ExportFormat.CNKI_REFWORKS,
          "It starts like RefWorks (RT) but has no 'DS CNKI' line in the first 150 lines; only"
              + " CNKI RefWorks is read.");
    }
    if (endnote) {
      return new UnrecognizedFormatException(name, ExportFormat.CNKI_ENDNOTE,
          "It is EndNote/Refer (%0) but has no '%W CNKI' line; only CNKI EndNote is read.");
    }
    if (noteExpress) {
      return new UnrecognizedFormatException(name, ExportFormat.CNKI_NOTEEXPRESS,
          "It is NoteExpress but not from CNKI ({Database Provider}: CNKI missing); Wanfang and"
              + " other NoteExpress files are not read.");
    }
    long tagLines = nonBlank.stream().limit(50)
        .filter(l -> WOS_TAG_LINE.matcher(l).matches() && l.length() > 2).count();
    if (tagLines >= Math.min(5, nonBlank.size()) && tagLines > 0) {
      return new UnrecognizedFormatException(name, ExportFormat.WOS_PLAIN,
          "Its lines look like two-letter tags but there is neither an FN/VR header nor a 'PT'"
              + " line; export from Web of Science as 'Plain text file', 'Full Record'.");
    }
    if (tabCells.size() >= 5) {
      return new UnrecognizedFormatException(name, ExportFormat.WOS_TAB,
          "The first line has " + tabCells.size() + " tab-separated cells but they are not the"
              + " WoS tags PT, AU, TI, UT nor a publication-list header with a title column.");
    }
    if (nonBlank.get(0).contains(",") || nonBlank.get(0).contains(";")) {
      return new UnrecognizedFormatException(name, ExportFormat.GENERIC_TABLE,
          "The first line " + abbreviate(List.of(nonBlank.get(0))) + " is not a header row with"
              + " a title column and another known column (authors, year, source, doi ...).");
    }
    return new UnrecognizedFormatException(name, null,
        "Nothing in the first " + lines.size() + " lines matches a WoS, Engineering Village or"
            + " CNKI export or a publication list. Export WoS as 'Plain text file' or"
            + " 'Tab-delimited', Engineering Village as CSV (detailed record), CNKI as RefWorks,"
            + " EndNote, NoteExpress, 自定义 or Excel.");
  }

  /** More than 1% control characters (other than TAB, CR, LF, FF) or any NUL: not text. */
  private static boolean isBinary(List<String> lines) {
    long chars = 0;
    long control = 0;
    for (String l : lines) {
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        chars++;
        if (c == 0) {
          return true;
        }
        if ((c < 0x20 && c != '\t' && c != '\f') || c == '\uFFFD') {
          control++;
        }
      }
    }
    return chars > 0 && control * 100 > chars;
  }

  private static Detection found(ExportFormat format, SniffedCharset cs, String rule) {
    return new Detection(format, cs.charset(), cs.bomLength(), rule + "; " + cs.reason());
  }

  private static int indexOfMatch(List<String> lines, Pattern p) {
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsLabel(List<String> header, String label) {
    return header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(label));
  }

  /** The cells of one header line, quotes honoured; empty on a malformed line. */
  static List<String> csvCells(String line, char delimiter) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
      for (CSVRecord r : parser) {
        return trimTrailingEmpty(r.values());
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return List.of();
  }

  private static List<String> trimTrailingEmpty(String[] cells) {
    int n = cells.length;
    while (n > 0 && cells[n - 1].isBlank()) {
      n--;
    }
    return Arrays.stream(cells, 0, n).map(String::strip).toList();
  }

  private static String printable(char c) {
    return c == '\t' ? "\\t" : String.valueOf(c);
  }

  private static String abbreviate(List<String> cells) {
    String s = String.join(" | ", cells);
    return "'" + (s.length() > 120 ? s.substring(0, 117) + "..." : s) + "'";
  }
}
