package org.acta.matching.attribution.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An organisational unit; the one without a parent is the institution itself.
 *
 * @param id unit id
 * @param parentId parent unit id, null for the institution
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param variants other names (abbreviations, former names, other languages)
 */
public record Unit(
    String id, String parentId, String nameZh, String nameEn, List<String> variants) {
  public Unit {
    variants = variants == null ? List.of() : List.copyOf(variants);
  }

  public boolean isInstitution() {
    return parentId == null;
  }

  /** Every non-blank name of the unit, official names first. */
  public List<String> allNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String n : new ArrayList<>(List.of(nz(nameEn), nz(nameZh)))) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    for (String v : variants) {
      if (!v.isBlank()) {
        names.add(v.strip());
      }
    }
    return List.copyOf(names);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
