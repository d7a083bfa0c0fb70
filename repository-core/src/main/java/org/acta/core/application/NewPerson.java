package org.acta.core.application;

/**
 * A person to add to the directory.
 *
 * @param code the institution's person identifier
 * @param kind {@code staff} or {@code student}
 * @param nameZh name in Chinese characters
 * @param nameEn romanised or English name as HR holds it
 * @param unitCode code of the person's unit, {@code null} when unknown
 * @param supervisorCode code of a student's supervisor, {@code null} for none
 * @param email e-mail address
 * @param orcid ORCID iD ({@code 0000-0002-1825-0097})
 * @param startYear first year at the institution, {@code null} when open
 * @param endYear last year at the institution, {@code null} when open
 */
public record NewPerson(
    String code,
    String kind,
    String nameZh,
    String nameEn,
    String unitCode,
    String supervisorCode,
    String email,
    String orcid,
    Integer startYear,
    Integer endYear) {}
