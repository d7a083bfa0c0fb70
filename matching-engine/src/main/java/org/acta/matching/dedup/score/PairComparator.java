package org.acta.matching.dedup.score;

import java.util.Objects;
import org.acta.matching.dedup.MatchRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares two match records field by field into a {@link ComparisonVector}. Thread-safe and
 * allocation-light: it runs on every candidate pair.
 */
public final class PairComparator {
  static final double VERY_SIMILAR = 0.93;
  static final double SIMILAR = 0.82;
  static final double WEAK = 0.6;
  /** Share of the shorter title's words that must lead both titles alike to count as similar. */
  static final double LEADING_SHARE = 0.6;
  /** Fewest leading words shared that say more than a common opening ("a study of the"). */
  static final int MIN_LEADING_WORDS = 4;
  private static final String[] STOP = {"the", "of", "on", "and", "for", "in", "a", "an", "to", "de"};

  /** The comparison vector code of a pair. */
  public int compare(MatchRecord a, MatchRecord b) {
    int[] lv = new int[Field.ALL.length];
    levels(a, b, lv);
    return ComparisonVector.encode(lv);
  }

  /** Fills {@code lv} with the level of each field. */
  public void levels(MatchRecord a, MatchRecord b, int[] lv) {
    lv[Field.DOI.ordinal()] = a.doi == null || b.doi == null ? 0 : a.doi.equals(b.doi) ? 1 : 2;
    boolean sameScript = a.titleHan == b.titleHan;
    if (a.hasTitle() && b.hasTitle() && sameScript) {
      lv[Field.TITLE.ordinal()] = titleLevel(a, b);
    }
    lv[Field.CROSS_TITLE.ordinal()] = crossTitleLevel(a, b, sameScript);
    lv[Field.YEAR.ordinal()] = yearLevel(a, b);
    lv[Field.VENUE.ordinal()] = venueLevel(a, b);
    lv[Field.VOLUME.ordinal()] = eq(a.volume, b.volume);
    lv[Field.ISSUE.ordinal()] = eq(a.issue, b.issue);
    lv[Field.PAGES.ordinal()] = pagesLevel(a, b);
    lv[Field.AUTHORS.ordinal()] = authorsLevel(a, b);
  }

  private static int eq(String x, String y) {
    return x == null || y == null ? 0 : x.equals(y) ? 1 : 2;
  }

  static int titleLevel(MatchRecord a, MatchRecord b) {
    if (a.titleCompact.equals(b.titleCompact)) {
      return a.genericTitle() || b.genericTitle() ? 6 : 1;
    }
    if (sameWithoutRemarks(a, b)) {
      return 2;
    }
    double s = titleSimilarity(a.title, a.titleCompact, a.titleTokens, b.title, b.titleCompact,
        b.titleTokens);
    return s >= VERY_SIMILAR ? 2 : s >= SIMILAR ? 3 : s >= WEAK ? 4 : 5;
  }

  /**
   * Similarity of two folded titles in [0, 1]: the larger of the word-set overlap (Jaccard) and
   * the edit-distance ratio of the compact forms (Commons Text Levenshtein, bounded so that
   * clearly different titles cost little).
   */
  public static double titleSimilarity(String ta, String ca, int[] wa, String tb, String cb, int[] wb) {
    int common = intersect(wa, wb);
    int union = wa.length + wb.length - common;
    double jac = union == 0 ? 0 : (double) common / union;
    if (jac >= VERY_SIMILAR) {
      return jac;
    }
    double best = jac;
    int maxLen = Math.max(ca.length(), cb.length());
    int minLen = Math.min(ca.length(), cb.length());
    // edit distance only where words overlap or titles are short (typos in few words)
    boolean worthIt = jac >= 0.5 || wa.length <= 3 || wb.length <= 3;
    if (worthIt && maxLen > 0 && minLen >= maxLen * WEAK) {
      int threshold = (int) Math.floor(maxLen * (1 - WEAK));
      int d = new LevenshteinDistance(threshold).apply(ca, cb);
      if (d >= 0) {
        best = Math.max(best, 1.0 - (double) d / maxLen);
      }
    }
    // one title is the other plus a subtitle, or both begin alike and then one adds a note
    // ("- book review", "by <the book's authors>"): strong but not identical evidence
    int shorter = Math.min(wa.length, wb.length);
    if (shorter >= 4 && best < SIMILAR
        && (common == shorter || leadingShare(ta, tb, shorter) >= LEADING_SHARE)) {
      best = SIMILAR;
    }
    return best;
  }

