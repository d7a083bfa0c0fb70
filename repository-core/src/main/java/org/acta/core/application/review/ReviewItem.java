package org.acta.core.application.review;

import java.util.List;

/**
 * One question the pipeline left for people: is this author that person (attribution), or are
 * these two works one publication (duplicate).
 *
 * @param key the item key: {@code authorship:<work key>#<rank>} as decision events name it, or
 *     {@code duplicate:<work key>~<other work key>}
 * @param version the item's optimistic-lock version: a decision must name it (of a duplicate:
 *     the version of {@code work:<work key>}, where its merge or keep-apart is recorded)
 * @param kind attribution or duplicate
 * @param workKey the work (the one table's {@code work_id}); of a duplicate, the first work
 * @param authorRank the author position in question; 0 for a duplicate
 * @param authorName the author as the sources print them; null for a duplicate
 * @param title the work's title (of its first source)
 * @param year the work's publication year, or null
 * @param score the machine's score, 0..1
 * @param evidence the reasons behind the score, in words
 * @param person the proposed person, or null when the suggestion names nobody known
 * @param sources every source record of the work
 * @param otherWorkKey of a duplicate, the other work; null for an attribution
 * @param otherSources of a duplicate, every source record of the other work; empty otherwise
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
    ProposedPerson person,
    List<ReviewSource> sources,
    String otherWorkKey,
    List<ReviewSource> otherSources) {

  /** An attribution item. */
  public ReviewItem(String key, long version, ReviewKind kind, String workKey, int authorRank,
      String authorName, String title, Integer year, double score, List<String> evidence,
      ProposedPerson person, List<ReviewSource> sources) {
    this(key, version, kind, workKey, authorRank, authorName, title, year, score, evidence,
        person, sources, null, List.of());
  }
}
