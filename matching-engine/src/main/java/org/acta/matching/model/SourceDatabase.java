package org.acta.matching.model;

/** The bibliographic database a record was exported from. */
public enum SourceDatabase {
  /** Web of Science Core Collection. */
  WOS,
  /** Engineering Village: Ei Compendex, Inspec. */
  EI,
  /** CNKI (中国知网). */
  CNKI,
  /** A generic publication list (legacy system, spreadsheet, benchmark table). */
  OTHER,
  /**
   * Entered by hand through the web form by the person it belongs to (a publication no export
   * has). Last in every merge rule: any exported source is more curated than a form.
   */
  MANUAL
}
