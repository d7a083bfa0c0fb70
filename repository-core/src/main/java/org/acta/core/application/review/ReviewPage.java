package org.acta.core.application.review;

import java.util.List;

/**
 * One page of the review queue, highest score first.
 *
 * @param items the items
 * @param nextCursor where the next page starts; null on the last page
 * @param total how many items match the filter, all pages together
 */
public record ReviewPage(List<ReviewItem> items, String nextCursor, long total) {}
