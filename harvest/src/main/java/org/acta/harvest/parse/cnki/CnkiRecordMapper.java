package org.acta.harvest.parse.cnki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.parse.tagged.RawRecord;
import org.acta.harvest.parse.tagged.TaggedField;
import org.acta.harvest.text.IdentifierText;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.harvest.text.Pages;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.SourceRecord;

/**
 * Maps the values of one CNKI record, whatever the export format, onto a {@link SourceRecord}:
 * Chinese title and names, the unlinked organisation list, thesis supervisors (never authors),
 * pages kept raw and split, DOI also from a DOI link, CNKI's own id from old-style links
 * (formats.md §5.9; else null so the verbatim hash identifies the record). Full-width
 * punctuation is kept; markup (CNKI sub/superscripts, entities) is decoded.
 */
final class CnkiRecordMapper {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern CN = Pattern.compile("^\\d{2}-\\d{4}(?:/[A-Z0-9.]+)?$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern RANGE_SIGN = Pattern.compile("\\d\\s*[-~～－–]");

  private CnkiRecordMapper() {}

  /**
   * Maps a tagged record of any CNKI text format: {@code field} names the CNKI field of each of
   * the format's tags (null for tags that carry nothing the model keeps).
   */
  static SourceRecord mapTagged(RawRecord raw, java.util.function.Function<String, CnkiField> field,
      SourceRecord.Builder b, Problems problems) {
    CnkiValues values = new CnkiValues();
    for (TaggedField f : raw.fields()) {
      values.add(field.apply(f.tag()), f.value(), f.line());
    }
    return map(values, b, problems, raw.firstLine());
  }

  static SourceRecord map(CnkiValues v, SourceRecord.Builder b, Problems problems, int firstLine) {
    String title = MarkupDecoder.decode(v.first(CnkiField.TITLE));
    String link = MarkupDecoder.decodeEntities(v.first(CnkiField.URL));
    String doi = null;
    String doiRaw = v.first(CnkiField.DOI);
    if (doiRaw != null) {
      doi = IdentifierText.doiIn(doiRaw);
      if (doi == null) {
        problems.warn(v.line(CnkiField.DOI, firstLine), "DOI", "not a DOI: " + doiRaw);
      }
    }
    if (doi == null) {
      doi = CnkiLinks.doi(link);
    }
    if (title == null) {
      problems.drop(firstLine, "title", "record has no title");
      return null;
    }
    String referenceType = v.first(CnkiField.REFERENCE_TYPE);
    String sourceDatabase = v.first(CnkiField.SOURCE_DATABASE);
    DocumentType type = CnkiDocumentTypes.of(referenceType, sourceDatabase,
        v.first(CnkiField.DATA_TYPE));
    boolean thesis = type == DocumentType.THESIS;
    String degree = thesis ? v.first(CnkiField.DEGREE) : null;

    String issn = null;
    List<String> isbns = new ArrayList<>();
    for (String s : v.all(CnkiField.ISSN_ISBN)) {
      for (String part : s.split("[;；,\\s]+")) {
        if (IdentifierText.isIssn(part) && issn == null) {
          issn = part;
        } else if (IdentifierText.isIsbn(part) && !isbns.contains(part)) {
          isbns.add(part);
        }
      }
    }
    String volume = v.first(CnkiField.VOLUME);
    if (volume != null && IdentifierText.isIsbn(volume)) {
      isbns.add(volume); // yearbooks put the ISBN in %V
      volume = null;
    } else if (type == DocumentType.OTHER && volume != null && !volume.matches("\\d+")) {
      volume = null; // standards put the standard number in %V
    }
    String cn = null;
    for (String s : v.all(CnkiField.CN_NUMBER)) {
      if (CN.matcher(s).matches() || s.matches("^\\d{2}-\\d{4}.*")) {
        cn = s;
        break;
      }
    }
    b.ids(new Identifiers(null, null, CnkiLinks.cnkiId(link), doi, issn, null, isbns, cn, null));

    List<Author> authors = new ArrayList<>();
    for (String name : CnkiLists.names(v.all(CnkiField.AUTHORS))) {
      String nativeName = HAN.matcher(name).find() ? name : null;
      authors.add(new Author(authors.size() + 1, name, null, null, nativeName, List.of(),
          List.of(), null, null, false));
    }
    String source = MarkupDecoder.decode(v.first(CnkiField.SOURCE));
    String publisher = MarkupDecoder.decode(v.first(CnkiField.PUBLISHER));
    if (thesis && publisher != null) {
      source = publisher; // the university
    }
    Pages pages = pages(v.all(CnkiField.PAGES));
    String yearText = v.first(CnkiField.YEAR);
    Integer year = year(yearText);
    if (year == null) {
      year = year(v.first(CnkiField.DATE));
    }
    if (yearText != null && year(yearText) == null) {
      problems.warn(v.line(CnkiField.YEAR, firstLine), "year", "not a year: " + yearText);
    }
    String language = v.first(CnkiField.LANGUAGE);
    if (language != null) {
      language = language.replaceAll("[;；\\s]+$", "").split("[;；]")[0].strip();
      language = language.isEmpty() ? null : language;
    }
    String conferencePlace = v.first(CnkiField.CONFERENCE_PLACE);
    String conference = type == DocumentType.PROCEEDINGS_PAPER
        ? join(v.first(CnkiField.CONFERENCE) != null ? v.first(CnkiField.CONFERENCE) : source,
            conferencePlace)
        : null;

    b.title(title)
        .titleAlt(MarkupDecoder.decode(v.first(CnkiField.TITLE_ALT)))
        .authors(authors)
        .affiliations(CnkiLists.organisations(v.all(CnkiField.ORGANISATIONS)))
        .affiliationsLinked(false)
        .supervisors(CnkiLists.names(v.all(CnkiField.SUPERVISORS)))
        .sourceTitle(source)
        .year(year)
        .publicationDate(v.first(CnkiField.DATE))
        .volume(volume)
        .issue(thesis ? null : v.first(CnkiField.ISSUE))
        .keywords(CnkiLists.terms(v.all(CnkiField.KEYWORDS)))
        .abstractText(MarkupDecoder.decode(v.first(CnkiField.ABSTRACT)))
        .documentTypeRaw(referenceType != null ? referenceType : sourceDatabase)
        .documentType(type)
        .database(sourceDatabase != null ? sourceDatabase
            : CnkiDocumentTypes.databaseName(referenceType, type, degree,
                v.first(CnkiField.SUB_DATABASE)))
        .language(language)
        .funding(MarkupDecoder.decode(v.first(CnkiField.FUND)))
        .conference(conference)
        .url(link);
    if (pages != null) {
      b.pagesRaw(pages.raw());
      if (pages.end() == null && pages.raw().matches("^[A-Za-z]?\\d+\\s*-$")) {
        b.articleNumber(pages.start()); // foreign records: "107936-" is an article number
      } else {
        b.pageStart(pages.start()).pageEnd(pages.end() != null ? pages.end() : pages.start());
      }
    }
    return b.build();
  }

  /** Of several page statements (conference records carry a count and a range), the range. */
  private static Pages pages(List<String> values) {
    String chosen = null;
    for (String s : values) {
      if (RANGE_SIGN.matcher(s).find()) {
        chosen = s;
        break;
      }
      chosen = s;
    }
    return Pages.parse(chosen);
  }

  private static Integer year(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String join(String a, String b) {
    String x = MarkupDecoder.decode(a);
    String y = MarkupDecoder.decode(b);
    if (x == null) {
      return y;
    }
    return y == null ? x : x + "; " + y;
  }
}
