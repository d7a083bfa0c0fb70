package org.acta.matching.attribution.dictionary;

/**
 * A person of the university as the people dictionary holds them.
 *
 * @param id employee or student number
 * @param kind {@code staff} or {@code student}
 * @param nameZh Chinese name, may be empty
 * @param nameEn romanised or Western name as HR holds it
 * @param unitId the person's unit
 * @param supervisorId a student's supervisor (a staff id), else null
 * @param email institutional e-mail, lower case, else null
 * @param orcid bare ORCID iD, else null
 * @param startYear first year at the university, null if unknown
 * @param endYear last year at the university, null while still there
 */
public record Person(
    String id,
    String kind,
    String nameZh,
    String nameEn,
    String unitId,
    String supervisorId,
    String email,
    String orcid,
    Integer startYear,
    Integer endYear) {

  /** Name for display: Chinese where known. */
  public String displayName() {
    return nameZh != null && !nameZh.isBlank() ? nameZh : nameEn;
  }

  public boolean isStudent() {
    return "student".equalsIgnoreCase(kind);
  }

  /**
   * How many years the publication year lies outside the person's time at the university
   * (0 when inside). Unknown years count as inside.
   */
  public int yearsOutside(Integer year) {
    if (year == null) {
      return 0;
    }
    if (startYear != null && year < startYear) {
      return startYear - year;
    }
    if (endYear != null && year > endYear) {
      return year - endYear;
    }
    return 0;
  }
}
