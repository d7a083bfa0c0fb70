package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.acta.matching.model.Author;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EiNamesTest {

  private static List<Author> authors(String... names) {
    List<Author> out = new ArrayList<>();
    for (String n : names) {
      out.add(Author.named(out.size() + 1, n));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Li, Si | - | 2",
      "li, si | - | 2",
      "Muller, Hans-Peter | - | 3",
      "Müller, H.-P. | - | 3",
      "Zhang San | - | 1",
      "San Zhang | - | 1",
      "Wang, X. | - | 4",
      "Li, M. | - | 0",
      "Li, M. | li.ming@x.edu.cn | 5",
      "Li, M. | limei2020@x.edu.cn | 6",
      "Li, M. | someone@x.edu.cn | 0",
      "Nobody, N. | - | 0"})
  void resolves(String entry, String email, int expected) {
    List<Author> list = authors("Zhang, San", "Li, Si", "Müller, Hans-Peter", "Wang, Xiaoming",
        "Li, Ming", "Li, Mei");
    assertEquals(expected, EiNames.resolve(entry, email == null ? List.of() : List.of(email), list));
  }
}
