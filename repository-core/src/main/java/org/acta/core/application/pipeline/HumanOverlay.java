package org.acta.core.application.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.core.application.decision.AuthorshipOverride;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.pipeline.PipelineResult;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.pipeline.TableRowAssembler;
import org.acta.matching.work.Work;

/**
 * Lays people's decisions over a machine run (ARCHITECTURE.md principle 3, humans win): a
 * position a person attributed, confirmed or disputed keeps the person's answer whatever the run
 * says; a machine suggestion that disagrees is not applied but goes to review instead; a position
 * staff declared nobody of the university has no row.
 *
 * <p>A person who rejected a work (whatever the reason code) is not proposed for it again: the
 * machine's rows and suggestions of that person for that work, at any position, are left out
 * (the disputed row itself stays, for staff to resolve). A pattern the person disputed on
 * several works ({@link RejectionPatterns}) is no longer applied by the machine alone: its other
 * rows go to review.
 */
final class HumanOverlay {
  /** Status values of rows people decided (output-table.md). */
  static final Set<String> HUMAN_STATUSES = Set.of("verified", "confirmed", "disputed");

  private final List<TableRow> rows = new ArrayList<>();
  /** {@code workKey#rank} of machine suggestions that disagree with a person: to review. */
  private final Set<String> conflicts = new HashSet<>();
  /** {@code workKey#rank} of positions people decided: not in the review queue. */
  private final Set<String> decided = new HashSet<>();
  /** {@code workKey NUL personCode} of people who rejected the work. */
  private final Set<String> rejected = new HashSet<>();
  private int orphaned;

  private HumanOverlay() {}

  static HumanOverlay apply(PipelineResult result,
      Map<String, Map<Integer, AuthorshipOverride>> overrides, UniversityDictionary dictionary) {
    HumanOverlay o = new HumanOverlay();
    Map<String, Work> works = new HashMap<>();
    result.dedup().works().forEach(w -> works.put(w.id(), w));
    Set<String> present = new HashSet<>();
    for (Map<Integer, AuthorshipOverride> byRank : overrides.values()) {
      for (AuthorshipOverride h : byRank.values()) {
        if ("disputed".equals(h.status()) && h.personCode() != null) {
          o.rejected.add(h.workKey() + "\u0000" + h.personCode());
        }
      }
    }
    RejectionPatterns patterns = RejectionPatterns.of(overrides.values(), works);
    for (TableRow row : result.table()) {
      AuthorshipOverride h = overrides.getOrDefault(row.workId(), Map.of()).get(row.authorRank());
      if (h == null && o.rejected(row.workId(), row.personId())) {
        continue; // the person said this work is not theirs: not proposed again at another rank
      }
      if (h == null && patterns.untrusted(row.personId(),
          RejectionPatterns.authorName(works.get(row.workId()), row.authorRank()))) {
        o.conflicts.add(row.workId() + "#" + row.authorRank()); // to review, not to the table
        continue;
      }
      if (h == null) {
        o.rows.add(row);
        present.add(row.workId() + "\u0000" + row.personId());
        continue;
      }
      String key = row.workId() + "#" + row.authorRank();
      o.decided.add(key);
      if (h.unattributed() || (h.personCode() != null && !h.personCode().equals(row.personId()))) {
        o.conflicts.add(key);
        continue;
      }
      o.rows.add(human(row, h.status(), h.corresponding()));
      present.add(row.workId() + "\u0000" + row.personId());
    }
    TableRowAssembler assembler = new TableRowAssembler(0);
    for (Map<Integer, AuthorshipOverride> byRank : overrides.values()) {
      for (AuthorshipOverride h : byRank.values()) {
        o.decided.add(h.workKey() + "#" + h.authorRank());
        if (h.personCode() == null || h.unattributed()
            || present.contains(h.workKey() + "\u0000" + h.personCode())) {
          continue;
        }
        Work work = works.get(h.workKey());
        Person person = dictionary == null ? null : dictionary.person(h.personCode());
        if (work == null || person == null) {
          o.orphaned++; // the work changed identity or the person is unknown: kept in the log
          continue;
        }
        AuthorshipDecision d = new AuthorshipDecision(work.id(), h.authorRank(),
            RejectionPatterns.authorName(work, h.authorRank()), person.id(), person.displayName(),
            person.kind(), person.unitId(), 1.0, Outcome.AUTO, List.of("decided by a person"),
            h.authorRank() == 1, Boolean.TRUE.equals(h.corresponding()), false);
        // the indexing of the work, when the run had lists, as for the machine's rows
        o.rows.add(human(assembler.row(work, d, result.indexing().get(work.id())), h.status(),
            h.corresponding()));
        present.add(h.workKey() + "\u0000" + h.personCode());
      }
    }
    return o;
  }

  private static TableRow human(TableRow r, String status, Boolean corresponding) {
    String s = status == null ? r.status() : status;
    double confidence = status == null ? r.confidence() : 1.0;
    boolean c = corresponding == null ? r.corresponding() : corresponding;
    return new TableRow(r.rowId(), r.workId(), r.personId(), r.personName(), r.personKind(),
        r.unitId(), r.authorRank(), r.firstAuthor(), c, r.firstAffiliationIsInstitution(),
        r.title(), r.titleAlt(), r.sourceTitle(), r.issn(), r.eissn(), r.year(), r.volume(),
        r.issue(), r.pages(), r.doi(), r.documentType(), r.language(), r.indexedIn(), r.wosUt(),
        r.eiAccession(), r.cnkiId(), r.jcrQuartile(), r.impactFactor(), r.esiField(),
        r.esiHighlyCited(), r.esiHot(), s, confidence, r.version(), r.deleted());
  }

  List<TableRow> rows() {
    return rows;
  }

  /** True when a machine suggestion for this position disagrees with a person's decision. */
  boolean conflicts(String workKey, int rank) {
    return conflicts.contains(workKey + "#" + rank);
  }

  /** True when the person rejected the work: the machine must not propose them for it. */
  boolean rejected(String workKey, String personCode) {
    return personCode != null && rejected.contains(workKey + "\u0000" + personCode);
  }

  /** True when a person decided this position. */
  boolean decided(String workKey, int rank) {
    return decided.contains(workKey + "#" + rank);
  }

  /**
   * What the machine's decision becomes in the stored suggestions once people's decisions are
   * laid over it: {@code auto}, {@code review}, {@code rejected} (kept at the position a person
   * disputed, for staff to see), or null when it is not kept at all. The pipeline stores this,
   * and a dictionary preview compares it.
   */
  String storedOutcome(AuthorshipDecision d) {
    if (d.outcome() == Outcome.REJECT) {
      return null;
    }
    // A machine answer that disagrees with a person's goes to review, never to the table;
    // a position a person decided is not asked again.
    Outcome outcome = conflicts(d.workId(), d.authorRank()) ? Outcome.REVIEW : d.outcome();
    // A person who rejected the work is never proposed for it again; the machine's answer
    // is kept as 'rejected' only at the position the person disputed, for staff to see.
    boolean rejected = rejected(d.workId(), d.personId());
    if (rejected && !decided(d.workId(), d.authorRank())) {
      return null;
    }
    if (!rejected && outcome == Outcome.REVIEW && decided(d.workId(), d.authorRank())
        && !conflicts(d.workId(), d.authorRank())) {
      return null;
    }
    return rejected ? "rejected" : outcome == Outcome.AUTO ? "auto" : "review";
  }

  /** Decisions about works that no longer exist under their key (or unknown people). */
  int orphaned() {
    return orphaned;
  }
}
