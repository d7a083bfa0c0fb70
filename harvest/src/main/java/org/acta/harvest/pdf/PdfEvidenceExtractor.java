package org.acta.harvest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.model.Evidence;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first pages of a PDF with Tika and returns {@link Evidence} of who the corresponding
 * author is:
 *
 * <ul>
 *   <li>{@value #KIND_MARKER}: a line carrying a corresponding-author marker — {@code 通讯作者},
 *       {@code 通信作者}, {@code Corresponding author}, {@code Correspondence to}, or a footnote
 *       line starting with {@code *} / {@code ∗} / {@code ✉};
 *   <li>{@value #KIND_STARRED_AUTHOR}: a name followed by an asterisk (with optional affiliation
 *       digits) in the lines before the abstract: {@code Zhang San1,2*};
 *   <li>{@value #KIND_EMAIL}: every e-mail address on those pages.
 * </ul>
 *
 * Only text is looked at; nothing is decided here (the attribution stage weighs the evidence).
 * Stateless and thread-safe.
 */
public final class PdfEvidenceExtractor {
  public static final String KIND_MARKER = "pdf-corresponding-marker";
  public static final String KIND_STARRED_AUTHOR = "pdf-starred-author";
  public static final String KIND_EMAIL = "pdf-email";

  /** Pages read by default: title page and the next, where footnotes continue. */
  public static final int DEFAULT_PAGES = 2;
  private static final int MAX_LINE = 300;

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern MARKER = Pattern.compile(
      "通讯作者|通信作者|通讯联系人|联系人|corresponding\\s+authors?|correspondence\\s+(?:to|author)"
          + "|author\\s+for\\s+correspondence|reprint\\s+author",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FOOTNOTE = Pattern.compile("^\\s*[*∗✉†]\\s*\\S");
  private static final Pattern STARRED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'\\-]*(?:[ .]+\\p{Lu}[\\p{L}'\\-]*){0,3}|\\p{IsHan}{2,4})"
          + "\\s*(?:[\\d,a-z†‡§]{0,8})\\s*[*∗✉]");
  private static final Pattern ABSTRACT =
      Pattern.compile("^\\s*(abstract|摘\\s*要|a b s t r a c t)\\b", Pattern.CASE_INSENSITIVE);

  private final int pages;

  public PdfEvidenceExtractor() {
    this(DEFAULT_PAGES);
  }

  public PdfEvidenceExtractor(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be >= 1: " + pages);
    }
    this.pages = pages;
  }

  /** Evidence from the PDF at {@code path}; the origin names the file and page. */
  public List<Evidence> extract(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return extract(in, path.getFileName().toString());
    }
  }

  /** Evidence from a PDF stream (not closed here). */
  public List<Evidence> extract(InputStream pdf, String name) throws IOException {
    return findEvidence(pageTexts(pdf), name);
  }

  /** The text of the first pages, one string per page. */
  public List<String> pageTexts(InputStream pdf) throws IOException {
    PageCollector collector = new PageCollector(pages);
    ParseContext context = new ParseContext();
    PDFParserConfig config = new PDFParserConfig();
    config.setSortByPosition(true);
    config.setExtractInlineImages(false);
    config.setExtractAnnotationText(false);
    context.set(PDFParserConfig.class, config);
    try {
      new PDFParser().parse(pdf, collector, new Metadata(), context);
    } catch (SAXException e) {
      if (!collector.stopped) {
        throw new IOException("cannot read the PDF text: " + e.getMessage(), e);
      }
    } catch (TikaException e) {
      if (!collector.stopped) {
        throw new IOException("cannot read the PDF: " + e.getMessage(), e);
      }
    }
    return collector.pages;
  }

  /** The evidence in already extracted page texts (1-based page numbers in the origin). */
  public static List<Evidence> findEvidence(List<String> pageTexts, String name) {
    Set<Evidence> out = new LinkedHashSet<>();
    for (int p = 0; p < pageTexts.size(); p++) {
      String origin = name + " page " + (p + 1);
      boolean beforeAbstract = p == 0;
      for (String raw : pageTexts.get(p).split("\\R")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        if (ABSTRACT.matcher(line).find()) {
          beforeAbstract = false;
        }
        if (MARKER.matcher(line).find() || FOOTNOTE.matcher(line).find()) {
          out.add(new Evidence(KIND_MARKER, cap(line), origin));
        }
        if (beforeAbstract && !MARKER.matcher(line).find()) {
          Matcher m = STARRED.matcher(line);
          while (m.find()) {
            out.add(new Evidence(KIND_STARRED_AUTHOR, m.group(1).strip(), origin));
          }
        }
        Matcher e = EMAIL.matcher(line);
        while (e.find()) {
          out.add(new Evidence(KIND_EMAIL, e.group().toLowerCase(Locale.ROOT), origin));
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String cap(String line) {
    return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE);
  }

  /** Collects the text per page ({@code <div class="page">}) and stops after the limit. */
  private static final class PageCollector extends DefaultHandler {
    private final int limit;
    private final List<String> pages = new ArrayList<>();
    private StringBuilder current;
    private boolean stopped;

    PageCollector(int limit) {
      this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
        if (pages.size() == limit) {
          stopped = true;
          throw new SAXException("page limit reached");
        }
        current = new StringBuilder();
      } else if (current != null && ("p".equals(localName) || "br".equals(localName))) {
        current.append('\n');
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if ("div".equals(localName) && current != null) {
        pages.add(current.toString());
        current = null;
      } else if (current != null && "p".equals(localName)) {
        current.append('\n');
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (current != null) {
        current.append(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }
  }
}