  /** Word overlap (Jaccard) of two records' titles, to order equally likely links. */
  public static double titleCloseness(MatchRecord a, MatchRecord b) {
    int common = intersect(a.titleTokens, b.titleTokens);
    int union = a.titleTokens.length + b.titleTokens.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Titles equal once a bracketed remark ("(Panel Abstract)") is left out of one or both. */
  static boolean sameWithoutRemarks(MatchRecord a, MatchRecord b) {
    String ba = a.titleBareCompact;
    String bb = b.titleBareCompact;
    return !ba.isEmpty() && (ba.equals(bb) || ba.equals(b.titleCompact))
        || !bb.isEmpty() && bb.equals(a.titleCompact);
  }

  private static double leadingShare(String ta, String tb, int shorterWords) {
    int lead = sharedLeadingWords(ta, tb);
    return lead < MIN_LEADING_WORDS ? 0 : (double) lead / shorterWords;
  }

  /**
   * Number of leading words two folded titles share ("data mining concepts and techniques" of
   * "… - book review" and "… by jiawei han"), counted without allocating.
   */
  static int sharedLeadingWords(String x, String y) {
    int n = Math.min(x.length(), y.length());
    int words = 0;
    int i = 0;
    for (; i < n && x.charAt(i) == y.charAt(i); i++) {
      if (x.charAt(i) == ' ') {
        words++;
      }
    }
    boolean wordEnds = (i == x.length() || x.charAt(i) == ' ') && (i == y.length() || y.charAt(i) == ' ');
    return i > 0 && wordEnds ? words + 1 : words;
  }

  private static int crossTitleLevel(MatchRecord a, MatchRecord b, boolean sameScript) {
    int r1 = !a.titleAltCompact.isEmpty() && b.hasTitle()
        ? crossOne(a.titleAlt, a.titleAltCompact, a.titleAltTokens, b) : 0;
    int r2 = !b.titleAltCompact.isEmpty() && a.hasTitle()
        ? crossOne(b.titleAlt, b.titleAltCompact, b.titleAltTokens, a) : 0;
    if (r1 == 1 || r2 == 1) {
      return 1;
    }
    return Math.max(r1, r2);
  }

  private static int crossOne(String alt, String altCompact, int[] altTokens, MatchRecord other) {
    if (altCompact.equals(other.titleCompact)) {
      return 1;
    }
    double s = titleSimilarity(alt, altCompact, altTokens, other.title, other.titleCompact,
        other.titleTokens);
    return s >= SIMILAR ? 1 : 2;
  }

  private static int yearLevel(MatchRecord a, MatchRecord b) {
    if (a.year == 0 || b.year == 0) {
      return 0;
    }
    if (a.year == b.year) {
      return 1;
    }
    if (Math.abs(a.year - b.year) == 1 || a.yearAlt == b.year || b.yearAlt == a.year) {
      return 2;
    }
    return 3;
  }

  static int venueLevel(MatchRecord a, MatchRecord b) {
    boolean ids = a.venueIds.length > 0 && b.venueIds.length > 0;
    if (ids) {
      for (String x : a.venueIds) {
        for (String y : b.venueIds) {
          if (x.equals(y)) {
            return 1;
          }
        }
      }
    }
    if (a.venueWords.length > 0 && b.venueWords.length > 0) {
      if (sameVenueName(a, b)) {
        return 2;
      }
      return 3;
    }
    return ids ? 3 : 0;
  }

  static boolean sameVenueName(MatchRecord a, MatchRecord b) {
    if (a.venue.equals(b.venue)) {
      return true;
    }
    int common = intersect(a.venueTokens, b.venueTokens);
    int union = a.venueTokens.length + b.venueTokens.length - common;
    if (union > 0 && (double) common / union >= 0.6) {
      return true;
    }
    if (!a.venueAbbrev.isEmpty() && a.venueAbbrev.equals(b.venueAbbrev)) {
      return true;
    }
    return abbreviates(a.venueWords, b.venueWords) || abbreviates(b.venueWords, a.venueWords);
  }

  /**
   * Whether {@code shortName} abbreviates {@code longName}: each of its words starts a word of the
   * long name, in order ({@code acm trans database syst} / {@code acm transactions on database
   * systems}; a romanised {@code xinxingnengyuancailiaoxuebao} starts {@code xinxing nengyuan …}
   * joined), or it is the acronym of the long name's significant words ({@code vldb}).
   */
  static boolean abbreviates(String[] shortName, String[] longName) {
    if (shortName.length == 0 || longName.length == 0) {
      return false;
    }
    if (shortName.length == 1 && shortName[0].length() >= 8) {
      String joined = String.join("", longName);
      if (joined.startsWith(shortName[0])) {
        return true;
      }
    }
    int j = 0;
    int matched = 0;
    for (String w : shortName) {
      if (isStop(w)) {
        continue;
      }
      while (j < longName.length && !longName[j].startsWith(w)) {
        j++;
      }
      if (j == longName.length) {
        matched = -1;
        break;
      }
      matched++;
      j++;
    }
    if (matched >= 2) {
      return true;
    }
    if (shortName.length == 1 && shortName[0].length() >= 3) {
      StringBuilder acro = new StringBuilder();
      for (String w : longName) {
        if (!isStop(w) && !w.isEmpty()) {
          acro.append(w.charAt(0));
        }
      }
      return acro.indexOf(shortName[0]) >= 0;
    }
    return false;
  }

  private static boolean isStop(String w) {
    for (String s : STOP) {
      if (s.equals(w)) {
        return true;
      }
    }
    return false;
  }

  static int pagesLevel(MatchRecord a, MatchRecord b) {
    String pa = a.pageKey();
    String pb = b.pageKey();
    if (pa == null || pb == null) {
      return 0;
    }
    if (pa.equals(pb) || Objects.equals(a.firstPage, b.articleNumber)
        || Objects.equals(a.articleNumber, b.firstPage) && a.articleNumber != null) {
      return 1;
    }
    return 2;
  }

  /** Level of the authors field: 1 same authors … 4 none in common, 0 not comparable. */
  public static int authorsLevel(MatchRecord a, MatchRecord b) {
    int na = a.authorKeys.length;
    int nb = b.authorKeys.length;
    if (na == 0 || nb == 0) {
      return 0;
    }
    int shared = sharedAuthors(a.authorKeys, b.authorKeys);
    double frac = (double) shared / Math.min(na, nb);
    if (frac >= 0.8 && Math.min(na, nb) * 2 >= Math.max(na, nb)) {
      return 1;
    }
    if (frac >= 0.5) {
      return 2;
    }
    return shared > 0 ? 3 : 4;
  }

  /** Authors of the shorter list that share a name key with some author of the other. */
  static int sharedAuthors(int[][] x, int[][] y) {
    int[][] small = x.length <= y.length ? x : y;
    int[][] large = small == x ? y : x;
    int shared = 0;
    for (int[] s : small) {
      outer:
      for (int[] l : large) {
        for (int k1 : s) {
          for (int k2 : l) {
            if (k1 == k2) {
              shared++;
              break outer;
            }
          }
        }
      }
    }
    return shared;
  }

  /** Size of the intersection of two sorted int arrays. */
  static int intersect(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}
