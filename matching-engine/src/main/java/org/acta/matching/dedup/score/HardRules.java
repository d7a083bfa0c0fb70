package org.acta.matching.dedup.score;

import static org.acta.matching.explain.ReasonCode.*;

import java.util.Objects;
import org.acta.matching.dedup.MatchRecord;
import org.acta.matching.explain.Reason;

/**
 * The false friends a score cannot be trusted with: pairs that look alike but are different
 * works by rule. Each rule returns the reason (rendered in words), or null when it does not apply.
 */
public final class HardRules {
  private HardRules() {}

  /** Why these two records cannot be one work, or null. */
  public static Reason veto(MatchRecord a, MatchRecord b) {
    if (a.sourceId != null && a.sourceId.equals(b.sourceId)) {
      return null; // the same database record exported twice
    }
    if (a.part != b.part) {
      return a.part != 0 && b.part != 0
          ? VETO_DIFFERENT_PARTS.with(a.part, b.part)
          : VETO_ONE_PART.with(Math.max(a.part, b.part));
    }
    if (a.correction != b.correction) {
      return VETO_CORRECTION.with();
    }
    boolean sameDoi = a.doi != null && a.doi.equals(b.doi);
    if (a.doi != null && b.doi != null && !sameDoi) {
      return VETO_DIFFERENT_DOIS.with();
    }
    if (sameDoi) {
      return null;
    }
    boolean sameVenueId = sameVenueId(a, b);
    boolean samePages = PairComparator.pagesLevel(a, b) == 1;
    // in a citation list the kind is guessed from a free-text venue string that one paper's
    // citations word differently ("Proc. …", "in: …", a journal abbreviation), so it proves nothing
    boolean citations = a.citationList() && b.citationList() && a.listing.equals(b.listing);
    // the citation linker never links such a pair; this keeps chains of ±1-year links from
    // joining a report and its journal version two years later through the citations between
    // ... unless both give the same first page: one place of publication, one year mistyped
    // ... and each citation is dated by the year most citations of its place give (consensus, not
    // one citation's typo against a citation that gives no page)
    if (citations && a.year != 0 && b.year != 0 && Math.abs(a.citedYear() - b.citedYear()) > 1
        && !samePlace(a, b)) {
      return VETO_CITED_YEARS_APART.with();
    }
    if (citations && a.placeGiven != b.placeGiven && a.sameTitleCitedInTwoVersions(b)) {
      return VETO_CITED_IN_TWO_VERSIONS.with();
    }
    if (citations && isReportVsPublished(a, b)) {
      return VETO_REPORT_VERSION.with();
    }
    if (!citations && isConferenceVsJournal(a, b) && !(sameVenueId && samePages)) {
      return VETO_CONFERENCE_JOURNAL.with();
    }
    if (sameVenueId && Objects.equals(a.volume, b.volume) && a.volume != null
        && PairComparator.pagesLevel(a, b) == 2) {
      return VETO_PAGES_IN_VOLUME.with();
    }
    if (sameVenueId && a.issue != null && a.issue.equals(b.issue) && a.year == b.year
        && PairComparator.pagesLevel(a, b) == 2) {
      return VETO_PAGES_IN_ISSUE.with();
    }
    if (sameVenueId && a.issue != null && b.issue != null && !a.issue.equals(b.issue)
        && a.year == b.year && Objects.equals(a.volume, b.volume)) {
      return VETO_ISSUES_IN_VOLUME.with();
    }
    if (yearsApart(a, b) && (a.kind == MatchRecord.Kind.JOURNAL || b.kind == MatchRecord.Kind.JOURNAL)
        && a.kind != b.kind) {
      return VETO_EARLIER_VERSION.with();
    }
    if (a.cleanFile() && a.listing.equals(b.listing) && a.onlineFirst() == b.onlineFirst()) {
      return VETO_SAME_FILE.with();
    }
    if (a.sourceId != null && b.sourceId != null && sameDatabase(a.sourceId, b.sourceId)) {
      return VETO_SAME_DATABASE.with();
    }
    return null;
  }

  /** The same first page, and no volume that disagrees: one place of publication. */
  public static boolean samePlace(MatchRecord a, MatchRecord b) {
    return a.firstPage != null && a.firstPage.equals(b.firstPage)
        && (a.volume == null || b.volume == null || a.volume.equals(b.volume));
  }

  /**
   * One record's type says it is a report, the other names the journal or proceedings it appeared
   * in and is no report: the report and its publication are two works.
   */
  static boolean isReportVsPublished(MatchRecord a, MatchRecord b) {
    return a.kind == MatchRecord.Kind.REPORT && b.kind != MatchRecord.Kind.REPORT && !b.venue.isEmpty()
        || b.kind == MatchRecord.Kind.REPORT && a.kind != MatchRecord.Kind.REPORT && !a.venue.isEmpty();
  }

  static boolean sameVenueId(MatchRecord a, MatchRecord b) {
    for (String x : a.venueIds) {
      for (String y : b.venueIds) {
        if (x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Years differ and no early-access / online-first date explains it. */
  static boolean yearsApart(MatchRecord a, MatchRecord b) {
    return a.year != 0 && b.year != 0 && a.year != b.year && a.yearAlt != b.year && b.yearAlt != a.year;
  }

  /**
   * A title that names many papers ("Editor's Notes", "Preface", 卷首语) identifies a work only
   * together with a DOI or its pages: without them, a pair is at most a possible match.
   */
  public static Reason needsIdentifier(MatchRecord a, MatchRecord b) {
    if ((a.genericTitle() || b.genericTitle()) && !(a.doi != null && a.doi.equals(b.doi))
        && PairComparator.pagesLevel(a, b) != 1
        // two clean lists that each hold this title only once in the year: it can only be this one
        && !(a.uniqueInCleanListing() && b.uniqueInCleanListing() && !a.listing.equals(b.listing))
        && !sameAuthorsTellItApart(a, b)) {
      return VETO_GENERIC_TITLE.with();
    }
    return null;
  }

  /**
   * A recurring title ("Guest editorial") in two clean lists, by the same authors in the same
   * year, where neither list has another record of that title, year and venue by those authors:
   * the authors identify the paper as pages would.
   */
  static boolean sameAuthorsTellItApart(MatchRecord a, MatchRecord b) {
    return !a.listing.equals(b.listing)
        && a.authorsUniqueInCleanListing() && b.authorsUniqueInCleanListing()
        && PairComparator.authorsLevel(a, b) == 1
        && a.year != 0 && !yearsApart(a, b);
  }

  private static boolean isConferenceVsJournal(MatchRecord a, MatchRecord b) {
    return a.kind == MatchRecord.Kind.CONFERENCE && b.kind == MatchRecord.Kind.JOURNAL
        || a.kind == MatchRecord.Kind.JOURNAL && b.kind == MatchRecord.Kind.CONFERENCE;
  }

  /** Same database (WoS, or one EV database such as Compendex) but different accession numbers. */
  private static boolean sameDatabase(String idA, String idB) {
    int ea = idA.lastIndexOf('|');
    int eb = idB.lastIndexOf('|');
    return idA.substring(0, ea).equals(idB.substring(0, eb));
  }
}
