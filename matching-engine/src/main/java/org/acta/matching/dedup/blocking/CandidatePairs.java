package org.acta.matching.dedup.blocking;

/**
 * Candidate pairs as packed longs ({@code i << 32 | j}, {@code i < j}), sorted and distinct:
 * no object per pair, because a million records give tens of millions of candidates.
 */
public final class CandidatePairs {
  private final long[] pairs;
  private final int size;
  private final BlockingStats stats;

  public CandidatePairs(long[] pairs, int size, BlockingStats stats) {
    this.pairs = pairs;
    this.size = size;
    this.stats = stats;
  }

  public int size() {
    return size;
  }

  public int first(int k) {
    return (int) (pairs[k] >>> 32);
  }

  public int second(int k) {
    return (int) pairs[k];
  }

  public long packed(int k) {
    return pairs[k];
  }

  public BlockingStats stats() {
    return stats;
  }

  public static long pack(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }

  /** Whether a pair is a candidate (binary search). */
  public boolean contains(int i, int j) {
    return java.util.Arrays.binarySearch(pairs, 0, size, pack(i, j)) >= 0;
  }
}
