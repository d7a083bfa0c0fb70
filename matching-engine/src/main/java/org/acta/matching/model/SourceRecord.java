package org.acta.matching.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One bibliographic record as read from one export file: parsed, decoded fields (markup such as
 * {@code <sub>}, HTML entities and CNKI's {@code Fe_2O_3} already turned into plain text) and, in
 * {@link #origin()}, the verbatim text with file name, record number and line span.
 *
 * <p>Immutable. Built by the harvest parsers through {@link #builder()}; consumed by the
 * deduplication and attribution stages, which derive their normalised keys from it.
 */
public record SourceRecord(
    RecordOrigin origin,
    SourceDatabase source,
    String format,
    String database,
    List<String> editions,
    Identifiers ids,
    String title,
    String titleAlt,
    String sourceTitle,
    String sourceTitleAbbrev,
    Integer year,
    String publicationDate,
    String earlyAccessDate,
    String volume,
    String issue,
    String pageStart,
    String pageEnd,
    String pagesRaw,
    String articleNumber,
    String documentTypeRaw,
    DocumentType documentType,
    String language,
    List<String> keywords,
    List<String> indexTerms,
    String abstractText,
    List<Author> authors,
    List<String> affiliations,
    boolean affiliationsLinked,
    List<Correspondence> correspondence,
    List<String> emails,
    String funding,
    List<String> supervisors,
    String conference,
    String url,
    List<Evidence> evidence) {

  public SourceRecord {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
    ids = ids == null ? Identifiers.NONE : ids;
    editions = copy(editions);
    keywords = copy(keywords);
    indexTerms = copy(indexTerms);
    authors = copy(authors);
    affiliations = copy(affiliations);
    correspondence = copy(correspondence);
    emails = copy(emails);
    supervisors = copy(supervisors);
    evidence = copy(evidence);
    documentType = documentType == null ? DocumentType.OTHER : documentType;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** {@code <file base name>#<n>}: the key of the offline contract. */
  public String sourceKey() {
    return origin.sourceKey();
  }

  /**
   * The key that recognises the same record read twice (overlapping exports): the database's own
   * id where the record has one, otherwise a hash of its verbatim text.
   */
  public String naturalKey() {
    if (ids.wosUt() != null && !ids.wosUt().isBlank()) {
      return "WOS|" + ids.wosUt().trim().toUpperCase(java.util.Locale.ROOT);
    }
    if (ids.eiAccession() != null && !ids.eiAccession().isBlank()) {
      return "EI|" + ids.eiAccession().trim();
    }
    if (ids.cnkiId() != null && !ids.cnkiId().isBlank()) {
      return "CNKI|" + ids.cnkiId().trim();
    }
    return source + "|sha256:" + VerbatimHash.of(origin.verbatim());
  }

  /** Author at a 1-based position, or null. */
  public Author author(int position) {
    return position >= 1 && position <= authors.size() ? authors.get(position - 1) : null;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; parsers fill it field by field. */
  public static final class Builder {
    private RecordOrigin origin;
    private SourceDatabase source = SourceDatabase.OTHER;
    private String format;
    private String database;
    private List<String> editions = new ArrayList<>();
    private Identifiers ids = Identifiers.NONE;
    private String title;
    private String titleAlt;
    private String sourceTitle;
    private String sourceTitleAbbrev;
    private Integer year;
    private String publicationDate;
    private String earlyAccessDate;
    private String volume;
    private String issue;
    private String pageStart;
    private String pageEnd;
    private String pagesRaw;
    private String articleNumber;
    private String documentTypeRaw;
    private DocumentType documentType;
    private String language;
    private List<String> keywords = new ArrayList<>();
    private List<String> indexTerms = new ArrayList<>();
    private String abstractText;
    private List<Author> authors = new ArrayList<>();
    private List<String> affiliations = new ArrayList<>();
    private boolean affiliationsLinked;
    private List<Correspondence> correspondence = new ArrayList<>();
    private List<String> emails = new ArrayList<>();
    private String funding;
    private List<String> supervisors = new ArrayList<>();
    private String conference;
    private String url;
    private List<Evidence> evidence = new ArrayList<>();

    private Builder() {}

    private Builder(SourceRecord r) {
      origin = r.origin;
      source = r.source;
      format = r.format;
      database = r.database;
      editions = new ArrayList<>(r.editions);
      ids = r.ids;
      title = r.title;
      titleAlt = r.titleAlt;
      sourceTitle = r.sourceTitle;
      sourceTitleAbbrev = r.sourceTitleAbbrev;
      year = r.year;
      publicationDate = r.publicationDate;
      earlyAccessDate = r.earlyAccessDate;
      volume = r.volume;
      issue = r.issue;
      pageStart = r.pageStart;
      pageEnd = r.pageEnd;
      pagesRaw = r.pagesRaw;
      articleNumber = r.articleNumber;
      documentTypeRaw = r.documentTypeRaw;
      documentType = r.documentType;
      language = r.language;
      keywords = new ArrayList<>(r.keywords);
      indexTerms = new ArrayList<>(r.indexTerms);
      abstractText = r.abstractText;
      authors = new ArrayList<>(r.authors);
      affiliations = new ArrayList<>(r.affiliations);
      affiliationsLinked = r.affiliationsLinked;
      correspondence = new ArrayList<>(r.correspondence);
      emails = new ArrayList<>(r.emails);
      funding = r.funding;
      supervisors = new ArrayList<>(r.supervisors);
      conference = r.conference;
      url = r.url;
      evidence = new ArrayList<>(r.evidence);
    }

    public Builder origin(RecordOrigin v) { origin = v; return this; }
    public Builder source(SourceDatabase v) { source = v; return this; }
    public Builder format(String v) { format = v; return this; }
    public Builder database(String v) { database = v; return this; }
    public Builder editions(List<String> v) { editions = new ArrayList<>(v); return this; }
    public Builder ids(Identifiers v) { ids = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder titleAlt(String v) { titleAlt = v; return this; }
    public Builder sourceTitle(String v) { sourceTitle = v; return this; }
    public Builder sourceTitleAbbrev(String v) { sourceTitleAbbrev = v; return this; }
    public Builder year(Integer v) { year = v; return this; }
    public Builder publicationDate(String v) { publicationDate = v; return this; }
    public Builder earlyAccessDate(String v) { earlyAccessDate = v; return this; }
    public Builder volume(String v) { volume = v; return this; }
    public Builder issue(String v) { issue = v; return this; }
    public Builder pageStart(String v) { pageStart = v; return this; }
    public Builder pageEnd(String v) { pageEnd = v; return this; }
    public Builder pagesRaw(String v) { pagesRaw = v; return this; }
    public Builder articleNumber(String v) { articleNumber = v; return this; }
    public Builder documentTypeRaw(String v) { documentTypeRaw = v; return this; }
    public Builder documentType(DocumentType v) { documentType = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }
    public Builder indexTerms(List<String> v) { indexTerms = new ArrayList<>(v); return this; }
    public Builder abstractText(String v) { abstractText = v; return this; }
    public Builder authors(List<Author> v) { authors = new ArrayList<>(v); return this; }
    public Builder addAuthor(Author v) { authors.add(v); return this; }
    public Builder affiliations(List<String> v) { affiliations = new ArrayList<>(v); return this; }
    public Builder affiliationsLinked(boolean v) { affiliationsLinked = v; return this; }
    public Builder correspondence(List<Correspondence> v) { correspondence = new ArrayList<>(v); return this; }
    public Builder addCorrespondence(Correspondence v) { correspondence.add(v); return this; }
    public Builder emails(List<String> v) { emails = new ArrayList<>(v); return this; }
    public Builder funding(String v) { funding = v; return this; }
    public Builder supervisors(List<String> v) { supervisors = new ArrayList<>(v); return this; }
    public Builder conference(String v) { conference = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder evidence(List<Evidence> v) { evidence = new ArrayList<>(v); return this; }
    public Builder addEvidence(Evidence v) { evidence.add(v); return this; }

    public SourceRecord build() {
      return new SourceRecord(origin, source, format, database, editions, ids, title, titleAlt,
          sourceTitle, sourceTitleAbbrev, year, publicationDate, earlyAccessDate, volume, issue,
          pageStart, pageEnd, pagesRaw, articleNumber, documentTypeRaw, documentType, language,
          keywords, indexTerms, abstractText, authors, affiliations, affiliationsLinked,
          correspondence, emails, funding, supervisors, conference, url, evidence);
    }
  }
}
