package org.acta.core.application.directory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;

/**
 * HR's people export as {@link HrDirectoryImport} would apply it: a listed person is added or
 * replaced by their row; a person the export no longer lists stays in the directory (marked as
 * having left, their publications stay attributed), so stays in the dictionary too.
 *
 * @param rows the export's people
 * @param fileName the export's name, for messages
 */
public record PeopleFileChange(List<Person> rows, String fileName) implements DictionaryChange {

  public PeopleFileChange {
    rows = List.copyOf(rows);
  }

  /** Reads the export (CSV or spreadsheet, told apart by content as the HR import does). */
  public static PeopleFileChange read(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<Person> people;
    try (Reader in = HrExportFile.open(file)) {
      people = DictionaryLoader.readPeople(in);
    }
    if (people.isEmpty()) {
      throw new IllegalArgumentException(name + ": no people (a header row with person_id, kind,"
          + " name_zh, name_en, unit_id, ... and one row per person)");
    }
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).id() == null || people.get(i).id().isBlank()) {
        // row numbers as a spreadsheet shows them: the header is row 1
        throw new IllegalArgumentException(name + ", row " + (i + 2) + ": person_id is empty");
      }
    }
    return new PeopleFileChange(people, name);
  }

  @Override
  public List<Person> people(List<Person> current, List<Unit> units) {
    Set<String> unitCodes = new HashSet<>();
    units.forEach(u -> unitCodes.add(u.id()));
    Map<String, Person> byCode = new LinkedHashMap<>();
    current.forEach(p -> byCode.put(p.id(), p));
    for (Person p : rows) {
      if (p.unitId() != null && !unitCodes.contains(p.unitId())) {
        throw new IllegalArgumentException(fileName + ": unit_id " + p.unitId() + " of "
            + p.id() + " names no unit");
      }
      byCode.put(p.id(), p);
    }
    return new ArrayList<>(byCode.values());
  }

  @Override
  public String describe() {
    return fileName + " (" + rows.size() + " people)";
  }
}
