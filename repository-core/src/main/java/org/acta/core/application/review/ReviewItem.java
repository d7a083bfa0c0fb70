package org.acta.core.application.review;

import java.util.List;

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
 * @param evidence the reasons behind the score, in words
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
    ProposedPerson person,
    List<ReviewSource> sources) {}
