package org.acta.matching.dedup.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acta.matching.dedup.MatchRecord;
import org.acta.matching.model.SourceDatabase;

/**
 * Writes the evidence of a pair in words a librarian understands ("same DOI", "titles equal after
 * spelling out Greek letters (α → alpha)", "ISSN, volume, issue and pages equal; English title
 * is EI's translation of the CNKI title").
 */
public final class EvidenceWriter {
  private EvidenceWriter() {}

  public static List<String> describe(MatchRecord a, MatchRecord b, int[] lv, double probability) {
    List<String> out = new ArrayList<>();
    if (lv[Field.DOI.ordinal()] == 1) {
      out.add("same DOI (" + a.doi + ")");
    } else if (lv[Field.DOI.ordinal()] == 2) {
      out.add("different DOIs (" + a.doi + " / " + b.doi + ")");
    }
    int t = lv[Field.TITLE.ordinal()];
    if (t == 1) {
      out.add(titleEquality(a.record.title(), b.record.title()));
    } else if (t != 0) {
      out.add(Field.TITLE.describe(t));
    }
    List<String> biblio = new ArrayList<>();
    if (lv[Field.VENUE.ordinal()] == 1) {
      biblio.add("ISSN/CN");
    } else if (lv[Field.VENUE.ordinal()] == 2) {
      biblio.add("journal name");
    }
    if (lv[Field.YEAR.ordinal()] == 1) {
      biblio.add("year");
    }
    if (lv[Field.VOLUME.ordinal()] == 1) {
      biblio.add("volume");
    }
    if (lv[Field.ISSUE.ordinal()] == 1) {
      biblio.add("issue");
    }
    if (lv[Field.PAGES.ordinal()] == 1) {
      biblio.add("pages");
    }
    if (!biblio.isEmpty()) {
      out.add(joinWords(biblio) + (biblio.size() == 1 ? " equal" : " equal"));
    }
    if (lv[Field.YEAR.ordinal()] == 2) {
      out.add("years one apart (early access or online first: " + a.year + " / " + b.year + ")");
    }
    for (Field f : new Field[] {Field.YEAR, Field.VENUE, Field.VOLUME, Field.ISSUE, Field.PAGES}) {
      int l = lv[f.ordinal()];
      if (l == f.levels() - 1 && l > 1) {
        out.add(f.describe(l));
      }
    }
    if (lv[Field.CROSS_TITLE.ordinal()] == 1) {
      out.add("the English title is " + name(englishSide(a, b)) + "'s translation of the "
          + name(englishSide(a, b) == a ? b : a) + " title");
    } else if (a.titleHan != b.titleHan && a.hasTitle() && b.hasTitle()) {
      out.add("titles in different languages (" + name(a) + " / " + name(b) + ")");
    }
    int au = lv[Field.AUTHORS.ordinal()];
    if (au != 0) {
      out.add(Field.AUTHORS.describe(au) + (a.titleHan != b.titleHan ? " (Chinese names read as pinyin)" : ""));
    }
    out.add(String.format(Locale.ROOT, "match probability %.4f", probability));
    return out;
  }

  private static MatchRecord englishSide(MatchRecord a, MatchRecord b) {
    return a.titleHan ? b : a;
  }

  private static String name(MatchRecord m) {
    return switch (m.source) {
      case OTHER -> "the other source";
      case MANUAL -> "the form entered by hand";
      default -> m.source.name();
    };
  }

  /** "titles equal", or which normalisations made them equal. */
  static String titleEquality(String ra, String rb) {
    if (ra == null || rb == null) {
      return "titles equal";
    }
    if (ra.strip().equals(rb.strip())) {
      return "titles identical";
    }
    List<String> how = new ArrayList<>();
    if (hasGreek(ra) != hasGreek(rb)) {
      how.add("Greek letters spelled out (α → alpha)");
    }
    if (hasMarkup(ra) || hasMarkup(rb)) {
      how.add("markup and entities removed (<sub>, &alpha;, _2)");
    }
    if (hasWideOrDash(ra) || hasWideOrDash(rb)) {
      how.add("dashes and full-width punctuation folded");
    }
    if (!ra.toLowerCase(Locale.ROOT).equals(ra) && ra.toUpperCase(Locale.ROOT).equals(ra)
        || !rb.toLowerCase(Locale.ROOT).equals(rb) && rb.toUpperCase(Locale.ROOT).equals(rb)
        || ra.equalsIgnoreCase(rb)) {
      how.add("case ignored");
    }
    if (hasAccents(ra) != hasAccents(rb)) {
      how.add("diacritics folded");
    }
    if (how.isEmpty()) {
      how.add("punctuation and spacing ignored");
    }
    return "titles equal after " + String.join(", ", how);
  }

  private static boolean hasGreek(String s) {
    return s.codePoints().anyMatch(c -> c >= 0x370 && c <= 0x3ff);
  }

  private static boolean hasMarkup(String s) {
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 || s.contains("_") || s.contains("~");
  }

  private static boolean hasWideOrDash(String s) {
    return s.codePoints().anyMatch(c -> c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c >= 0xff00 && c <= 0xffef);
  }

  private static boolean hasAccents(String s) {
    return s.codePoints().anyMatch(c -> c >= 0xc0 && c <= 0x24f);
  }

  private static String joinWords(List<String> w) {
    if (w.size() == 1) {
      return w.get(0);
    }
    return String.join(", ", w.subList(0, w.size() - 1)) + " and " + w.get(w.size() - 1);
  }
}
