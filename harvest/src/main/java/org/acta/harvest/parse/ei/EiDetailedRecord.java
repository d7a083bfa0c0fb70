package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.text.IdentifierText;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.SourceRecord;

/**
 * Maps the labelled values of one EV detailed record — the same labels and value syntax in CSV,
 * Excel and plain text — onto a {@link SourceRecord}: linked authors and affiliations,
 * corresponding authors with e-mails, identifiers, terms and conference data.
 */
final class EiDetailedRecord {

  private static final Pattern EXCEL_NUMBER = Pattern.compile("^\\d(?:\\.\\d+)?E\\+\\d+$");

  private final Map<EiField, String> values = new EnumMap<>(EiField.class);
  private final Map<EiField, Integer> lines = new EnumMap<>(EiField.class);

  /** Records a value; the first non-blank value of a field wins, later ones are appended. */
  void put(EiField field, String value, int line) {
    if (field == null || value == null || value.isBlank()) {
      return;
    }
    values.merge(field, value, (a, b) -> a + " " + b);
    lines.putIfAbsent(field, line);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  String get(EiField field) {
    return values.get(field);
  }

  private int line(EiField field, int fallback) {
    return lines.getOrDefault(field, fallback);
  }

  /** Fills the builder; returns null (after reporting) when the record has no title and no id. */
  SourceRecord fill(SourceRecord.Builder b, Problems problems, int firstLine) {
    String title = MarkupDecoder.decodeHtml(get(EiField.TITLE));
    String accession = EiValues.trimToNull(get(EiField.ACCESSION_NUMBER));
    if (accession != null && EXCEL_NUMBER.matcher(accession).matches()) {
      problems.warn(line(EiField.ACCESSION_NUMBER, firstLine), "Accession number",
          "accession number " + accession + " was turned into a number by a spreadsheet; ignored");
      accession = null;
    }
    String doiRaw = EiValues.trimToNull(get(EiField.DOI));
    String doi = doiRaw == null ? null : IdentifierText.doiIn(doiRaw);
    if (doiRaw != null && doi == null) {
      problems.warn(line(EiField.DOI, firstLine), "DOI", "not a DOI: " + doiRaw);
    }
    if (title == null && accession == null && doi == null) {
      problems.drop(firstLine, "Title", "record has neither title nor accession number nor DOI");
      return null;
    }
    List<String> isbns = new ArrayList<>();
    for (EiField f : new EiField[] {EiField.ISBN, EiField.ISBN13}) {
      String v = get(f);
      if (v != null) {
        for (String isbn : v.split("[,;\\s]+")) {
          if (!isbn.isBlank() && !isbns.contains(isbn.strip())) {
            isbns.add(isbn.strip());
          }
        }
      }
    }
    b.ids(new Identifiers(null, accession, null, doi, EiValues.trimToNull(get(EiField.ISSN)),
        EiValues.trimToNull(get(EiField.EISSN)), isbns, null, null));

    b.title(title)
        .titleAlt(MarkupDecoder.decodeHtml(get(EiField.TITLE_OF_TRANSLATION)))
        .sourceTitle(MarkupDecoder.decodeHtml(get(EiField.SOURCE)))
        .sourceTitleAbbrev(MarkupDecoder.decodeHtml(get(EiField.ABBREVIATED_SOURCE)))
        .volume(EiValues.trimToNull(get(EiField.VOLUME)))
        .issue(EiValues.trimToNull(get(EiField.ISSUE)))
        .publicationDate(EiValues.trimToNull(
            get(EiField.ISSUE_DATE) != null ? get(EiField.ISSUE_DATE) : get(EiField.PUBLICATION_DATE)))
        .year(EiValues.year(get(EiField.PUBLICATION_YEAR), get(EiField.ISSUE_DATE),
            get(EiField.PUBLICATION_DATE)))
        .language(EiValues.trimToNull(get(EiField.LANGUAGE)))
        .documentTypeRaw(EiValues.trimToNull(get(EiField.DOCUMENT_TYPE)))
        .documentType(EiDocumentTypes.ofLabel(get(EiField.DOCUMENT_TYPE)))
        .abstractText(MarkupDecoder.decodeHtml(get(EiField.ABSTRACT)))
        .keywords(EiValues.terms(get(EiField.UNCONTROLLED_TERMS), null))
        .database(EiValues.trimToNull(get(EiField.DATABASE)))
        .funding(EiValues.joinNonBlank(get(EiField.FUNDING_DETAILS), get(EiField.FUNDING_TEXT)))
        .conference(EiValues.joinNonBlank(get(EiField.CONFERENCE_NAME),
            get(EiField.CONFERENCE_LOCATION), get(EiField.CONFERENCE_DATE)));
    EiValues.pages(b, get(EiField.PAGES), get(EiField.ARTICLE_NUMBER));

    List<String> index = new ArrayList<>(EiValues.terms(get(EiField.MAIN_HEADING), null));
    for (String t : EiValues.terms(get(EiField.CONTROLLED_TERMS), null)) {
      if (!index.contains(t)) {
        index.add(t);
      }
    }
    b.indexTerms(index);

    int authorLine = line(EiField.AUTHORS, firstLine);
    EiAuthorList.Linked linked =
        EiAuthorList.link(get(EiField.AUTHORS), get(EiField.AFFILIATIONS), problems, authorLine);
    EiCorrespondence.Result corr = EiCorrespondence.read(get(EiField.CORRESPONDING_AUTHOR),
        get(EiField.CORRESPONDING_AFFILIATION), linked.authors(), problems,
        line(EiField.CORRESPONDING_AUTHOR, firstLine));
    b.authors(corr.authors())
        .affiliations(linked.affiliations())
        .affiliationsLinked(true)
        .correspondence(corr.entries())
        .emails(corr.emails());
    return b.build();
  }
}
