package org.acta.matching.attribution.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.acta.matching.attribution.name.ChineseRomanizer;
import org.acta.matching.attribution.name.NameStrength;
import org.acta.matching.attribution.name.PersonNameKeys;

/**
 * The university's units and people, immutable and indexed for matching: units by id and their
 * ancestry; people by id, by name key (see {@link PersonNameKeys}), by e-mail, by ORCID, and
 * students by supervisor. Built once per run (a few hundred ms for 200,000 people) and shared by
 * all threads.
 */
public final class UniversityDictionary {
  private final Unit institution;
  private final Map<String, Unit> units;
  private final Map<String, Person> people;
  private final Map<String, List<Person>> byNameKey;
  private final Map<String, List<Person>> byEmail;
  private final Map<String, List<Person>> byOrcid;
  private final Map<String, List<Person>> bySupervisor;
  private final Map<String, Set<String>> agreeingUnits;
  private final Set<String> chineseNamed;

  private UniversityDictionary(List<Unit> unitList, List<Person> personList,
      PersonNameKeys nameKeys) {
    Map<String, Unit> u = new LinkedHashMap<>();
    Unit root = null;
    for (Unit unit : unitList) {
      u.put(unit.id(), unit);
      if (unit.isInstitution() && root == null) {
        root = unit;
      }
    }
    if (root == null) {
      throw new IllegalArgumentException("units: no row without parent_id (the institution)");
    }
    this.institution = root;
    this.units = Map.copyOf(u);
    Map<String, Person> p = new LinkedHashMap<>();
    Map<String, List<Person>> names = new HashMap<>(personList.size() * 16);
    Set<String> chinese = new java.util.HashSet<>();
    for (Person person : personList) {
      p.put(person.id(), person);
      if (PersonNameKeys.isChineseName(person.nameZh())) {
        chinese.add(person.id());
      }
      for (String key : nameKeys.keys(person.nameZh(), person.nameEn())) {
        names.computeIfAbsent(key, k -> new ArrayList<>(2)).add(person);
        if (isWeakKey(key) && person.unitId() != null) {
          // Surname + initials hit hundreds of people in a large university: also index them by
          // unit, so that an affiliation that names a unit looks at that unit only.
          names.computeIfAbsent(key + "@" + person.unitId(), k -> new ArrayList<>(2)).add(person);
        }
      }
    }
    this.people = java.util.Collections.unmodifiableMap(p);
    this.byNameKey = freeze(names);
    this.chineseNamed = java.util.Collections.unmodifiableSet(chinese);
    Map<String, Set<String>> agree = new HashMap<>();
    for (String a : this.units.keySet()) {
      Set<String> set = new java.util.HashSet<>();
      for (String b : this.units.keySet()) {
        if (computeUnitsAgree(a, b)) {
          set.add(b);
        }
      }
      agree.put(a, java.util.Collections.unmodifiableSet(set));
    }
    this.agreeingUnits = Map.copyOf(agree);
    this.byEmail = index(personList, pr -> norm(pr.email()));
    this.byOrcid = index(personList, pr -> norm(pr.orcid()));
    this.bySupervisor = index(personList, Person::supervisorId);
  }

  /** Builds the dictionary; name keys come from the standard Chinese romanizer. */
  public static UniversityDictionary of(List<Unit> units, List<Person> people) {
    return new UniversityDictionary(units, people,
        new PersonNameKeys(ChineseRomanizer.standard()));
  }

  private static Map<String, List<Person>> index(Collection<Person> people,
      Function<Person, String> key) {
    Map<String, List<Person>> m = new HashMap<>();
    for (Person p : people) {
      String k = key.apply(p);
      if (k != null && !k.isBlank()) {
        m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(p);
      }
    }
    return freeze(m);
  }

  private static Map<String, List<Person>> freeze(Map<String, List<Person>> m) {
    Map<String, List<Person>> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  static String norm(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  /** The institution (root unit). */
  public Unit institution() {
    return institution;
  }

  public Collection<Unit> units() {
    return units.values();
  }

  public Unit unit(String id) {
    return id == null ? null : units.get(id);
  }

  public Collection<Person> people() {
    return people.values();
  }

  public Person person(String id) {
    return id == null ? null : people.get(id);
  }

  private static boolean isWeakKey(String key) {
    return key.startsWith(NameStrength.INITIALS.prefix()) || key.startsWith(
        NameStrength.INITIAL.prefix());
  }

  /**
   * People indexed under a surname+initials key within one unit (exactly that unit; combine with
   * {@link #agreeingUnits}).
   */
  public List<Person> byNameKeyInUnit(String key, String unitId) {
    return byNameKey.getOrDefault(key + "@" + unitId, List.of());
  }

  /** Units that agree with the given one (itself, its sub-units, its parents below the root). */
  public Set<String> agreeingUnits(String unitId) {
    Set<String> set = agreeingUnits.get(unitId);
    return set == null ? (unitId == null ? Set.of() : Set.of(unitId)) : set;
  }

  /** People indexed under a name key. */
  public List<Person> byNameKey(String key) {
    return byNameKey.getOrDefault(key, List.of());
  }

  public List<Person> byEmail(String email) {
    String k = norm(email);
    return k == null ? List.of() : byEmail.getOrDefault(k, List.of());
  }

  public List<Person> byOrcid(String orcid) {
    String k = norm(orcid);
    return k == null ? List.of() : byOrcid.getOrDefault(k, List.of());
  }

  /** Students whose supervisor is the given staff member. */
  public List<Person> studentsOf(String supervisorId) {
    return supervisorId == null ? List.of() : bySupervisor.getOrDefault(supervisorId, List.of());
  }

  /** The unit and all its ancestors up to the institution, the unit first. */
  public List<String> lineage(String unitId) {
    List<String> out = new ArrayList<>(4);
    Set<String> seen = new java.util.HashSet<>();
    for (Unit u = unit(unitId); u != null && seen.add(u.id()); u = unit(u.parentId())) {
      out.add(u.id());
    }
    return out;
  }

  /**
   * Whether a unit named in an affiliation agrees with the person's unit: the same unit, or one
   * is inside the other below the institution level (a lab and its school).
   */
  public boolean unitsAgree(String personUnit, String affiliationUnit) {
    if (personUnit == null || affiliationUnit == null) {
      return false;
    }
    Set<String> agree = agreeingUnits.get(personUnit);
    return agree != null ? agree.contains(affiliationUnit) : personUnit.equals(affiliationUnit);
  }

  /** Whether the person's Chinese name is a Chinese personal name (not a transliteration). */
  public boolean hasChineseName(Person person) {
    return chineseNamed.contains(person.id());
  }

  private boolean computeUnitsAgree(String personUnit, String affiliationUnit) {
    if (personUnit.equals(affiliationUnit)) {
      return true;
    }
    List<String> a = lineage(personUnit);
    List<String> b = lineage(affiliationUnit);
    a.remove(institution.id());
    b.remove(institution.id());
    return a.contains(affiliationUnit) || b.contains(personUnit);
  }
}
