package org.acta.matching.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every code the engine and the stored decisions produce, with the names of its arguments. The
 * messages are in {@code reasons.properties} (English) and {@code reasons_zh.properties}
 * (Simplified Chinese); {@code ReasonBundlesTest} fails when a code lacks a message in either
 * language or a message leaves an argument out. A new piece of evidence is a new constant here
 * and a line in each bundle.
 */
public enum ReasonCode {
  // ---- stored before codes existed, and list joins
  TEXT(Reason.TEXT, "text"),
  LIST_COMMA("list.comma", "head", "tail"),
  LIST_SEMICOLON("list.semicolon", "head", "tail"),
  LIST_SLASH("list.slash", "head", "tail"),

  // ---- deduplication: one pair of records
  DEDUP_PAIR("dedup.pair", "a", "b", "reasons"),
  DEDUP_SAME_RECORD("dedup.sameRecord", "id"),
  DEDUP_IDENTICAL_TEXT("dedup.identicalText"),
  DEDUP_DOI_SAME("dedup.doi.same", "doi"),
  DEDUP_DOI_DIFFERENT("dedup.doi.different", "doiA", "doiB"),
  DEDUP_TITLE_IDENTICAL("dedup.title.identical"),
  DEDUP_TITLE_EQUAL_AFTER("dedup.title.equalAfter", "transforms"),
  DEDUP_FOLD_GREEK("dedup.fold.greek"),
  DEDUP_FOLD_MARKUP("dedup.fold.markup"),
  DEDUP_FOLD_DASHES("dedup.fold.dashes"),
  DEDUP_FOLD_CASE("dedup.fold.case"),
  DEDUP_FOLD_DIACRITICS("dedup.fold.diacritics"),
  DEDUP_FOLD_PUNCTUATION("dedup.fold.punctuation"),
  DEDUP_FIELDS_EQUAL("dedup.fieldsEqual", "fields"),
  DEDUP_FIELD_VENUE_ID("dedup.field.venueId"),
  DEDUP_FIELD_JOURNAL_NAME("dedup.field.journalName"),
  DEDUP_FIELD_YEAR("dedup.field.year"),
  DEDUP_FIELD_VOLUME("dedup.field.volume"),
  DEDUP_FIELD_ISSUE("dedup.field.issue"),
  DEDUP_FIELD_PAGES("dedup.field.pages"),
  DEDUP_YEARS_ONE_APART("dedup.yearsOneApart", "yearA", "yearB"),
  DEDUP_TRANSLATED_TITLE("dedup.translatedTitle", "english", "other"),
  DEDUP_TITLE_LANGUAGES("dedup.titleLanguages", "a", "b"),
  DEDUP_PINYIN_AUTHORS("dedup.pinyinAuthors", "level"),
  DEDUP_PROBABILITY("dedup.probability", "p"),
  DEDUP_ONE_TO_ONE("dedup.oneToOne", "p"),
  DEDUP_CITATION_TITLES_SHARED_AUTHOR("dedup.citation.titlesSharedAuthor", "percent"),
  DEDUP_CITATION_TITLES_NO_AUTHORS("dedup.citation.titlesNoAuthors", "percent"),
  DEDUP_CITATION_SAME_PLACE("dedup.citation.samePlace", "volume", "page"),
  DEDUP_CITATION_UNTITLED("dedup.citation.untitled", "year"),
  DEDUP_CITATION_SAME_PAGE("dedup.citation.samePage", "page"),
  DEDUP_KEPT_APART("dedup.keptApart", "why"),
  DEDUP_WORK_TOO_LARGE("dedup.workTooLarge", "max"),
  SOURCE_OTHER("source.other"),
  SOURCE_MANUAL("source.manual"),
  // the level of agreement of one compared field (Field): code dedup.level.<field>.<level>
  DEDUP_LEVEL_DOI_NONE("dedup.level.doi.0"),
  DEDUP_LEVEL_DOI_SAME("dedup.level.doi.1"),
  DEDUP_LEVEL_DOI_DIFFERENT("dedup.level.doi.2"),
  DEDUP_LEVEL_TITLE_NONE("dedup.level.title.0"),
  DEDUP_LEVEL_TITLE_EQUAL("dedup.level.title.1"),
  DEDUP_LEVEL_TITLE_VERY_SIMILAR("dedup.level.title.2"),
  DEDUP_LEVEL_TITLE_SIMILAR("dedup.level.title.3"),
  DEDUP_LEVEL_TITLE_SOMEWHAT_SIMILAR("dedup.level.title.4"),
  DEDUP_LEVEL_TITLE_DIFFERENT("dedup.level.title.5"),
  DEDUP_LEVEL_TITLE_GENERIC("dedup.level.title.6"),
  DEDUP_LEVEL_CROSS_TITLE_NONE("dedup.level.crossTitle.0"),
  DEDUP_LEVEL_CROSS_TITLE_EQUAL("dedup.level.crossTitle.1"),
  DEDUP_LEVEL_CROSS_TITLE_DIFFERENT("dedup.level.crossTitle.2"),
  DEDUP_LEVEL_YEAR_NONE("dedup.level.year.0"),
  DEDUP_LEVEL_YEAR_SAME("dedup.level.year.1"),
  DEDUP_LEVEL_YEAR_ONE_APART("dedup.level.year.2"),
  DEDUP_LEVEL_YEAR_DIFFERENT("dedup.level.year.3"),
  DEDUP_LEVEL_VENUE_NONE("dedup.level.venue.0"),
  DEDUP_LEVEL_VENUE_ID("dedup.level.venue.1"),
  DEDUP_LEVEL_VENUE_NAME("dedup.level.venue.2"),
  DEDUP_LEVEL_VENUE_DIFFERENT("dedup.level.venue.3"),
  DEDUP_LEVEL_VOLUME_NONE("dedup.level.volume.0"),
  DEDUP_LEVEL_VOLUME_SAME("dedup.level.volume.1"),
  DEDUP_LEVEL_VOLUME_DIFFERENT("dedup.level.volume.2"),
  DEDUP_LEVEL_ISSUE_NONE("dedup.level.issue.0"),
  DEDUP_LEVEL_ISSUE_SAME("dedup.level.issue.1"),
  DEDUP_LEVEL_ISSUE_DIFFERENT("dedup.level.issue.2"),
  DEDUP_LEVEL_PAGES_NONE("dedup.level.pages.0"),
  DEDUP_LEVEL_PAGES_SAME("dedup.level.pages.1"),
  DEDUP_LEVEL_PAGES_DIFFERENT("dedup.level.pages.2"),
  DEDUP_LEVEL_AUTHORS_NONE("dedup.level.authors.0"),
  DEDUP_LEVEL_AUTHORS_SAME("dedup.level.authors.1"),
  DEDUP_LEVEL_AUTHORS_MOST("dedup.level.authors.2"),
  DEDUP_LEVEL_AUTHORS_SOME("dedup.level.authors.3"),
  DEDUP_LEVEL_AUTHORS_NONE_SHARED("dedup.level.authors.4"),

