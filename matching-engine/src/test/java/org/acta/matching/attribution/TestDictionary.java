package org.acta.matching.attribution;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.attribution.dictionary.UniversityDictionary;

/** The invented test university (Donghu University of Technology) from the test resources. */
public final class TestDictionary {
  private TestDictionary() {}

  public static UniversityDictionary load() {
    try (Reader u = reader("units.csv"); Reader p = reader("people.csv")) {
      return DictionaryLoader.load(u, p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Reader reader(String name) {
    return new InputStreamReader(TestDictionary.class.getResourceAsStream(name),
        StandardCharsets.UTF_8);
  }
}
