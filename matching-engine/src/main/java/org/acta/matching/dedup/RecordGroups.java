package org.acta.matching.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Dense ids of the values the collection-wide facts group records by (listing, compact title,
 * folded venue name) and of their combinations, so that counting "records of this listing with
 * this title and year" is an array lookup. The string keys this replaces ({@code listing + title
 * + year} per record, three times) were the largest sequential cost of normalising a million
 * records, and their garbage the largest transient memory.
 *
 * <p>Ids are assigned from the data alone (no hash of a value stands for it), so records share an
 * id exactly when their values are equal; -1 marks a record without a title.
 */
final class RecordGroups {
  /** Listing id of each record. */
  final int[] listing;
  /** Compact-title id of each record, or -1 without a title. */
  final int[] title;
  /** Number of distinct titles. */
  final int titles;
  /** Folded-venue-name id of each record ("" has one too). */
  final int[] venue;

  private RecordGroups(int[] listing, int[] title, int titles, int[] venue) {
    this.listing = listing;
    this.title = title;
    this.titles = titles;
    this.venue = venue;
  }

  static RecordGroups of(MatchRecord[] recs) {
    int n = recs.length;
    int[] listing = new int[n];
    int[] title = new int[n];
    int[] venue = new int[n];
    Map<String, Integer> listings = new HashMap<>();
    Map<String, Integer> titles = new HashMap<>(Math.max(16, n * 2));
    Map<String, Integer> venues = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MatchRecord m = recs[i];
      listing[i] = listings.computeIfAbsent(m.listing, k -> listings.size());
      title[i] = m.hasTitle() ? titles.computeIfAbsent(m.titleCompact, k -> titles.size()) : -1;
      venue[i] = venues.computeIfAbsent(m.venue, k -> venues.size());
    }
    return new RecordGroups(listing, title, titles.size(), venue);
  }

  /** Number of distinct listings. */
  int listings() {
    int max = -1;
    for (int l : listing) {
      max = Math.max(max, l);
    }
    return max + 1;
  }

  /**
   * Dense ids of the pairs {@code (group[i], value[i])} over the records with {@code group[i] >=
   * 0}; -1 for the others. Equal pairs get equal ids; from one sort of the packed pairs.
   */
  static int[] pairIds(int[] group, int[] value) {
    int n = group.length;
    long[] keys = new long[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (group[i] >= 0) {
        keys[k++] = pack(group[i], value[i]);
      }
    }
    long[] distinct = Arrays.copyOf(keys, k);
    Arrays.parallelSort(distinct);
    int d = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[d - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    int distinctCount = d;
    int[] ids = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> ids[i] = group[i] < 0 ? -1
        : Arrays.binarySearch(distinct, 0, distinctCount, pack(group[i], value[i])));
    return ids;
  }

  private static long pack(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** Number of distinct ids in an id array (ids are dense from 0). */
  static int count(int[] ids) {
    int max = -1;
    for (int id : ids) {
      max = Math.max(max, id);
    }
    return max + 1;
  }
}
