package org.acta.matching.indexing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every list the library imported, as one immutable set: journal list editions, JCR years, ESI
 * journal list editions, ESI paper list editions and the subject mapping. Parts of one edition
 * given separately (the CSCD core and extended databases in two files, JCR SCIE and SSCI of one
 * year) are joined here; an edition's validity without an end year runs until the next edition
 * of its kind starts.
 */
public final class IndexingLists {
  /** No lists: indexing adds nothing to what the source records say. */
  public static final IndexingLists NONE =
      new IndexingLists(List.of(), List.of(), List.of(), List.of(), SubjectMapping.NONE);

  private final List<JournalList> journalLists;
  private final Map<JournalList, Integer> effectiveLastYear = new java.util.IdentityHashMap<>();
  private final NavigableMap<Integer, JcrTable> jcr = new TreeMap<>();
  private final NavigableMap<String, EsiJournalList> esiJournals = new TreeMap<>();
  private final Map<EsiPaperKind, NavigableMap<String, EsiPaperList>> esiPapers =
      new EnumMap<>(EsiPaperKind.class);
  private final SubjectMapping subjects;

  public IndexingLists(List<JournalList> journalLists, List<JcrTable> jcrTables,
      List<EsiJournalList> esiJournalLists, List<EsiPaperList> esiPaperLists,
      SubjectMapping subjects) {
    this.journalLists = joinEditions(journalLists);
    for (JcrTable t : jcrTables) {
      jcr.merge(t.year(), t, (a, b) -> new JcrTable(a.year(), concat(a.entries(), b.entries())));
    }
    for (EsiJournalList l : esiJournalLists) {
      esiJournals.merge(l.edition(), l,
          (a, b) -> new EsiJournalList(a.edition(), concat(a.entries(), b.entries())));
    }
    for (EsiPaperKind k : EsiPaperKind.values()) {
      esiPapers.put(k, new TreeMap<>());
    }
    for (EsiPaperList l : esiPaperLists) {
      esiPapers.get(l.kind()).merge(l.edition(), l,
          (a, b) -> new EsiPaperList(a.kind(), a.edition(), concat(a.papers(), b.papers())));
    }
    this.subjects = Objects.requireNonNull(subjects, "subjects");
    closeOpenEditions();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> l = new ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  private static List<JournalList> joinEditions(List<JournalList> lists) {
    Map<String, JournalList> byEdition = new LinkedHashMap<>();
    for (JournalList l : lists) {
      String k = l.kind() + "\u0000" + l.edition();
      JournalList prior = byEdition.get(k);
      if (prior == null) {
        byEdition.put(k, l);
      } else if (prior.firstYear() != l.firstYear()
          || !Objects.equals(prior.lastYear(), l.lastYear())) {
        throw new IllegalArgumentException(l.kind() + " edition " + l.edition()
            + " is given twice with different years: " + prior.firstYear() + "-"
            + prior.lastYear() + " and " + l.firstYear() + "-" + l.lastYear());
      } else {
        byEdition.put(k, new JournalList(l.kind(), l.edition(), l.firstYear(), l.lastYear(),
            concat(prior.entries(), l.entries())));
      }
    }
    return List.copyOf(byEdition.values());
  }

  private void closeOpenEditions() {
    for (JournalListKind kind : JournalListKind.values()) {
      List<JournalList> ofKind = journalLists.stream().filter(l -> l.kind() == kind)
          .sorted(Comparator.comparingInt(JournalList::firstYear)).toList();
      for (int i = 0; i < ofKind.size(); i++) {
        JournalList l = ofKind.get(i);
        Integer last = l.lastYear();
        if (last == null && i + 1 < ofKind.size()) {
          last = Math.max(l.firstYear(), ofKind.get(i + 1).firstYear() - 1);
        }
        effectiveLastYear.put(l, last);
      }
    }
  }

  public List<JournalList> journalLists() {
    return journalLists;
  }

  /** The journal list editions valid for a publication year (none when the year is unknown). */
  public List<JournalList> journalListsValidIn(Integer year) {
    if (year == null) {
      return List.of();
    }
    List<JournalList> out = new ArrayList<>();
    for (JournalList l : journalLists) {
      Integer last = effectiveLastYear.get(l);
      if (year >= l.firstYear() && (last == null || year <= last)) {
        out.add(l);
      }
    }
    return out;
  }

  /** The validity of an edition in words, as provenance states it: {@code 2023-2024}, {@code 2023-}. */
  public String validity(JournalList l) {
    Integer last = effectiveLastYear.get(l);
    return l.firstYear() + "-" + (last == null ? "" : last.toString());
  }

  /** JCR tables by year. */
  public NavigableMap<Integer, JcrTable> jcrTables() {
    return java.util.Collections.unmodifiableNavigableMap(jcr);
  }

  /** ESI journal list editions, by edition name (names sort by date: {@code 2025-09}). */
  public NavigableMap<String, EsiJournalList> esiJournalLists() {
    return java.util.Collections.unmodifiableNavigableMap(esiJournals);
  }

  /** ESI paper list editions of a kind, by edition name. */
  public NavigableMap<String, EsiPaperList> esiPaperLists(EsiPaperKind kind) {
    return java.util.Collections.unmodifiableNavigableMap(esiPapers.get(kind));
  }

  public SubjectMapping subjects() {
    return subjects;
  }

  public boolean isEmpty() {
    return journalLists.isEmpty() && jcr.isEmpty() && esiJournals.isEmpty()
        && esiPapers.values().stream().allMatch(Map::isEmpty) && subjects.rows().isEmpty();
  }

  @Override
  public String toString() {
    return journalLists.size() + " journal list editions, " + jcr.size() + " JCR years, "
        + esiJournals.size() + " ESI journal lists, "
        + esiPapers.get(EsiPaperKind.HIGHLY_CITED).size() + " highly cited and "
        + esiPapers.get(EsiPaperKind.HOT).size() + " hot paper lists";
  }
}
