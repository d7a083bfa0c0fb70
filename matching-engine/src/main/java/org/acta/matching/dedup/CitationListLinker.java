package org.acta.matching.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.matching.dedup.score.HardRules;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonCode;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Citation-list mode: links inside a file that repeats papers (a reference list, a citation
 * index), where the Fellegi–Sunter model is weak because one paper's citations disagree on venue,
 * year, pages and author list, and the standard blocker cuts the huge same-title blocks into
 * narrow windows.
 *
 * <p>Pairs are proposed by a sorted neighbourhood on the folded title (a wide window) and by the
 * rarest title words of each record; a pair is linked when the titles are nearly the same and
 * the author lists share a name, or the titles are alike and the years agree too. These links
 * go to the clusterer like match links, so they chain (transitively) but still respect the hard
 * rules. Only records of files recognised as citation lists take part; clean exports (one record
 * per paper) never reach this code.
 */
final class CitationListLinker {
  /** Records compared with each other after sorting by title. */
  static final int WINDOW = 12;
  /** Rarest title words per record used as blocking keys. */
  static final int KEYS_PER_RECORD = 3;
  /** Blocks of one title word larger than this say little and are skipped. */
  static final int MAX_KEY_BLOCK = 150;
  /** Fewer title words than this cannot identify a paper by title alone. */
  static final int MIN_TITLE_WORDS = 3;
  /** Title similarity from which a shared author name (or a missing author list) is enough. */
  static final double SAME_TITLE = 0.9;
  /** Title similarity from which a shared author name and a close year are enough. */
  static final double ALIKE_TITLE = 0.85;

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  /** Fewest characters of a compact title that, found whole inside another title, identify it. */
  static final int MIN_CONTAINED_TITLE = 20;

  /** Letters from which an added title word is a qualifier, not a stray article or initial. */
  static final int MIN_QUALIFIER_LETTERS = 5;

  /** Characters of a stray name or year a parser may leave in front of or after a title. */
  static final int MAX_STRAY_CHARACTERS = 12;

  /** One proposed link and why. */
  record Link(int a, int b, double titleSimilarity, boolean sharedAuthor, Reason basis) {
    Link(int a, int b, double titleSimilarity, boolean sharedAuthor) {
      this(a, b, titleSimilarity, sharedAuthor, null);
    }

    /** Linked because the titles are alike (not by volume and page, or author and year). */
    boolean byTitle() {
      return basis == null;
    }

    Reason describe() {
      if (basis != null) {
        return basis;
      }
      long percent = Math.round(titleSimilarity * 100);
      return sharedAuthor ? ReasonCode.DEDUP_CITATION_TITLES_SHARED_AUTHOR.with(percent)
          : ReasonCode.DEDUP_CITATION_TITLES_NO_AUTHORS.with(percent);
    }
  }

