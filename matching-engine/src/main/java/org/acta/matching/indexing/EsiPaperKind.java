package org.acta.matching.indexing;

import java.util.Locale;

/** The two ESI paper lists, published every two months. */
public enum EsiPaperKind {
  /** 高被引论文: top 1% by citations in field and year. */
  HIGHLY_CITED,
  /** 热点论文: top 0.1% by citations of the last two months. */
  HOT;

  /** From a list file's value: {@code highly_cited}, {@code highly cited}, {@code hot}, 高被引, 热点. */
  public static EsiPaperKind parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (t.equals("highly_cited") || t.equals("hcp") || t.contains("高被引")) {
      return HIGHLY_CITED;
    }
    if (t.equals("hot") || t.equals("hot_paper") || t.equals("hp") || t.contains("热点")) {
      return HOT;
    }
    return null;
  }
}
