package org.acta.core.application.decision;

import java.util.Locale;

/** What a decision does. Authorship kinds name a work, an author rank and (mostly) a person. */
public enum DecisionKind {
  /** Two works are one: the item is the surviving work; evidence names the other. */
  MERGE,
  /** A work is two: evidence names the records that leave it. */
  SPLIT,
  /**
   * Two works the engine found possibly one are two publications: the item is the decided work;
   * evidence names the other. Deduplication keeps them apart on every later run.
   */
  KEEP_APART,
  /** The author at a rank is this person (staff). */
  ATTRIBUTE,
  /** The author at a rank is nobody of the university (staff). */
  UNATTRIBUTE,
  /** The person confirms the attribution (faculty). */
  CONFIRM,
  /** The person rejects the attribution, with a reason code (faculty; staff resolve it). */
  REJECT,
  /** The person at a rank is (or is not) a corresponding author. */
  SET_CORRESPONDING,
  /** Reverses an earlier event (named by {@code reverses}). */
  UNDO;

  /** The stored code: lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DecisionKind fromCode(String code) {
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown decision kind: " + code);
    }
  }

  /** True for the kinds about which records make up works (merge, split, keep apart). */
  public boolean aboutWorks() {
    return this == MERGE || this == SPLIT || this == KEEP_APART;
  }

  /** True for the kinds about one author position of a work. */
  public boolean aboutAuthorship() {
    return this != MERGE && this != SPLIT && this != KEEP_APART && this != UNDO;
  }
}
