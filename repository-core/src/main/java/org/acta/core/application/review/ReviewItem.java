package org.acta.core.application.review;

import java.util.List;
import org.acta.core.application.evidence.EvidenceItem;
import org.acta.matching.explain.Reason;

/**
 * One question the pipeline left for people.
 *
 * @param key the item key, as decision events name it ({@code authorship:<work key>#<rank>})
 * @param version the item's optimistic-lock version: a decision must name it
 * @param kind attribution (or duplicate)
 * @param workKey the work (the one table's {@code work_id})
 * @param authorRank the author position in question
 * @param authorName the author as the sources print them
 * @param title the work's title (of its first source)
 * @param year the work's publication year, or null
 * @param score the machine's score, 0..1
 * @param evidence the reasons behind the score, in words of the language the queue was read in
 * @param evidenceItems the same reasons with their codes and arguments
 * @param person the proposed person, or null when the suggestion names nobody known
 * @param sources every source record of the work
 */
public record ReviewItem(
    String key,
    long version,
    ReviewKind kind,
    String workKey,
    int authorRank,
    String authorName,
    String title,
    Integer year,
    double score,
    List<String> evidence,
    List<EvidenceItem> evidenceItems,
    ProposedPerson person,
    List<ReviewSource> sources) {

  public ReviewItem {
    evidence = List.copyOf(evidence);
    evidenceItems = List.copyOf(evidenceItems);
  }

  /** An item whose evidence is words only: each shown as it is, code {@code text}. */
  public ReviewItem(String key, long version, ReviewKind kind, String workKey, int authorRank,
      String authorName, String title, Integer year, double score, List<String> evidence,
      ProposedPerson person, List<ReviewSource> sources) {
    this(key, version, kind, workKey, authorRank, authorName, title, year, score, evidence,
        EvidenceItem.of(evidence.stream().map(Reason::text).toList(), java.util.Locale.ROOT),
        person, sources);
  }
}
