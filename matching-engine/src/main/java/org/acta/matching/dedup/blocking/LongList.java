package org.acta.matching.dedup.blocking;

import java.util.Arrays;

/** A growable array of primitive longs (no boxing for tens of millions of keys). */
final class LongList {
  private long[] a;
  private int n;

  LongList(long capacity) {
    a = new long[(int) Math.max(16, Math.min(capacity, Integer.MAX_VALUE - 16))];
  }

  void add(long v) {
    if (n == a.length) {
      a = Arrays.copyOf(a, (int) Math.min((long) a.length * 3 / 2 + 16, Integer.MAX_VALUE - 8));
    }
    a[n++] = v;
  }

  long[] toArray() {
    return Arrays.copyOf(a, n);
  }

  /** The values of all lists, one after the other, in one array. */
  static long[] concat(LongList[] lists) {
    long total = 0;
    for (LongList l : lists) {
      total += l.n;
    }
    long[] out = new long[Math.toIntExact(total)];
    int at = 0;
    for (LongList l : lists) {
      System.arraycopy(l.a, 0, out, at, l.n);
      at += l.n;
    }
    return out;
  }
}
