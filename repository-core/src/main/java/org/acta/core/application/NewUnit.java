package org.acta.core.application;

import java.util.List;

/**
 * A unit to add to the directory.
 *
 * @param code the institution's unit identifier
 * @param parentCode code of the enclosing unit, {@code null} for the institution itself
 * @param nameZh official Chinese name
 * @param nameEn official English name
 * @param otherNames other names the unit goes by (abbreviations, former names)
 */
public record NewUnit(
    String code, String parentCode, String nameZh, String nameEn, List<OtherName> otherNames) {

  public NewUnit {
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
  }

  /**
   * Another name of a unit.
   *
   * @param name the name as affiliations write it
   * @param language BCP 47 tag ({@code zh}, {@code en}), {@code null} when unknown
   */
  public record OtherName(String name, String language) {}
}
