package org.acta.matching.dedup.blocking;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.acta.matching.dedup.MatchRecord;

/**
 * The standard key families:
 *
 * <ul>
 *   <li>DOI;
 *   <li>venue id (ISSN, eISSN, CN) + volume + first page or article number;
 *   <li>venue id + year (and early-access year) + issue + first page — the key that joins an EI
 *       record and its CNKI original, whose titles are in different languages;
 *   <li>pairs of the rarest words of the title (and of the other-language title), which survive
 *       a typo or a reworded word;
 *   <li>the exact folded title, and its first four words.
 * </ul>
 *
 * <p>Keys are 40-bit hashes packed with the record index into one {@code long} and grouped by a
 * sort. Blocks are expanded smallest first until the comparison budget is spent, so the number
 * of comparisons grows linearly with the number of records whatever the data looks like.
 */
public final class StandardBlocker implements Blocker {
  private static final int RARE_WORDS = 4;
  private static final int WINDOW = 3;
  private static final int LEADING_WORDS = 4;
  private static final int INDEX_BITS = 24;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private final int maxBlockSize;
  private final int pairsPerRecord;

  public StandardBlocker(int maxBlockSize, int pairsPerRecord) {
    this.maxBlockSize = maxBlockSize;
    this.pairsPerRecord = pairsPerRecord;
  }

  @Override
  public CandidatePairs candidates(MatchRecord[] recs) {
    if (recs.length > INDEX_MASK) {
      throw new IllegalArgumentException("at most " + INDEX_MASK + " records per run: " + recs.length);
    }
    WordFrequencies df = WordFrequencies.of(recs);
    // keys of slices of the records on all cores; the sort makes their order irrelevant
    int slices = Math.max(1, Math.min(recs.length / 4096, 8 * ForkJoinPool.getCommonPoolParallelism()));
    LongList[] keys = new LongList[slices];
    IntStream.range(0, slices).parallel().forEach(s -> {
      int from = (int) ((long) recs.length * s / slices);
      int to = (int) ((long) recs.length * (s + 1) / slices);
      LongList out = new LongList((to - from) * 12L);
      for (int i = from; i < to; i++) {
        emitKeys(recs[i], df, out);
      }
      keys[s] = out;
    });
    long[] k = LongList.concat(keys);
    Arrays.fill(keys, null);
    Arrays.parallelSort(k);
    return expand(k, recs.length, recs);
  }

  private void emitKeys(MatchRecord m, WordFrequencies df, LongList out) {
    int i = m.index;
    if (m.doi != null) {
      out.add(packKey(hash("d", m.doi), i));
    }
    String page = m.pageKey();
    for (String v : m.venueIds) {
      if (page != null && m.volume != null) {
        out.add(packKey(hash("v", v, m.volume, page), i));
      }
      if (page != null && m.issue != null) {
        for (int y : new int[] {m.year, m.yearAlt}) {
          if (y != 0) {
            out.add(packKey(hash("i", v, Integer.toString(y), m.issue, page), i));
          }
        }
      }
    }
    if (m.hasTitle()) {
      out.add(packKey(hash("c", m.titleCompact), i));
      rareWordPairs(m.titleTokens, df, i, out);
      if (!m.titleHan) {
        leadingWords(m.title, i, out);
      }
    }
    if (!m.titleAltCompact.isEmpty()) {
      out.add(packKey(hash("c", m.titleAltCompact), i));
      rareWordPairs(m.titleAltTokens, df, i, out);
    }
  }

  /**
   * The title's first words: the key that survives one database appending a long note to the
   * title ("… by George Chang, …", "…: report of a working group held at …"), which changes its
   * rarest words.
   */
  private static void leadingWords(String foldedTitle, int index, LongList out) {
    int words = 0;
    for (int c = 0; c < foldedTitle.length(); c++) {
      if (foldedTitle.charAt(c) == ' ' && ++words == LEADING_WORDS) {
        out.add(packKey(hash("l", foldedTitle.substring(0, c)), index));
        return;
      }
    }
  }

  private static void rareWordPairs(int[] tokens, WordFrequencies df, int index, LongList out) {
    int[] rare = df.rarestShared(tokens, RARE_WORDS);
    if (rare.length == 1) {
      out.add(packKey(mix(0x7431L, rare[0], 0), index));
    }
    for (int a = 0; a < rare.length; a++) {
      for (int b = a + 1; b < rare.length; b++) {
        int x = Math.min(rare[a], rare[b]);
        int y = Math.max(rare[a], rare[b]);
        out.add(packKey(mix(0x7432L, x, y), index));
      }
    }
  }

