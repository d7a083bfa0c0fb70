package org.acta.matching.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFolderTest {

  private static String key(String s) {
    return TextFolder.compact(TextFolder.fold(s));
  }

  @Test
  void greekLettersAreSpelledOutAsWosDoes() {
    assertEquals(key("decorated with alpha-Fe2O3 nanoparticles"), key("decorated with α-Fe2O3 nanoparticles"));
    assertEquals(key("alpha-Fe2O3"), key("&alpha;-Fe<sub>2</sub>O<sub>3</sub>"));
    assertEquals("mu m", TextFolder.fold("µ m")); // MICRO SIGN folds to mu through NFKC
  }

  @Test
  void markupEntitiesAndCnkiSubscriptsAreRemoved() {
    assertEquals(key("TiO2 nanotube"), key("TiO<inf>2</inf> nanotube"));
    assertEquals(key("α-Fe2O3/TiO2"), key("α-Fe_2O_3/TiO_2"));
    assertEquals(key("cm-2"), key("cm~(-2)"));
    assertEquals(key("TiO2"), key("TiO₂"));
    assertEquals(key("R&D"), key("R&amp;D"));
  }

  @Test
  void dashesFullWidthCaseAndDiacriticsFold() {
    assertEquals(key("a - combined study"), key("a – combined study"));
    assertEquals(key("(SOH)"), key("（ＳＯＨ）"));
    assertEquals(key("ENHANCED HYDROGEN EVOLUTION"), key("Enhanced hydrogen evolution"));
    assertEquals(key("Muller"), key("Müller"));
    assertEquals(key("Bjornson"), key("Björnson"));
    assertEquals(key("Lodz"), key("Łódź"));
  }

  @Test
  void hanCharactersAreWordsOfTheirOwn() {
    assertEquals("纳 米 管 阵 列", TextFolder.fold("纳米管阵列"));
    assertTrue(TextFolder.isMostlyHan("α-Fe_2O_3/TiO_2纳米管阵列异质结光阳极的制备"));
    assertFalse(TextFolder.isMostlyHan("Preparation of α-Fe2O3/TiO2 nanotube arrays"));
  }
}
