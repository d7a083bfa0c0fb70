package org.acta.matching.dedup.blocking;

import java.util.Arrays;
import org.acta.matching.dedup.MatchRecord;

/** In how many titles each word (hash) occurs, from one sort of all title words. */
final class WordFrequencies {
  private final int[] words;
  private final int[] counts;

  private WordFrequencies(int[] words, int[] counts) {
    this.words = words;
    this.counts = counts;
  }

  static WordFrequencies of(MatchRecord[] recs) {
    long total = 0;
    for (MatchRecord m : recs) {
      total += m.titleTokens.length + m.titleAltTokens.length;
    }
    int[] all = new int[(int) total];
    int p = 0;
    for (MatchRecord m : recs) {
      System.arraycopy(m.titleTokens, 0, all, p, m.titleTokens.length);
      p += m.titleTokens.length;
      System.arraycopy(m.titleAltTokens, 0, all, p, m.titleAltTokens.length);
      p += m.titleAltTokens.length;
    }
    Arrays.parallelSort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        distinct++;
      }
    }
    int[] words = new int[distinct];
    int[] counts = new int[distinct];
    int d = -1;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        words[++d] = all[i];
      }
      counts[d]++;
    }
    return new WordFrequencies(words, counts);
  }

  int count(int word) {
    int i = Arrays.binarySearch(words, word);
    return i < 0 ? 0 : counts[i];
  }

  /** Up to {@code k} words of the title that occur in at least one other title, rarest first. */
  int[] rarestShared(int[] tokens, int k) {
    long[] scored = new long[tokens.length];
    int n = 0;
    for (int t : tokens) {
      int c = count(t);
      if (c >= 2) {
        scored[n++] = ((long) c << 32) | (t & 0xffffffffL);
      }
    }
    Arrays.sort(scored, 0, n);
    int m = Math.min(k, n);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = (int) scored[i];
    }
    return out;
  }
}
