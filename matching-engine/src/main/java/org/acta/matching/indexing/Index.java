package org.acta.matching.indexing;

import java.util.Locale;

/**
 * The indexes (收录) of the one table's {@code indexed_in} column, in the column's order. The
 * first seven come from the source records themselves (a WoS edition, EI Compendex); the last
 * three from journal lists the library imports.
 */
public enum Index {
  SCIE("SCIE"),
  SSCI("SSCI"),
  AHCI("AHCI"),
  CPCI_S("CPCI-S"),
  CPCI_SSH("CPCI-SSH"),
  ESCI("ESCI"),
  EI("EI"),
  CSSCI("CSSCI"),
  CSCD("CSCD"),
  PKU_CORE("PKU_CORE");

  private final String code;

  Index(String code) {
    this.code = code;
  }

  /** The value written in {@code indexed_in}. */
  public String code() {
    return code;
  }

  /** The index of a column code ({@code CPCI-S}) or enum name ({@code CPCI_S}), or null. */
  public static Index ofCode(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (Index i : values()) {
      if (i.code.equals(c) || i.name().equals(c)) {
        return i;
      }
    }
    return null;
  }
}
