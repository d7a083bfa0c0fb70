package org.acta.harvest.parse.ei;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.text.IdentifierText;
import org.acta.harvest.text.LineReader;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.matching.model.Author;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;

/**
 * Engineering Village BibTeX (formats.md §4.7). A small hand parser rather than a BibTeX
 * library: EV's entries break what libraries expect — a key followed by {@code " ,"}, a repeated
 * {@code copyright} field that carries the database, HTML in the abstract, unescaped {@code &}
 * and {@code %}. Entries are cut from the stream at lines starting with {@code @type{} or where
 * the braces of the current entry balance, so one entry is in memory at a time.
 *
 * <p>Fields: key = accession number, {@code journal} (proceedings title for conference papers),
 * {@code author} joined by {@code and}, {@code pages} {@code a - b}, {@code issn} without hyphen,
 * DOI only inside {@code URL}, {@code keywords} = controlled terms, {@code note} = uncontrolled
 * terms, {@code key} = main heading, {@code address} = conference location. No affiliations and
 * no corresponding author.
 */
public final class EiBibtexParser implements RecordParser {

  private static final Pattern ENTRY_START = Pattern.compile("^\\s*@[A-Za-z]+\\s*[{(].*");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+and\\s+");
  private static final Pattern COMMENT_TYPES =
      Pattern.compile("(?i)comment|preamble|string");

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.EI_BIBTEX);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    try (BufferedReader reader = input.openReader()) {
      LineReader lines = new LineReader(reader);
      LineReader.Line line = lines.next();
      int number = 0;
      int stray = 0;
      int firstStray = 0;
      while (line != null) {
        if (!ENTRY_START.matcher(line.text()).matches()) {
          if (!line.isBlank()) {
            if (stray++ == 0) {
              firstStray = line.number();
            }
          }
          line = lines.next();
          continue;
        }
        // Collect one entry: until its braces balance or the next entry starts.
        StringBuilder text = new StringBuilder();
        StringBuilder verbatim = new StringBuilder();
        int first = line.number();
        int last = first;
        int depth = 0;
        boolean opened = false;
        LineReader.Line next = null;
        LineReader.Line cur = line;
        while (cur != null) {
          if (cur != line && ENTRY_START.matcher(cur.text()).matches()) {
            next = cur;
            break;
          }
          text.append(cur.text()).append('\n');
          if (!cur.isBlank()) {
            verbatim.append(cur.raw());
            last = cur.number();
          } else if (opened && depth > 0) {
            verbatim.append(cur.raw());
          }
          for (int i = 0; i < cur.text().length(); i++) {
            char c = cur.text().charAt(i);
            if (c == '{') {
              depth++;
              opened = true;
            } else if (c == '}') {
              depth--;
            }
          }
          if (opened && depth <= 0) {
            next = lines.next();
            break;
          }
          cur = lines.next();
        }
        BibtexEntry entry = BibtexEntry.parse(text.toString());
        if (entry != null && COMMENT_TYPES.matcher(entry.type()).matches()) {
          line = next;
          continue;
        }
        number++;
        Problems problems = new Problems(sink, input.fileName(), number);
        try {
          SourceRecord record = toRecord(entry, input, number, first, last,
              verbatim.toString(), problems);
          if (record != null) {
            sink.record(record);
          }
        } catch (RuntimeException e) {
          problems.drop(first, null, "entry could not be read: " + e);
        }
        line = next;
      }
      if (stray > 0) {
        sink.problem(new ParseProblem(input.fileName(), 0, firstStray, null,
            stray + " line(s) outside any entry were ignored", false));
      }
    }
  }

  private static SourceRecord toRecord(BibtexEntry e, ExportInput input, int number, int first,
      int last, String verbatim, Problems problems) {
    if (e == null) {
      problems.drop(first, null, "not a BibTeX entry");
      return null;
    }
    if (!e.complete()) {
      problems.warn(last, ParseProblem.END_OF_FILE, "the entry is not closed; the file may be truncated");
    }
    String title = MarkupDecoder.decodeHtml(e.first("title"));
    String accession = e.key() == null || e.key().isBlank() ? null : e.key().strip();
    String doi = null;
    for (String v : concat(e.all("doi"), e.all("URL"))) {
      doi = IdentifierText.doiIn(v);
      if (doi != null) {
        break;
      }
    }
    if (title == null && accession == null && doi == null) {
      problems.drop(first, "title", "entry has neither title nor key nor DOI");
      return null;
    }
    List<String> isbns = new ArrayList<>();
    for (String v : e.all("isbn")) {
      for (String p : v.split("[,;\\s]+")) {
        if (!p.isBlank() && !isbns.contains(p)) {
          isbns.add(p);
        }
      }
    }
    List<Author> authors = new ArrayList<>();
    String authorField = e.first("author");
    if (authorField != null) {
      for (String name : AUTHOR_SEPARATOR.split(authorField)) {
        String n = MarkupDecoder.decodeHtml(name);
        if (n != null) {
          boolean initials = EiNames.isInitials(EiNames.split(n)[1]);
          authors.add(new Author(authors.size() + 1, n, initials ? n : null, initials ? null : n,
              null, List.of(), List.of(), null, null, false));
        }
      }
    }
    List<String> copyrights = e.all("copyright");
    String database = null;
    for (String c : copyrights) {
      if (!c.toLowerCase(java.util.Locale.ROOT).contains("copyright")) {
        database = c; // the second "copyright" names the database
      }
    }
    List<String> index = new ArrayList<>(EiValues.terms(e.first("key"), ";"));
    for (String t : EiValues.terms(e.first("keywords"), ";")) {
      if (!index.contains(t)) {
        index.add(t);
      }
    }
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(new RecordOrigin(input.fileName(), number, first, last, verbatim))
        .source(input.format().source())
        .format(input.format().name())
        .ids(new Identifiers(null, accession, null, doi, e.first("issn"), e.first("eissn"),
            isbns, null, null))
        .title(title)
        .sourceTitle(MarkupDecoder.decodeHtml(
            e.first("journal") != null ? e.first("journal") : e.first("booktitle")))
        .volume(e.first("volume"))
        .issue(e.first("number"))
        .year(EiValues.year(e.first("year")))
        .language(e.first("language"))
        .documentTypeRaw(e.type())
        .documentType(EiDocumentTypes.ofBibtexType(e.type()))
        .abstractText(MarkupDecoder.decodeHtml(e.first("abstract")))
        .keywords(EiValues.terms(e.first("note"), ";"))
        .indexTerms(index)
        .authors(authors)
        .affiliationsLinked(false)
        .database(database)
        .conference(conferenceOf(e));
    EiValues.pages(b, e.first("pages"), null);
    return b.build();
  }

  /** Conference papers: the proceedings title and the location, EV's only conference data. */
  private static String conferenceOf(BibtexEntry e) {
    if (EiDocumentTypes.ofBibtexType(e.type())
        != org.acta.matching.model.DocumentType.PROCEEDINGS_PAPER) {
      return null;
    }
    String proceedings = e.first("booktitle") != null ? e.first("booktitle") : e.first("journal");
    return EiValues.joinNonBlank(proceedings, e.first("address"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
