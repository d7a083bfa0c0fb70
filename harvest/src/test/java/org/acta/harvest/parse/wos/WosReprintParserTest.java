package org.acta.harvest.parse.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WosReprintParserTest {
  @Test
  void mixedGroups() {
    List<WosReprintParser.Group> g = WosReprintParser.parse("Odelius, K (corresponding author),"
        + " KTH, Stockholm, Sweden.; Odelius, K; Olsén, P (corresponding author), Wallenberg Wood"
        + " Sci Ctr, Stockholm, Sweden.");
    assertEquals(2, g.size());
    assertEquals(List.of("Odelius, K"), g.get(0).names());
    assertEquals("KTH, Stockholm, Sweden", g.get(0).address());
    assertEquals(List.of("Odelius, K", "Olsén, P"), g.get(1).names());
    assertEquals("Wallenberg Wood Sci Ctr, Stockholm, Sweden", g.get(1).address());
  }

  @Test
  void oldFormsAndOddInput() {
    List<WosReprintParser.Group> old = WosReprintParser.parse("GERSONY, WM, COLUMBIA UNIV, NEW YORK.");
    assertEquals(List.of("GERSONY, WM"), old.get(0).names());
    assertEquals("COLUMBIA UNIV, NEW YORK", old.get(0).address());
    // Fuzzing found these: adjacent markers, a separator overlapping a marker.
    List<WosReprintParser.Group> adjacent =
        WosReprintParser.parse("A, B (reprint author)(reprint author); (reprint author).; x");
    assertEquals(3, adjacent.size());
    assertNull(adjacent.get(0).address());
    WosReprintParser.parse("x.; (corresponding author).; (corresponding author)");
    WosReprintParser.parse("(reprint author).;(reprint author)");
  }
}