  /** Links among the citation-list records of {@code recs}, strongest first. */
  List<Link> links(MatchRecord[] recs) {
    Map<String, List<MatchRecord>> byListing = new HashMap<>();
    for (MatchRecord m : recs) {
      if (m.citationList && m.hasTitle() && !m.titleHan && m.titleTokens.length >= MIN_TITLE_WORDS) {
        byListing.computeIfAbsent(m.listing, k -> new ArrayList<>()).add(m);
      }
    }
    List<Link> out = new ArrayList<>();
    for (List<MatchRecord> listing : byListing.values()) {
      Set<Long> seen = new HashSet<>();
      Map<Integer, Map<CharSequence, Integer>> vectors = new HashMap<>();
      for (long pair : candidates(listing)) {
        if (!seen.add(pair)) {
          continue;
        }
        MatchRecord a = recs[(int) (pair >>> 32)];
        MatchRecord b = recs[(int) pair];
        Link l = judge(a, b, vectors);
        if (l != null) {
          out.add(l);
        }
      }
    }
    out.addAll(linksWithoutTitles(recs));
    out.sort(Comparator.comparingDouble(Link::titleSimilarity).reversed()
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    return out;
  }

  /**
   * Citations whose title was lost to another column (or never written): one that gives the same
   * volume and first page as another citation and shares an author with it cites the same paper,
   * whatever its title says; title-less citations of one first author in one year, with no venue
   * or page that disagrees, cite one paper. Both weaker than a title, so ranked after titles.
   */
  private static List<Link> linksWithoutTitles(MatchRecord[] recs) {
    Map<String, List<MatchRecord>> byPlace = new HashMap<>();
    Map<String, List<MatchRecord>> untitled = new HashMap<>();
    Map<String, List<MatchRecord>> byPage = new HashMap<>();
    for (MatchRecord m : recs) {
      if (!m.citationList || m.authorKeys.length == 0) {
        continue;
      }
      if (m.volume != null && m.firstPage != null) {
        byPlace.computeIfAbsent(m.listing + "\u0000" + m.volume + "\u0000" + m.firstPage,
            k -> new ArrayList<>()).add(m);
      }
      if (m.firstPage != null) {
        byPage.computeIfAbsent(m.listing + "\u0000" + m.firstPage, k -> new ArrayList<>()).add(m);
      }
      if (!m.hasTitle() && m.year != 0) {
        for (int key : m.authorKeys[0]) {
          untitled.computeIfAbsent(m.listing + "\u0000" + m.year + "\u0000" + key, k -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Link> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (List<MatchRecord> block : byPlace.values()) {
      if (block.size() > MAX_KEY_BLOCK) {
        continue;
      }
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          MatchRecord a = block.get(i);
          MatchRecord b = block.get(j);
          if (shareAuthor(a, b) && yearsClose(a, b) && seen.add(pair(a.index, b.index))) {
            out.add(new Link(a.index, b.index, ALIKE_TITLE - 0.01, true,
                ReasonCode.DEDUP_CITATION_SAME_PLACE.with(String.valueOf(a.volume),
                    String.valueOf(a.firstPage))));
          }
        }
      }
    }
    // a citation that lost its title and gives no volume: its first page, an author and the
    // year still name the paper (only such citations are looked up, so large page blocks are cheap)
    for (List<MatchRecord> block : byPage.values()) {
      for (MatchRecord a : block) {
        if (a.hasTitle() || a.volume != null) {
          continue;
        }
        for (MatchRecord b : block) {
          if (b != a && shareAuthor(a, b) && yearsClose(a, b) && seen.add(pair(a.index, b.index))) {
            out.add(new Link(a.index, b.index, ALIKE_TITLE - 0.015, true,
                ReasonCode.DEDUP_CITATION_SAME_PAGE.with(String.valueOf(a.firstPage))));
          }
        }
      }
    }
    for (List<MatchRecord> block : untitled.values()) {
      if (block.size() > MAX_KEY_BLOCK) {
        continue;
      }
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          MatchRecord a = block.get(i);
          MatchRecord b = block.get(j);
          if (!disagreeOnPlace(a, b) && seen.add(pair(a.index, b.index))) {
            out.add(new Link(a.index, b.index, ALIKE_TITLE - 0.02, true,
                ReasonCode.DEDUP_CITATION_UNTITLED.with(a.year)));
          }
        }
      }
    }
    return out;
  }

  private static boolean yearsClose(MatchRecord a, MatchRecord b) {
    return a.year == 0 || b.year == 0 || Math.abs(a.year - b.year) <= 1;
  }

  private static boolean disagreeOnPlace(MatchRecord a, MatchRecord b) {
    return !a.venue.isEmpty() && !b.venue.isEmpty() && !a.venue.equals(b.venue)
        || a.firstPage != null && b.firstPage != null && !a.firstPage.equals(b.firstPage)
        || a.volume != null && b.volume != null && !a.volume.equals(b.volume);
  }

  private static List<Long> candidates(List<MatchRecord> listing) {
    List<Long> pairs = new ArrayList<>();
    List<MatchRecord> sorted = new ArrayList<>(listing);
    sorted.sort(Comparator.comparing((MatchRecord m) -> m.titleCompact).thenComparingInt(m -> m.index));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size() && j <= i + WINDOW; j++) {
        pairs.add(pair(sorted.get(i).index, sorted.get(j).index));
      }
    }
    // rarest words: catches titles whose first words differ (a dropped article, a typo)
    Map<Integer, Integer> df = new HashMap<>();
    for (MatchRecord m : listing) {
      for (int t : m.titleTokens) {
        df.merge(t, 1, Integer::sum);
      }
    }
    Map<Integer, List<Integer>> blocks = new HashMap<>();
    for (MatchRecord m : listing) {
      int[] keys = m.titleTokens.clone();
      Integer[] boxed = java.util.Arrays.stream(keys).boxed().toArray(Integer[]::new);
      java.util.Arrays.sort(boxed, Comparator.comparingInt((Integer t) -> df.get(t)).thenComparingInt(t -> t));
      int used = 0;
      for (Integer t : boxed) {
        if (used == KEYS_PER_RECORD) {
          break;
        }
        if (df.get(t) > 1) {
          blocks.computeIfAbsent(t, k -> new ArrayList<>()).add(m.index);
          used++;
        }
      }
    }
    for (List<Integer> block : blocks.values()) {
      if (block.size() > MAX_KEY_BLOCK) {
        continue;
      }
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          pairs.add(pair(block.get(i), block.get(j)));
        }
      }
    }
    return pairs;
  }

  private static long pair(int x, int y) {
    int a = Math.min(x, y);
    int b = Math.max(x, y);
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static Link judge(MatchRecord a, MatchRecord b, Map<Integer, Map<CharSequence, Integer>> vectors) {
    double sim = titleSimilarity(a, b, vectors);
    if (sim < ALIKE_TITLE) {
      return null;
    }
    if (oneQualifierAdded(a, b)) {
      return null;
    }
    boolean noAuthors = a.authorKeys.length == 0 || b.authorKeys.length == 0;
    // a surname left alone is weak: it counts with titles that are nearly letter for letter the
    // same, not with titles that are only alike or contain each other
    boolean shared = shareNameKey(a, b)
        || sim >= SURNAME_ALONE_TITLE && (surnameAloneShared(a, b) || surnameAloneShared(b, a));
    boolean yearsClose = a.year == 0 || b.year == 0 || Math.abs(a.year - b.year) <= 1;
    // a report and its later journal version are cited as two works; but two citations of one
    // first page cite one place of publication, whatever one of them says the year is
    if (!yearsClose && !HardRules.samePlace(a, b)) {
      return null;
    }
    if (sim >= SAME_TITLE && (shared || noAuthors)) {
      return new Link(a.index, b.index, sim, shared);
    }
    if (shared) {
      return new Link(a.index, b.index, sim, true);
    }
    return null;
  }

  /**
   * One title is the other with a single word of substance added ("The recurrent cascade-
   * correlation learning algorithm", "Noise-tolerant instance-based learning algorithms"): a
   * different paper of the same line of work, however alike the strings are.
   */
  static boolean oneQualifierAdded(MatchRecord a, MatchRecord b) {
    int[] small = a.titleTokens.length <= b.titleTokens.length ? a.titleTokens : b.titleTokens;
    MatchRecord large = small == a.titleTokens ? b : a;
    if (large.titleTokens.length != small.length + 1) {
      return false;
    }
    for (int t : small) {
      if (java.util.Arrays.binarySearch(large.titleTokens, t) < 0) {
        return false;
      }
    }
    for (String w : large.title.split(" ")) {
      if (java.util.Arrays.binarySearch(small, w.hashCode()) < 0) {
        return w.length() >= MIN_QUALIFIER_LETTERS;
      }
    }
    return false;
  }

  /** The better of edit similarity on the compact title and word cosine (word order, dropped words). */
  static double titleSimilarity(MatchRecord a, MatchRecord b, Map<Integer, Map<CharSequence, Integer>> vectors) {
    int max = Math.max(a.titleCompact.length(), b.titleCompact.length());
    double edit = max == 0 ? 0 : 1.0 - (double) LEVENSHTEIN.apply(a.titleCompact, b.titleCompact) / max;
    double cos = COSINE.cosineSimilarity(vector(a, vectors), vector(b, vectors));
    double best = Math.max(edit, cos);
    // a citation parser that left words of the author list or the year in the title field
    // ("M.K. Instance-based learning algorithms", "Lebiere (1990), The cascade-correlation …")
    String shorter = a.titleCompact.length() <= b.titleCompact.length() ? a.titleCompact : b.titleCompact;
    String longer = shorter == a.titleCompact ? b.titleCompact : a.titleCompact;
    if (best < SAME_TITLE && shorter.length() >= MIN_CONTAINED_TITLE
        && (longer.startsWith(shorter) || longer.endsWith(shorter))
        && longer.length() - shorter.length() <= MAX_STRAY_CHARACTERS) {
      best = SAME_TITLE;
    }
    return best;
  }

  private static Map<CharSequence, Integer> vector(MatchRecord m, Map<Integer, Map<CharSequence, Integer>> cache) {
    return cache.computeIfAbsent(m.index, i -> {
      Map<CharSequence, Integer> v = new HashMap<>();
      for (String w : m.title.split(" ")) {
        if (!w.isEmpty()) {
          v.merge(w, 1, Integer::sum);
        }
      }
      return v;
    });
  }

  private static boolean shareAuthor(MatchRecord a, MatchRecord b) {
    return shareNameKey(a, b);
  }

  /**
   * A citation parser that cut an author list at the wrong commas leaves a surname alone
   * ("Fahlman", "S.", "Lebiere", "C.:"): such a one-word name is shared when it is the family name
   * of an author of the other citation. Read from the records' own author names, and only here
   * (citation lists), so the keys every other comparison uses stay as strict as they are.
   */
  private static boolean surnameAloneShared(MatchRecord lone, MatchRecord other) {
    for (org.acta.matching.model.Author x : lone.record.authors()) {
      for (String key : org.acta.matching.normalize.PersonNameKeys.of(x)) {
        if (key.endsWith("|") && key.length() > MIN_SURNAME_LETTERS) {
          for (org.acta.matching.model.Author y : other.record.authors()) {
            for (String k : org.acta.matching.normalize.PersonNameKeys.of(y)) {
              if (k.startsWith(key) && k.length() > key.length()) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /** Title similarity from which a surname standing alone counts as a shared author. */
  static final double SURNAME_ALONE_TITLE = 0.95;

  /** Letters a surname standing alone needs before it says who wrote a paper (not "E.", "Li"). */
  static final int MIN_SURNAME_LETTERS = 3;

  private static boolean shareNameKey(MatchRecord a, MatchRecord b) {
    for (int[] x : a.authorKeys) {
      for (int[] y : b.authorKeys) {
        for (int kx : x) {
          for (int ky : y) {
            if (kx == ky) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
