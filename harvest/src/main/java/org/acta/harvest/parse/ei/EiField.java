package org.acta.harvest.parse.ei;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of an EV detailed record, with every label EV has used for them in CSV, Excel and
 * plain-text downloads (labels drift between EV releases: {@code Author} / {@code Authors},
 * {@code Source} / {@code Source title}, {@code Corresponding author(s)}, …). Matching is
 * case-insensitive.
 */
public enum EiField {
  TITLE("Title"),
  ACCESSION_NUMBER("Accession number"),
  TITLE_OF_TRANSLATION("Title of translation"),
  AUTHORS("Author", "Authors", "Author(s)"),
  AFFILIATIONS("Author affiliation", "Author affiliations", "Author affiliation(s)"),
  CORRESPONDING_AUTHOR("Corresponding author", "Corresponding author(s)", "Corresponding authors"),
  CORRESPONDING_AFFILIATION("Corr. author affiliation", "Corresponding author affiliation"),
  SOURCE("Source", "Source title", "Serial title"),
  ABBREVIATED_SOURCE("Abbreviated source title"),
  SPONSOR("Sponsor"),
  PUBLISHER("Publisher", "Publisher/Repository"),
  VOLUME("Volume"),
  ISSUE("Issue"),
  PAGES("Pages"),
  ISSUE_DATE("Issue date"),
  PUBLICATION_DATE("Publication date"),
  PUBLICATION_YEAR("Publication year"),
  LANGUAGE("Language"),
  ISSN("ISSN"),
  EISSN("E-ISSN", "EISSN"),
  ISBN("ISBN", "ISBN-10"),
  ISBN13("ISBN13", "ISBN-13"),
  DOI("DOI"),
  ARTICLE_NUMBER("Article number"),
  CONFERENCE_NAME("Conference name"),
  CONFERENCE_DATE("Conference date"),
  CONFERENCE_LOCATION("Conference location"),
  CONFERENCE_CODE("Conference code"),
  CODEN("CODEN"),
  DOCUMENT_TYPE("Document type"),
  ABSTRACT("Abstract"),
  MAIN_HEADING("Main heading"),
  CONTROLLED_TERMS("Controlled/Subject terms", "Controlled terms", "Controlled/subject terms"),
  UNCONTROLLED_TERMS("Uncontrolled terms"),
  FUNDING_DETAILS("Funding details"),
  FUNDING_TEXT("Funding text"),
  DATABASE("Database"),
  COPYRIGHT("Copyright");

  private static final Map<String, EiField> BY_LABEL = new HashMap<>();

  static {
    for (EiField f : values()) {
      for (String label : f.labels) {
        BY_LABEL.put(key(label), f);
      }
    }
  }

  private final String[] labels;

  EiField(String... labels) {
    this.labels = labels;
  }

  /** The field a CSV column header or text label stands for, or null if Acta does not use it. */
  public static EiField ofLabel(String label) {
    return label == null ? null : BY_LABEL.get(key(label));
  }

  private static String key(String label) {
    return label.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
