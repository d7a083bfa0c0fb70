package org.acta.matching.attribution.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code units.csv} ({@code unit_id,parent_id,name_zh,name_en,variants}) and
 * {@code people.csv} ({@code person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,
 * start_year,end_year}) into a {@link UniversityDictionary}. Columns are found by header name;
 * a BOM and surrounding blanks are ignored.
 */
public final class DictionaryLoader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true).get();

  private DictionaryLoader() {}

  /** Loads both files; the readers are not closed. */
  public static UniversityDictionary load(Reader units, Reader people) {
    return UniversityDictionary.of(readUnits(units), readPeople(people));
  }

  public static List<Unit> readUnits(Reader in) {
    List<Unit> out = new ArrayList<>();
    try {
      for (CSVRecord r : FORMAT.parse(in)) {
        String variants = get(r, "variants");
        out.add(new Unit(get(r, "unit_id"), blankToNull(get(r, "parent_id")), get(r, "name_zh"),
            get(r, "name_en"),
            variants.isBlank() ? List.of()
                : Arrays.stream(variants.split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static List<Person> readPeople(Reader in) {
    List<Person> out = new ArrayList<>();
    try {
      for (CSVRecord r : FORMAT.parse(in)) {
        String email = blankToNull(get(r, "email"));
        String orcid = blankToNull(get(r, "orcid"));
        out.add(new Person(get(r, "person_id"), get(r, "kind").toLowerCase(java.util.Locale.ROOT),
            get(r, "name_zh"), get(r, "name_en"), blankToNull(get(r, "unit_id")),
            blankToNull(get(r, "supervisor_id")),
            email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
            orcid == null ? null : orcid.replaceFirst("(?i)^https?://orcid\\.org/", "")
                .toUpperCase(java.util.Locale.ROOT),
            year(get(r, "start_year")), year(get(r, "end_year"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String get(CSVRecord r, String column) {
    String key = column;
    if (!r.isMapped(key)) {
      // A BOM glued to the first header name.
      key = "\uFEFF" + column;
      if (!r.isMapped(key)) {
        return "";
      }
    }
    String v = r.isSet(key) ? r.get(key) : "";
    return v == null ? "" : v.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Integer year(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip().substring(0, Math.min(4, s.strip().length())));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
