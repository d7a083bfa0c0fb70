package org.acta.matching.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the titles of a citation list that are cited in two versions. Citations that the
 * {@link CitationListLinker} links by title (and author) form a title group (links of title-less
 * citations by volume and page or by author and year are left out: they may join other titles); when the group's
 * citations are dated more than one year apart (counting only years that at least
 * {@link #MIN_CITATIONS_PER_YEAR} citations give, so one mistyped year proves nothing), the
 * group cites two versions of the paper: typically a technical report and its publication in
 * proceedings or a journal.
 *
 * <p>Inside such a group a citation that says where the paper appeared (venue, volume, pages)
 * cites the published version, and one that gives none of them is more likely to cite the report,
 * which has no such place; {@link org.acta.matching.dedup.score.HardRules} keeps the two apart.
 * Groups of one version are left alone: there, a citation without pages is just a terse one. So
 * are groups where some citations say they cite a report or thesis: the type names the other
 * version, and the hard rules on kinds and years separate it without guessing from what is missing.
 */
final class CitedVersions {
  /** Citations that must give a year before that year counts as evidence of a version. */
  static final int MIN_CITATIONS_PER_YEAR = 2;

  private CitedVersions() {}

  /** Marks {@link MatchRecord#citedTitleGroup} and {@link MatchRecord#citedInTwoVersions}. */
  static void mark(MatchRecord[] recs, List<CitationListLinker.Link> links) {
    int[] parent = new int[recs.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<CitationListLinker.Link> byTitle = links.stream().filter(CitationListLinker.Link::byTitle).toList();
    for (CitationListLinker.Link l : byTitle) {
      int ra = find(parent, l.a());
      int rb = find(parent, l.b());
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    Map<Integer, TreeMap<Integer, Integer>> yearsOf = new HashMap<>();
    for (CitationListLinker.Link l : byTitle) {
      for (int i : new int[] {l.a(), l.b()}) {
        yearsOf.computeIfAbsent(find(parent, i), r -> new TreeMap<>());
      }
    }
    markPlaceYears(recs, parent, yearsOf.keySet());
    Set<Integer> typed = new HashSet<>();
    for (MatchRecord m : recs) {
      int root = find(parent, m.index);
      TreeMap<Integer, Integer> years = yearsOf.get(root);
      if (years != null && m.year != 0) {
        years.merge(m.citedYear(), 1, Integer::sum);
      }
      if (years != null && (m.kind == MatchRecord.Kind.REPORT || m.kind == MatchRecord.Kind.THESIS)) {
        typed.add(root);
      }
    }
    Map<Integer, Boolean> twoVersions = new HashMap<>();
    yearsOf.forEach((root, years) -> {
      years.values().removeIf(c -> c < MIN_CITATIONS_PER_YEAR);
      twoVersions.put(root, !typed.contains(root) && !years.isEmpty() && years.lastKey() - years.firstKey() > 1);
    });
    for (MatchRecord m : recs) {
      int root = find(parent, m.index);
      if (yearsOf.containsKey(root)) {
        m.citedTitleGroup = root;
        m.citedInTwoVersions = twoVersions.get(root);
      }
    }
  }

  /**
   * Dates each citation of a title group that gives a first page by the year most citations of
   * that title and first page give, when at least {@link #MIN_CITATIONS_PER_YEAR} give it and
   * more give it than the citation's own year: one place of publication has one year, and a
   * citation's odd year (a typo, a reprint) should not count as a second version.
   */
  private static void markPlaceYears(MatchRecord[] recs, int[] parent, Set<Integer> groups) {
    Map<String, Map<Integer, Integer>> yearsByPlace = new HashMap<>();
    for (MatchRecord m : recs) {
      int root = find(parent, m.index);
      if (m.firstPage != null && m.year != 0 && groups.contains(root)) {
        yearsByPlace.computeIfAbsent(root + "|" + m.firstPage, k -> new HashMap<>())
            .merge(m.year, 1, Integer::sum);
      }
    }
    for (MatchRecord m : recs) {
      int root = find(parent, m.index);
      if (m.firstPage == null || m.year == 0 || !groups.contains(root)) {
        continue;
      }
      Map<Integer, Integer> years = yearsByPlace.get(root + "|" + m.firstPage);
      int own = years.get(m.year);
      int best = m.year;
      int bestCount = own;
      for (Map.Entry<Integer, Integer> e : years.entrySet()) {
        // ties go to the earlier year so the outcome does not depend on map order
        if (e.getValue() > bestCount || e.getValue() == bestCount && bestCount > own && e.getKey() < best) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      if (best != m.year && bestCount >= MIN_CITATIONS_PER_YEAR) {
        m.placeYear = best;
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
