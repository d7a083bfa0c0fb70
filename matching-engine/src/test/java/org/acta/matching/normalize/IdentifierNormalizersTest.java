package org.acta.matching.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdentifierNormalizersTest {

  @Test
  void doiLosesPrefixesCaseAndTrailingPunctuation() {
    assertEquals("10.99999/j.issn.1009-9638.2023.05.012", Doi.normalize("https://doi.org/10.99999/J.ISSN.1009-9638.2023.05.012"));
    assertEquals("10.1000/abc", Doi.normalize("doi: 10.1000/ABC."));
    assertEquals("10.1000/abc", Doi.normalize("http://dx.doi.org/10.1000/abc"));
    assertEquals("10.97270/j.cnki.cgxb.2025.04.012",
        Doi.normalize("https://link.cnki.net/doi/10.97270/J.CNKI.CGXB.2025.04.012"));
    assertNull(Doi.normalize("not a doi"));
  }

  @Test
  void issnIsHyphenatedAndCheckDigitVerified() {
    assertEquals("3326-9483", Issn.normalize("33269483"));
    assertEquals("3326-9483", Issn.normalize("3326-9483"));
    assertEquals("0378-5955", Issn.normalize("0378-5955"));
    assertEquals("2434-561X", Issn.normalize("2434561x"));
    assertNull(Issn.normalize("3326-9484"), "wrong check digit");
    assertNull(Issn.normalize("1234"));
  }

  @Test
  void pagesAcceptRangesArticleNumbersAndCnkiContinuations() {
    assertEquals(new Pages("112", "120"), Pages.of(null, null, "112-120"));
    assertEquals(new Pages("112", "120"), Pages.of(null, null, "112 - 120"));
    assertEquals(new Pages("45", "52"), Pages.of(null, null, "45-52+60"));
    assertEquals(new Pages("107936", null), Pages.of(null, null, "107936-"));
    assertEquals(new Pages("215", "220"), Pages.of("215", "220", null));
    assertEquals(new Pages("215", "220"), Pages.of(null, null, "215–220"));
    assertEquals("146151", Pages.articleNumber("146151"));
  }

  @Test
  void issueAndVolumeCompareAsNumbers() {
    assertEquals("5", Numbering.normalize("05"));
    assertEquals("S1", Numbering.normalize("s1"));
    assertNull(Numbering.normalize(" "));
  }

  @Test
  void titleMarkersFindPartsAndCorrections() {
    assertEquals(1, TitleMarkers.partNumber(TextFolder.fold("Modelling of creep, Part I: theory")));
    assertEquals(1, TitleMarkers.partNumber(TextFolder.fold("Modelling of creep, Part 1: theory")));
    assertEquals(2, TitleMarkers.partNumber(TextFolder.fold("Modelling of creep. Part II. Experiments")));
    assertEquals(2, TitleMarkers.partNumber(TextFolder.fold("蠕变建模研究（Ⅱ）")));
    assertEquals(0, TitleMarkers.partNumber(TextFolder.fold("Particle swarm optimisation")));
    assertEquals(2, TitleMarkers.bracketedPart("大规模MIMO系统用于智能电网：滑模控制与能效（Ⅱ）：机理分析"));
    assertEquals(0, TitleMarkers.bracketedPart("X射线衍射研究(i)"));
    assertEquals(true, TitleMarkers.isCorrection(TextFolder.fold("Corrigendum to \"Modelling of creep\"")));
    assertEquals(true, TitleMarkers.isCorrection(TextFolder.fold("Erratum: Modelling of creep")));
    assertEquals(false, TitleMarkers.isCorrection(TextFolder.fold("Error correction codes for storage")));
  }
}
