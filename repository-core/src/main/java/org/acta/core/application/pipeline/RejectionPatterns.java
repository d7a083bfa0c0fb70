package org.acta.core.application.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.acta.core.application.decision.AuthorshipOverride;
import org.acta.matching.model.Author;
import org.acta.matching.normalize.TextFolder;
import org.acta.matching.work.Work;

/**
 * What repeated rejections teach the matching: when a person has disputed the same pattern (their
 * code proposed for an author written the same way, e.g. "Wang, W") on {@link #REPEATED} or more
 * works, the machine no longer applies that pattern on its own; its other suggestions of the
 * pattern go to review instead of the table. One rejection stays a fact about one work (the person
 * is not proposed for that work again, see {@link HumanOverlay}); a repeated one is evidence that
 * the name form is ambiguous for this person, typically a namesake elsewhere who publishes under
 * the same spelling. An incremental run applies this to the works it recomputes (new records,
 * new decisions); works already in the table follow at the next full run.
 */
final class RejectionPatterns {
  /** Rejections on this many distinct works make a pattern untrusted. */
  static final int REPEATED = 2;

  /** {@code personCode NUL folded author name} → the works on which the person disputed it. */
  private final Map<String, Set<String>> disputedWorks = new HashMap<>();

  private RejectionPatterns() {}

  /**
   * @param overrides people's decisions by work key, then author rank
   * @param works the run's works by key (to read the author name written at a disputed rank)
   */
  static RejectionPatterns of(Collection<Map<Integer, AuthorshipOverride>> overrides,
      Map<String, Work> works) {
    RejectionPatterns p = new RejectionPatterns();
    for (Map<Integer, AuthorshipOverride> byRank : overrides) {
      for (AuthorshipOverride h : byRank.values()) {
        if (!"disputed".equals(h.status()) || h.personCode() == null) {
          continue;
        }
        String name = authorName(works.get(h.workKey()), h.authorRank());
        if (name != null) {
          p.disputedWorks.computeIfAbsent(key(h.personCode(), name), k -> new HashSet<>())
              .add(h.workKey());
        }
      }
    }
    return p;
  }

  /** True when the machine may no longer apply this person to this author name by itself. */
  boolean untrusted(String personCode, String authorName) {
    if (personCode == null || authorName == null) {
      return false;
    }
    Set<String> works = disputedWorks.get(key(personCode, authorName));
    return works != null && works.size() >= REPEATED;
  }

  /** The name written at this rank in the first of the work's records that has one. */
  static String authorName(Work work, int rank) {
    if (work == null) {
      return null;
    }
    return work.records().stream().map(r -> r.author(rank)).filter(a -> a != null)
        .map(Author::name).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
  }

  private static String key(String personCode, String authorName) {
    // folded and compacted: "Wang, W." and "WANG W" are one spelling; "Wang, Wei" is another
    return personCode + "\u0000" + TextFolder.compact(TextFolder.fold(authorName));
  }
}
