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
  OTHER
}
