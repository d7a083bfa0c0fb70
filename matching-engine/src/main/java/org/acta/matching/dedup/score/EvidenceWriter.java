package org.acta.matching.dedup.score;

import static org.acta.matching.explain.ReasonCode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acta.matching.dedup.MatchRecord;
import org.acta.matching.explain.ListStyle;
import org.acta.matching.explain.Reason;

/**
 * Writes the evidence of a pair as reasons (codes and arguments) that render into words a
 * librarian understands ("same DOI", "titles equal after Greek letters spelled out (α → alpha)",
 * "ISSN/CN, volume, issue and pages equal", "the English title is EI's translation of the CNKI
 * title"), in English or Chinese.
 */
public final class EvidenceWriter {
  private EvidenceWriter() {}

  public static List<Reason> describe(MatchRecord a, MatchRecord b, int[] lv, double probability) {
    List<Reason> out = new ArrayList<>();
    if (lv[Field.DOI.ordinal()] == 1) {
      out.add(DEDUP_DOI_SAME.with(a.doi));
    } else if (lv[Field.DOI.ordinal()] == 2) {
      out.add(DEDUP_DOI_DIFFERENT.with(a.doi, b.doi));
    }
    int t = lv[Field.TITLE.ordinal()];
    if (t == 1) {
      out.add(titleEquality(a.record.title(), b.record.title()));
    } else if (t != 0) {
      out.add(Field.TITLE.level(t));
    }
    List<Reason> biblio = new ArrayList<>();
    if (lv[Field.VENUE.ordinal()] == 1) {
      biblio.add(DEDUP_FIELD_VENUE_ID.with());
    } else if (lv[Field.VENUE.ordinal()] == 2) {
      biblio.add(DEDUP_FIELD_JOURNAL_NAME.with());
    }
    if (lv[Field.YEAR.ordinal()] == 1) {
      biblio.add(DEDUP_FIELD_YEAR.with());
    }
    if (lv[Field.VOLUME.ordinal()] == 1) {
      biblio.add(DEDUP_FIELD_VOLUME.with());
    }
    if (lv[Field.ISSUE.ordinal()] == 1) {
      biblio.add(DEDUP_FIELD_ISSUE.with());
    }
    if (lv[Field.PAGES.ordinal()] == 1) {
      biblio.add(DEDUP_FIELD_PAGES.with());
    }
    if (!biblio.isEmpty()) {
      out.add(DEDUP_FIELDS_EQUAL.with(Reason.list(ListStyle.AND, biblio)));
    }
    if (lv[Field.YEAR.ordinal()] == 2) {
      out.add(DEDUP_YEARS_ONE_APART.with(a.year, b.year));
    }
    for (Field f : new Field[] {Field.YEAR, Field.VENUE, Field.VOLUME, Field.ISSUE, Field.PAGES}) {
      int l = lv[f.ordinal()];
      if (l == f.levels() - 1 && l > 1) {
        out.add(f.level(l));
      }
    }
    if (lv[Field.CROSS_TITLE.ordinal()] == 1) {
      out.add(DEDUP_TRANSLATED_TITLE.with(name(englishSide(a, b)),
          name(englishSide(a, b) == a ? b : a)));
    } else if (a.titleHan != b.titleHan && a.hasTitle() && b.hasTitle()) {
      out.add(DEDUP_TITLE_LANGUAGES.with(name(a), name(b)));
    }
    int au = lv[Field.AUTHORS.ordinal()];
    if (au != 0) {
      out.add(a.titleHan != b.titleHan ? DEDUP_PINYIN_AUTHORS.with(Field.AUTHORS.level(au))
          : Field.AUTHORS.level(au));
    }
    out.add(DEDUP_PROBABILITY.with(probability));
    return out;
  }

  private static MatchRecord englishSide(MatchRecord a, MatchRecord b) {
    return a.titleHan ? b : a;
  }

  /** The source database by its name (WOS, EI, CNKI), or in words for the others. */
  private static Object name(MatchRecord m) {
    return switch (m.source) {
      case OTHER -> SOURCE_OTHER.with();
      case MANUAL -> SOURCE_MANUAL.with();
      default -> m.source.name();
    };
  }

  /** "titles equal", or which normalisations made them equal. */
  static Reason titleEquality(String ra, String rb) {
    if (ra == null || rb == null) {
      return Field.TITLE.level(1);
    }
    if (ra.strip().equals(rb.strip())) {
      return DEDUP_TITLE_IDENTICAL.with();
    }
    List<Reason> how = new ArrayList<>();
    if (hasGreek(ra) != hasGreek(rb)) {
      how.add(DEDUP_FOLD_GREEK.with());
    }
    if (hasMarkup(ra) || hasMarkup(rb)) {
      how.add(DEDUP_FOLD_MARKUP.with());
    }
    if (hasWideOrDash(ra) || hasWideOrDash(rb)) {
      how.add(DEDUP_FOLD_DASHES.with());
    }
    if (!ra.toLowerCase(Locale.ROOT).equals(ra) && ra.toUpperCase(Locale.ROOT).equals(ra)
        || !rb.toLowerCase(Locale.ROOT).equals(rb) && rb.toUpperCase(Locale.ROOT).equals(rb)
        || ra.equalsIgnoreCase(rb)) {
      how.add(DEDUP_FOLD_CASE.with());
    }
    if (hasAccents(ra) != hasAccents(rb)) {
      how.add(DEDUP_FOLD_DIACRITICS.with());
    }
    if (how.isEmpty()) {
      how.add(DEDUP_FOLD_PUNCTUATION.with());
    }
    return DEDUP_TITLE_EQUAL_AFTER.with(Reason.list(ListStyle.COMMA, how));
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
}
