package org.acta.core.application.dashboard;

import java.util.HashMap;
import java.util.Map;

/**
 * Works and rows per group, fed one work at a time: the rows of the current work are counted
 * per group first, and when the work ends each of its groups gains one work and those rows. That
 * is what makes "distinct works per group" cost one small map per work instead of a set of every
 * work id per group.
 */
final class GroupTally<K> {
  private final Map<K, long[]> totals = new HashMap<>();
  private final Map<K, Integer> current = new HashMap<>();

  /** One row of the current work falls into {@code key}. */
  void row(K key) {
    current.merge(key, 1, Integer::sum);
  }

  /** The current work is complete. */
  void endWork() {
    for (Map.Entry<K, Integer> e : current.entrySet()) {
      long[] counts = totals.computeIfAbsent(e.getKey(), k -> new long[2]);
      counts[0]++;
      counts[1] += e.getValue();
    }
    current.clear();
  }

  /** Per group: {works, rows}. */
  Map<K, long[]> totals() {
    return totals;
  }
}
