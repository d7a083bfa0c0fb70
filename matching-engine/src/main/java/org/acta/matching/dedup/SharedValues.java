package org.acta.matching.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;

/**
 * The dictionaries of one {@link MatchRecordFactory#build} run: equal normalised values (a
 * journal's folded name and its word hashes, volume and page numbers, ISSNs, the listing, an
 * author's name keys) are computed once and shared by every record that has them, instead of
 * one copy per record. A million records name a few thousand journals, volumes and pages, so
 * sharing takes a third off the per-record match data and skips most of the folding work.
 *
 * <p>Per run, not global ({@link String#intern()} would keep every value for the life of the
 * server); dropped when the build ends, so only the shared values stay. Thread-safe: the
 * records are normalised in parallel.
 */
final class SharedValues {
  /** A journal or proceedings name as the comparison reads it, derived once per distinct name. */
  record Venue(String folded, int[] tokens, String[] words) {}

  private static final int[] NO_INTS = new int[0];
  private static final String[] NO_STRINGS = new String[0];

  private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<IntArray, int[]> intArrays = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<String>, String[]> stringArrays = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Venue> venues = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> folded = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String[]> nameKeys = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ListingKey, String> listings = new ConcurrentHashMap<>();

  /** The shared instance of a string equal to {@code s} (null stays null). */
  String string(String s) {
    if (s == null) {
      return null;
    }
    String had = strings.putIfAbsent(s, s);
    return had == null ? s : had;
  }

  /** The shared instance of an int array with these contents (never modified after this). */
  int[] ints(int[] a) {
    if (a.length == 0) {
      return NO_INTS;
    }
    int[] had = intArrays.putIfAbsent(new IntArray(a), a);
    return had == null ? a : had;
  }

  /** The shared instance of a string array with these contents, its strings shared as well. */
  String[] strings(List<String> values) {
    if (values.isEmpty()) {
      return NO_STRINGS;
    }
    return stringArrays.computeIfAbsent(values,
        v -> v.stream().map(this::string).toArray(String[]::new));
  }

  /** The venue keys of a raw venue name, computed the first time the name is seen. */
  Venue venue(String raw, Function<String, Venue> derive) {
    if (raw == null) {
      return derive.apply(null);
    }
    return venues.computeIfAbsent(raw, derive);
  }

  /** A folded free-text value (an abbreviated journal name) computed once per distinct text. */
  String folded(String raw, Function<String, String> fold) {
    if (raw == null) {
      return fold.apply(null);
    }
    return folded.computeIfAbsent(raw, r -> string(fold.apply(r)));
  }

  /**
   * The name keys of one printed name form, computed once per distinct form: one person's name
   * recurs on every paper of theirs, and reading it (romanising a Chinese name) is the costly
   * part of normalising authors.
   */
  String[] nameKeys(String form, Function<String, String[]> keys) {
    return nameKeys.computeIfAbsent(form, keys);
  }

  /** {@code file|source|database}: the listing a record came in, one instance per listing. */
  String listing(SourceRecord r) {
    return listings.computeIfAbsent(new ListingKey(r.origin().fileName(), r.source(), r.database()),
        k -> k.fileName() + "|" + k.source() + "|"
            + (k.database() == null ? "" : k.database().trim().toLowerCase(Locale.ROOT)));
  }

  private record ListingKey(String fileName, SourceDatabase source, String database) {}

  /** Content equality for int arrays, as a map key. */
  private static final class IntArray {
    private final int[] a;
    private final int hash;

    IntArray(int[] a) {
      this.a = a;
      this.hash = Arrays.hashCode(a);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IntArray other && Arrays.equals(a, other.a);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