  // ---- deduplication: hard rules (why two records are never one work)
  VETO_DIFFERENT_PARTS("veto.differentParts", "partA", "partB"),
  VETO_ONE_PART("veto.onePart", "part"),
  VETO_CORRECTION("veto.correction"),
  VETO_DIFFERENT_DOIS("veto.differentDois"),
  VETO_CITED_YEARS_APART("veto.citedYearsApart"),
  VETO_CITED_IN_TWO_VERSIONS("veto.citedInTwoVersions"),
  VETO_REPORT_VERSION("veto.reportVersion"),
  VETO_CONFERENCE_JOURNAL("veto.conferenceJournal"),
  VETO_PAGES_IN_VOLUME("veto.pagesInVolume"),
  VETO_PAGES_IN_ISSUE("veto.pagesInIssue"),
  VETO_ISSUES_IN_VOLUME("veto.issuesInVolume"),
  VETO_EARLIER_VERSION("veto.earlierVersion"),
  VETO_SAME_FILE("veto.sameFile"),
  VETO_SAME_DATABASE("veto.sameDatabase"),
  VETO_GENERIC_TITLE("veto.genericTitle"),

  // ---- attribution: one author position and a person
  NAME_HANZI("name.hanzi"),
  NAME_FULL("name.full"),
  NAME_INITIALS("name.initials"),
  NAME_INITIAL("name.initial"),
  NAME_SWAPPED("name.swapped", "name"),
  AFFILIATION_LINKED("affiliation.linked"),
  AFFILIATION_ONLY_ORGANISATION("affiliation.onlyOrganisation"),
  AFFILIATION_AMONG_ORGANISATIONS("affiliation.amongOrganisations"),
  AFFILIATION_NONE("affiliation.none"),
  AFFILIATION_UNUSUAL("affiliation.unusual"),
  UNIT_AGREES("unit.agrees", "unit"),
  UNIT_DIFFERS("unit.differs", "named", "unit"),
  YEARS_OUTSIDE("years.outside", "year", "outside"),
  ID_SAME("id.same", "ids"),
  ID_EMAIL("id.email", "email"),
  ID_ORCID("id.orcid", "orcid"),
  ORCID_OTHER("orcid.other"),
  EMAIL_OTHER("email.other"),
  EMAIL_LISTED("email.listed"),
  SUPERVISOR_COAUTHOR("supervisor.coauthor", "supervisor"),
  SUPERVISOR_ABSENT("supervisor.absent", "supervisor"),
  STUDENT_COAUTHOR("student.coauthor", "person"),
  ALSO_POSSIBLE("alsoPossible", "person", "name", "score"),
  CORRESPONDING("corresponding", "sources"),
  CORRESPONDING_CONFLICT("corresponding.conflict", "sources"),

  // ---- people's decisions, which win over the engine
  HUMAN_DECIDED("human.decided"),
  HUMAN_MERGED("human.merged", "decision"),
  HUMAN_SPLIT_FROM("human.splitFrom", "decision"),
  HUMAN_SPLIT_OUT("human.splitOut", "decision"),
  HUMAN_KEPT_APART_OTHER("human.keptApartOther", "decision"),
  HUMAN_KEPT_APART("human.keptApart", "decision");

  private static final Map<String, ReasonCode> BY_CODE = new LinkedHashMap<>();

  static {
    for (ReasonCode c : values()) {
      BY_CODE.put(c.code, c);
    }
  }

  private final String code;
  private final List<String> args;

  ReasonCode(String code, String... args) {
    this.code = code;
    this.args = List.of(args);
  }

  /** The stable code stored with the evidence. */
  public String code() {
    return code;
  }

  /** The argument names, in order. */
  public List<String> args() {
    return args;
  }

  /** This evidence with its arguments, in the order {@link #args()} names them. */
  public Reason with(Object... values) {
    if (values.length != args.size()) {
      throw new IllegalArgumentException("evidence " + code + " takes " + args + ", got "
          + values.length + " values");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(args.get(i), values[i]);
    }
    return new Reason(code, m);
  }

  /** The code's constant, or null for a code this version does not know. */
  public static ReasonCode of(String code) {
    return BY_CODE.get(code);
  }
}
