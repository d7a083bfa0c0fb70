package org.acta.matching.indexing;

import java.util.Locale;

/** The Chinese journal lists a library imports, each published in editions. */
public enum JournalListKind {
  /** 中文社会科学引文索引 (Nanjing University), source journals and extended edition. */
  CSSCI(Index.CSSCI),
  /** 中国科学引文数据库 (CAS), core and extended databases. */
  CSCD(Index.CSCD),
  /** 北大核心, 中文核心期刊要目总览 (Peking University Library). */
  PKU_CORE(Index.PKU_CORE);

  private final Index index;

  JournalListKind(Index index) {
    this.index = index;
  }

  /** The {@code indexed_in} value a work in a journal of this list gets. */
  public Index index() {
    return index;
  }

  /**
   * The kind named in a list file: the enum name or the usual Chinese names ({@code 北大核心},
   * {@code 中文核心}); null when unknown.
   */
  public static JournalListKind parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (JournalListKind k : values()) {
      if (k.name().equals(t)) {
        return k;
      }
    }
    if (t.equals("PKU") || t.contains("北大") || t.contains("中文核心")) {
      return PKU_CORE;
    }
    return null;
  }
}
