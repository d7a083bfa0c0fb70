package org.acta.matching.attribution;

/** What happens to an attribution: applied automatically, sent to a person, or dropped. */
public enum Outcome {
  AUTO,
  REVIEW,
  REJECT
}
