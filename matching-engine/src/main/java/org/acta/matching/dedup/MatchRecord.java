package org.acta.matching.dedup;

import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;

/**
 * A source record's derived keys, computed once, in the primitive-friendly form the comparison
 * loop reads millions of times. Immutable except {@link #genericTitle}, which needs the whole
 * collection and is set once by {@link MatchRecordFactory} before any comparison.
 */
public final class MatchRecord {
  /** Broad publication kind, for the conference-versus-journal-version rule. */
  public enum Kind {
    JOURNAL,
    CONFERENCE,
    THESIS,
    /** A technical report or working paper, as the record's document type says. */
    REPORT,
    UNKNOWN
  }

  public final int index;
  public final SourceRecord record;
  public final SourceDatabase source;
  /** The database's own id ({@code WOS|…}, {@code EI|Compendex|…}), or null. */
  public final String sourceId;
  public final String doi;
  /** Normalised ISSNs and eISSNs, and the CN number, as venue identifiers. */
  public final String[] venueIds;
  public final int year;
  /** A second plausible year (early access / online first), or 0. */
  public final int yearAlt;
  public final String volume;
  public final String issue;
  public final String firstPage;
  public final String lastPage;
  public final String articleNumber;
  public final String title;
  public final String titleCompact;
  public final int[] titleTokens;
  public final boolean titleHan;
  /**
   * The compact title without its bracketed remarks ("… (Panel Abstract)", "… [Review]"), or ""
   * when it has none: one database adds such notes to the title, the other does not.
   */
  public final String titleBareCompact;
  public final String titleAlt;
  public final String titleAltCompact;
  public final int[] titleAltTokens;
  public final String venue;
  public final int[] venueTokens;
  /** Venue words (romanised when the name is Chinese) for abbreviation matching. */
  public final String[] venueWords;
  /** Folded abbreviated venue name (WoS JI/J9, EV abbreviated source title), or "". */
  public final String venueAbbrev;
  public final int part;
  public final boolean correction;
  public final Kind kind;
  /** Per author (capped), the hashes of its name keys. */
  public final int[][] authorKeys;
  /**
   * The record says where the paper appeared (a venue, volume, pages or article number), as the
   * citations of a published version usually do and those of a report cannot.
   */
  public final boolean placeGiven;
  /** Set from the whole collection: this title is too common to identify a work. */
  boolean genericTitle;
  /**
   * Set from the whole collection: this record's file is a clean list (one record per paper, as
   * a database export is), so two records of the same file and database are two papers.
   */
  boolean cleanFile;
  /**
   * Set from the whole collection: this record's file repeats papers (a citation list), so
   * {@link CitationListLinker} may link its records by title and authors.
   */
  boolean citationList;
  /**
   * Set from the whole collection (citation lists only): the group of citations that cite this
   * record's title (linked by title and author), or -1; see {@link CitedVersions}.
   */
  int citedTitleGroup = -1;
  /** Set with {@link #citedTitleGroup}: that group's years show two versions of the paper. */
  boolean citedInTwoVersions;
  /**
   * Set with {@link #citedTitleGroup}: the year that most citations of this title giving the same
   * first page give, when it is not this record's own (a mistyped or reprint year), else 0.
   */
  int placeYear;
  /** Records of this record's listing with the same title and year (1 = it is unique there). */
  int sameTitleAndYearInListing;
  /** Records of this record's listing with the same title and venue name. */
  int sameTitleAndVenueInListing;
  /**
   * Records of this record's listing with the same title, year and venue name whose authors are
   * also the same (1 = the authors tell this record apart from the listing's namesakes).
   */
  int sameTitleAndAuthorsInListing = 1;
  /** {@link SourceRecord#naturalKey()}, computed once (it may hash the verbatim text). */
  public final String naturalKey;
  /** The file and database this record was listed in ({@code file|source|database}). */
  public final String listing;

  MatchRecord(Builder b) {
    index = b.index;
    record = b.record;
    source = b.record.source();
    sourceId = b.sourceId;
    doi = b.doi;
    venueIds = b.venueIds;
    year = b.year;
    yearAlt = b.yearAlt;
    volume = b.volume;
    issue = b.issue;
    firstPage = b.firstPage;
    lastPage = b.lastPage;
    articleNumber = b.articleNumber;
    title = b.title;
    titleCompact = b.titleCompact;
    titleTokens = b.titleTokens;
    titleHan = b.titleHan;
    titleBareCompact = b.titleBareCompact;
    titleAlt = b.titleAlt;
    titleAltCompact = b.titleAltCompact;
    titleAltTokens = b.titleAltTokens;
    venue = b.venue;
    venueTokens = b.venueTokens;
    venueWords = b.venueWords;
    venueAbbrev = b.venueAbbrev;
    part = b.part;
    correction = b.correction;
    kind = b.kind;
    authorKeys = b.authorKeys;
    placeGiven = !venue.isEmpty() || volume != null || firstPage != null || articleNumber != null;
    naturalKey = b.naturalKey;
    listing = b.listing;
  }

  /** In a clean list, no other record has this title in this year. */
  public boolean uniqueInCleanListing() {
    return cleanFile && sameTitleAndYearInListing == 1;
  }

  /**
   * In a clean list, no other record of the same title, year and venue has the same authors: a
   * recurring column ("Guest editorial") is told apart by who wrote this one.
   */
  public boolean authorsUniqueInCleanListing() {
    return cleanFile && sameTitleAndAuthorsInListing == 1;
  }

  public boolean cleanFile() {
    return cleanFile;
  }

  /** This record's file repeats papers: a citation list, whose venue strings are free text. */
  public boolean citationList() {
    return citationList;
  }

  /**
   * This record and {@code other} cite one title of a citation list whose citations are dated so
   * far apart that two versions of the paper are cited (a report and its publication).
   */
  public boolean sameTitleCitedInTwoVersions(MatchRecord other) {
    return citedInTwoVersions && citedTitleGroup >= 0 && citedTitleGroup == other.citedTitleGroup;
  }

  /**
   * The year to judge a citation's date by: the year its place of publication is cited with by
   * most citations of its title (see {@link #placeYear}), else its own.
   */
  public int citedYear() {
    return placeYear != 0 ? placeYear : year;
  }

  public boolean genericTitle() {
    return genericTitle;
  }

  /** The page or article number that identifies the paper inside its issue, or null. */
  public String pageKey() {
    return firstPage != null ? firstPage : articleNumber;
  }

  /**
   * An online-first (early view) record: no volume, issue or pages yet. Databases list it next
   * to the final version, so it is exempt from the one-record-per-paper rule of clean lists.
   */
  public boolean onlineFirst() {
    return onlineFirst;
  }

  /** Set from the whole collection: see {@link #onlineFirst()}. */
  boolean onlineFirst;

  public boolean hasTitle() {
    return !titleCompact.isEmpty();
  }

  static final class Builder {
    int index;
    SourceRecord record;
    String sourceId;
    String doi;
    String[] venueIds;
    int year;
    int yearAlt;
    String volume;
    String issue;
    String firstPage;
    String lastPage;
    String articleNumber;
    String title;
    String titleCompact;
    int[] titleTokens;
    boolean titleHan;
    String titleBareCompact = "";
    String titleAlt;
    String titleAltCompact;
    int[] titleAltTokens;
    String venue;
    int[] venueTokens;
    String[] venueWords;
    String venueAbbrev;
    int part;
    boolean correction;
    Kind kind;
    int[][] authorKeys;
    String naturalKey;
    String listing;
  }
}
