package org.acta.matching.attribution.name;

/**
 * How much a name agreement says, from the identical Chinese characters down to a surname with
 * one initial. The prefix is the first part of the index key of that kind.
 */
public enum NameStrength {
  /** Same Chinese characters. */
  HANZI("h:", 1.0),
  /** Same surname and full given name (any spacing, hyphenation, case, ü spelling). */
  FULL("f:", 0.9),
  /** Same surname and given-name initials of two or more syllables ({@code Wang, XM}). */
  INITIALS("i:", 0.62),
  /** Same surname and one initial ({@code Wang, X.}). */
  INITIAL("1:", 0.45);

  private final String prefix;
  private final double weight;

  NameStrength(String prefix, double weight) {
    this.prefix = prefix;
    this.weight = weight;
  }

  public String prefix() {
    return prefix;
  }

  /** The base score a match of this kind gives before any other evidence. */
  public double weight() {
    return weight;
  }

  /** The index key of this kind for a surname and a given-name part. */
  public String key(String family, String given) {
    return this == HANZI ? prefix + family + given : prefix + family + "|" + given;
  }
}
