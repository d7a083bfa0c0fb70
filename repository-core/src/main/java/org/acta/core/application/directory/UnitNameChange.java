package org.acta.core.application.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acta.matching.attribution.dictionary.Unit;

/**
 * Adding or removing one other name (variant) of a unit; with no unit code, of the institution
 * itself (the root unit), whose names decide whether an affiliation is the university at all.
 * Only other names are changed here: the official Chinese and English names come from HR.
 *
 * @param unitCode the unit, or null for the institution
 * @param name the other name
 * @param add true to add it, false to remove it
 */
public record UnitNameChange(String unitCode, String name, boolean add) implements DictionaryChange {

  public UnitNameChange {
    name = name == null ? null : name.strip();
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: a unit name must not be blank");
    }
    if (name.length() > 512) {
      throw new IllegalArgumentException("name: at most 512 characters, not " + name.length());
    }
    unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
  }

  /** The action as the contract names it. */
  public static UnitNameChange of(String unitCode, String name, String action) {
    if (!"add".equals(action) && !"remove".equals(action)) {
      throw new IllegalArgumentException("action: must be add or remove, not " + action);
    }
    return new UnitNameChange(unitCode, name, "add".equals(action));
  }

  @Override
  public List<Unit> units(List<Unit> current) {
    Unit target = target(current);
    boolean known = target.variants().stream().anyMatch(v -> v.strip().equals(name));
    if (add && (known || target.allNames().contains(name))) {
      throw new IllegalArgumentException("name: '" + name + "' is already a name of unit "
          + target.id());
    }
    if (!add && !known) {
      throw new IllegalArgumentException("name: '" + name + "' is not an other name of unit "
          + target.id() + " (official names come from HR)");
    }
    List<Unit> out = new ArrayList<>(current.size());
    for (Unit u : current) {
      if (u != target) {
        out.add(u);
        continue;
      }
      List<String> variants = new ArrayList<>(u.variants());
      if (add) {
        variants.add(name);
      } else {
        variants.removeIf(v -> v.strip().equals(name));
      }
      out.add(new Unit(u.id(), u.parentId(), u.nameZh(), u.nameEn(), variants));
    }
    return out;
  }

  /** The unit this change is about among {@code units}. */
  public Unit target(List<Unit> units) {
    for (Unit u : units) {
      if (unitCode == null ? u.isInstitution() : u.id().equals(unitCode)) {
        return u;
      }
    }
    throw new IllegalArgumentException(unitCode == null ? "unitCode: no institution (root unit)"
        : "unitCode: no unit with code '" + unitCode + "'");
  }

  @Override
  public String describe() {
    return (add ? "add" : "remove") + " name '" + name + "' of "
        + Objects.requireNonNullElse(unitCode, "the institution");
  }
}