  private CandidatePairs expand(long[] k, int n, MatchRecord[] recs) {
    long budget = Math.max(10_000L, (long) pairsPerRecord * n);
    // runs of equal key = blocks; remember (start, length) of the usable ones
    LongList bigStarts = new LongList(16);
    int[] starts = new int[16];
    int[] lengths = new int[16];
    int blocks = 0;
    long skipped = 0;
    for (int s = 0; s < k.length; ) {
      long key = k[s] >>> INDEX_BITS;
      int e = s + 1;
      while (e < k.length && (k[e] >>> INDEX_BITS) == key) {
        e++;
      }
      int len = e - s;
      if (len >= 2) {
        if (len > maxBlockSize) {
          bigStarts.add(((long) s << 32) | len);
          skipped++;
        } else {
          if (blocks == starts.length) {
            starts = Arrays.copyOf(starts, blocks * 2);
            lengths = Arrays.copyOf(lengths, blocks * 2);
          }
          starts[blocks] = s;
          lengths[blocks] = len;
          blocks++;
        }
      }
      s = e;
    }
    // smallest blocks first: they are the most specific evidence
    int[] byLen = countingOrder(lengths, blocks);
    LongList pairs = new LongList(Math.min(budget, (long) n * 8));
    long spent = 0;
    int used = 0;
    for (int b : byLen) {
      int len = lengths[b];
      long cost = (long) len * (len - 1) / 2;
      if (spent + cost > budget) {
        skipped += blocks - used;
        break;
      }
      spent += cost;
      used++;
      int s = starts[b];
      for (int x = s; x < s + len; x++) {
        int ix = (int) (k[x] & INDEX_MASK);
        for (int y = x + 1; y < s + len; y++) {
          int iy = (int) (k[y] & INDEX_MASK);
          if (ix != iy) {
            pairs.add(CandidatePairs.pack(ix, iy));
          }
        }
      }
    }
    // big blocks are not dropped: each record meets its nearest neighbours in title order, which
    // is enough to chain a large group of equal titles while costing linear, not quadratic, time
    long[] big = bigStarts.toArray();
    for (long bs : big) {
      int s = (int) (bs >>> 32);
      int len = (int) bs;
      long cost = (long) len * WINDOW;
      if (spent + cost > budget) {
        break;
      }
      spent += cost;
      skipped--;
      Integer[] members = new Integer[len];
      for (int x = 0; x < len; x++) {
        members[x] = (int) (k[s + x] & INDEX_MASK);
      }
      java.util.Arrays.sort(members, (x, y) -> {
        int c = recs[x].titleCompact.compareTo(recs[y].titleCompact);
        return c != 0 ? c : Integer.compare(x, y);
      });
      for (int x = 0; x < len; x++) {
        for (int y = x + 1; y <= x + WINDOW && y < len; y++) {
          if (!members[x].equals(members[y])) {
            pairs.add(CandidatePairs.pack(members[x], members[y]));
          }
        }
      }
    }
    long[] p = pairs.toArray();
    Arrays.parallelSort(p);
    int m = 0;
    for (int x = 0; x < p.length; x++) {
      if (x == 0 || p[x] != p[x - 1]) {
        p[m++] = p[x];
      }
    }
    return new CandidatePairs(p, m, new BlockingStats(k.length, blocks, skipped, m, budget));
  }

  private int[] countingOrder(int[] lengths, int blocks) {
    int[] count = new int[maxBlockSize + 2];
    for (int b = 0; b < blocks; b++) {
      count[lengths[b]]++;
    }
    int[] startAt = new int[count.length];
    for (int l = 1; l < count.length; l++) {
      startAt[l] = startAt[l - 1] + count[l - 1];
    }
    int[] order = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      order[startAt[lengths[b]]++] = b;
    }
    return order;
  }

  private static long packKey(long hash, int index) {
    return (hash >>> INDEX_BITS) << INDEX_BITS | index;
  }

  static long hash(String... parts) {
    long h = 0xcbf29ce484222325L;
    for (String p : parts) {
      for (int i = 0; i < p.length(); i++) {
        h ^= p.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= 0x1f;
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  private static long mix(long family, int a, int b) {
    long h = family * 0x9E3779B97F4A7C15L;
    h ^= (a & 0xffffffffL) * 0xC2B2AE3D27D4EB4FL;
    h = Long.rotateLeft(h, 31) ^ ((b & 0xffffffffL) * 0x165667B19E3779F9L);
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
