package org.acta.harvest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(value = {
      "112-120, 112, 120",
      "112 - 120, 112, 120",
      "pp. 112-120, 112, 120",
      "45-52+60, 45, 60",
      "1106-1111+1117, 1106, 1117",
      "45~52, 45, 52",
      "215–220, 215, 220",
      "e1234-e1240, e1234, e1240",
      "004, 004, ",
      "107936-, 107936, "})
  void splits(String raw, String start, String end) {
    Pages p = Pages.parse(raw);
    assertEquals(raw.strip(), p.raw());
    assertEquals(start, p.start());
    assertEquals(end, p.end());
  }

  @Test
  void blankIsNull() {
    assertNull(Pages.parse("  "));
    assertNull(Pages.parse(null));
  }
}
