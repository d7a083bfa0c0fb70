package org.acta.harvest.parse.wos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.SourceRecord;

/**
 * Builds the author list of a WoS record and binds to it what WoS says about the authors:
 * {@code C1} bracketed name groups → affiliation indexes (formats.md §2.6), {@code RP} groups →
 * {@link Correspondence} entries and {@link Author#corresponding()} (§2.7), {@code OI}/{@code RI}
 * → ORCID and ResearcherID. A name that cannot be bound is reported as a warning, never guessed.
 */
final class WosAuthorBinder {
  private WosAuthorBinder() {}

  private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dXx]");

  /** Receives non-fatal findings about the record being mapped. */
  @FunctionalInterface
  interface Warnings {
    void warn(String field, String reason);
  }

  /** Mutable per-position state while binding. */
  private static final class Slot {
    final String shortName;
    final String fullName;
    final List<Integer> affiliations = new ArrayList<>();
    String orcid;
    String researcherId;
    boolean corresponding;

    // Comparison keys, computed once: mega-author papers have thousands of names.
    final String fullKey;
    final String shortKey;
    final String shortExactKey;

    Slot(String shortName, String fullName) {
      this.shortName = shortName;
      this.fullName = fullName;
      this.fullKey = fullName == null ? null : WosNames.foldedKey(fullName);
      this.shortKey = shortName == null ? null : WosNames.foldedKey(shortName);
      this.shortExactKey = shortName == null ? null : WosNames.exactKey(shortName);
    }

    // Surname + initials, only computed when a name needs the initials fallback.
    private String[] fullParts;
    private String[] shortParts;

    String[] fullParts() {
      if (fullParts == null && fullName != null) {
        fullParts = WosNames.parts(fullName);
      }
      return fullParts;
    }

    String[] shortParts() {
      if (shortParts == null && shortName != null) {
        shortParts = WosNames.parts(shortName);
      }
      return shortParts;
    }

    String main() {
      return fullName != null ? fullName : shortName;
    }
  }

  /** The slots with lookup tables by key. */
  private static final class Slots {
    final List<Slot> list;
    final Map<String, List<Integer>> byFull = new HashMap<>();
    final Map<String, List<Integer>> byShort = new HashMap<>();
    final Map<String, List<Integer>> byShortExact = new HashMap<>();

    Slots(List<Slot> list) {
      this.list = list;
      for (int i = 0; i < list.size(); i++) {
        Slot s = list.get(i);
        index(byFull, s.fullKey, i);
        index(byShort, s.shortKey, i);
        index(byShortExact, s.shortExactKey, i);
      }
    }

    private static void index(Map<String, List<Integer>> map, String key, int i) {
      if (key != null) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(i);
      }
    }

    Slot get(int i) {
      return list.get(i);
    }

    int size() {
      return list.size();
    }
  }

  static void bind(WosFields f, SourceRecord.Builder b, Warnings w) {
    Slots slots = new Slots(slots(f, w));
    List<String> affiliations = new ArrayList<>();
    boolean linked = bindAddresses(f.items("C1"), slots, affiliations, w);
    List<Correspondence> correspondence = bindReprints(f.text("RP"), slots, affiliations, w);
    bindIds(f.text("OI"), "OI", slots, w, (s, id) -> {
      java.util.regex.Matcher m = ORCID.matcher(id);
      if (m.find()) {
        s.orcid = m.group().toUpperCase(java.util.Locale.ROOT);
      }
    });
    bindIds(f.text("RI"), "RI", slots, w, (s, id) -> s.researcherId = id);

    List<Author> authors = new ArrayList<>(slots.size());
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      authors.add(new Author(i + 1, s.main(), s.shortName, s.fullName, null, s.affiliations,
          List.of(), s.orcid, s.researcherId, s.corresponding));
    }
    b.authors(authors).affiliations(affiliations).affiliationsLinked(linked)
        .correspondence(correspondence);
  }

  private static List<Slot> slots(WosFields f, Warnings w) {
    List<String> au = f.items("AU");
    List<String> af = f.items("AF");
    if (au.isEmpty() && af.isEmpty()) {
      au = f.items("BA");
      af = f.items("BF");
    }
    List<Slot> slots = new ArrayList<>();
    if (au.isEmpty() && af.isEmpty()) {
      List<String> groups = f.items("CA").isEmpty() ? f.items("GP") : f.items("CA");
      for (String g : groups) {
        slots.add(new Slot(null, g));
      }
      return slots;
    }
    if (!au.isEmpty() && !af.isEmpty() && au.size() != af.size()) {
      w.warn("AF", "AU lists " + au.size() + " names but AF " + af.size()
          + "; names paired by position");
    }
    int n = Math.max(au.size(), af.size());
    for (int i = 0; i < n; i++) {
      slots.add(new Slot(i < au.size() ? au.get(i) : null, i < af.size() ? af.get(i) : null));
    }
    return slots;
  }

  private static boolean bindAddresses(List<String> items, Slots slots,
      List<String> affiliations, Warnings w) {
    boolean linked = false;
    for (String item : items) {
      String names = null;
      String address = item;
      if (item.startsWith("[")) {
        int close = item.indexOf(']');
        if (close > 0) {
          names = item.substring(1, close);
          address = item.substring(close + 1);
        }
      }
      address = WosReprintParser.trimPeriod(address);
      if (address == null) {
        continue;
      }
      int index = affiliations.size();
      affiliations.add(address);
      if (names != null) {
        linked = true;
        List<String> bracket = new ArrayList<>();
        for (String raw : names.split(";")) {
          if (!raw.isBlank()) {
            bracket.add(raw.strip());
          }
        }
        Map<String, Integer> times = new HashMap<>();
        for (String name : bracket) {
          times.merge(WosNames.foldedKey(name), 1, Integer::sum);
        }
        for (String name : bracket) {
          List<Integer> hits = resolveFullFirst(name, slots);
          // Two namesakes in one paper, both named in the bracket: both get the address.
          int k = times.get(WosNames.foldedKey(name));
          if (hits.size() == 1 || (hits.size() > 1 && hits.size() == k)) {
            for (int hit : hits) {
              List<Integer> affs = slots.get(hit).affiliations;
              if (!affs.contains(index)) {
                affs.add(index);
              }
            }
          } else {
            w.warn("C1", (hits.isEmpty() ? "no author matches " : "several authors match ")
                + "'" + name + "' of address " + (index + 1) + "; left unlinked");
          }
        }
      } else if (slots.size() == 1) {
        // Unbracketed (old) address of a single-author paper: it can only be that author's.
        slots.get(0).affiliations.add(index);
      }
    }
    return linked;
  }

  private static List<Correspondence> bindReprints(String rp, Slots slots,
      List<String> affiliations, Warnings w) {
    List<Correspondence> out = new ArrayList<>();
    for (WosReprintParser.Group g : WosReprintParser.parse(rp)) {
      List<Integer> positions = new ArrayList<>();
      for (String name : g.names()) {
        List<Integer> hits = resolveShortFirst(name, slots);
        if (hits.size() > 1 && g.address() != null) {
          hits = byAddress(hits, g.address(), slots, affiliations);
        }
        if (hits.size() == 1) {
          int i = hits.get(0);
          slots.get(i).corresponding = true;
          if (!positions.contains(i + 1)) {
            positions.add(i + 1);
          }
        } else {
          w.warn("RP", (hits.isEmpty() ? "no author matches " : "several authors match ")
              + "corresponding author '" + name + "'");
        }
      }
      out.add(new Correspondence(g.names(), positions, g.address(), List.of()));
    }
    return out;
  }

  private static List<Integer> byAddress(List<Integer> hits, String address, Slots slots,
      List<String> affiliations) {
    String key = WosNames.foldedKey(address);
    List<Integer> out = new ArrayList<>();
    for (int i : hits) {
      for (int a : slots.get(i).affiliations) {
        if (WosNames.foldedKey(affiliations.get(a)).equals(key)) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  private interface IdSetter {
    void set(Slot slot, String id);
  }

  /** {@code OI}/{@code RI}: {@code Name/ID; Name/ID}, possibly with empty entries. */
  private static void bindIds(String value, String tag, Slots slots, Warnings w,
      IdSetter setter) {
    if (value == null) {
      return;
    }
    for (String entry : value.split(";")) {
      String e = entry.strip();
      int slash = e.lastIndexOf('/');
      if (slash <= 0 || slash == e.length() - 1) {
        continue;
      }
      String name = e.substring(0, slash).strip();
      String id = e.substring(slash + 1).strip();
      List<Integer> hits = resolveFullFirst(name, slots);
      if (hits.size() == 1) {
        setter.set(slots.get(hits.get(0)), id);
      } else if (!hits.isEmpty()) {
        // (No match at all is normal, profile names differ from bylines, and is not reported.)
        w.warn(tag, "several authors match '" + name + "' (" + id + "); not assigned");
      }
    }
  }

  /** AF-form names (C1 brackets, OI, RI): full name, then short name, then initials. */
  private static List<Integer> resolveFullFirst(String name, Slots slots) {
    String key = WosNames.foldedKey(name);
    List<Integer> hits = slots.byFull.getOrDefault(key, List.of());
    if (hits.isEmpty()) {
      hits = slots.byShort.getOrDefault(key, List.of());
    }
    if (hits.isEmpty()) {
      hits = compatible(name, slots);
    }
    if (hits.isEmpty()) {
      List<Integer> loose = new ArrayList<>(1);
      for (int i = 0; i < slots.size(); i++) {
        String full = slots.get(i).fullName;
        if (full != null && WosNames.sameGivenCompoundSurname(name, full)) {
          loose.add(i);
        }
      }
      hits = loose;
    }
    return hits;
  }

  /** AU-form names (RP): short name exactly, then folded, then full name, then initials. */
  private static List<Integer> resolveShortFirst(String name, Slots slots) {
    List<Integer> hits = slots.byShortExact.getOrDefault(WosNames.exactKey(name), List.of());
    String folded = WosNames.foldedKey(name);
    if (hits.isEmpty()) {
      hits = slots.byShort.getOrDefault(folded, List.of());
    }
    if (hits.isEmpty()) {
      hits = slots.byFull.getOrDefault(folded, List.of());
    }
    if (hits.isEmpty()) {
      hits = compatible(name, slots);
    }
    return hits;
  }

  private static List<Integer> compatible(String name, Slots slots) {
    String[] parts = WosNames.parts(name);
    List<Integer> hits = new ArrayList<>(1);
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if ((s.fullName != null && WosNames.compatible(parts, s.fullParts()))
          || (s.shortName != null && WosNames.compatible(parts, s.shortParts()))) {
        hits.add(i);
      }
    }
    return hits;
  }

}
