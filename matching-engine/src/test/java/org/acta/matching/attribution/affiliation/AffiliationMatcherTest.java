package org.acta.matching.attribution.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acta.matching.attribution.TestDictionary;
import org.junit.jupiter.api.Test;

class AffiliationMatcherTest {
  private final AffiliationMatcher matcher = new AffiliationMatcher(TestDictionary.load());

  private void university(String text, String unit) {
    AffiliationMatch m = matcher.match(text);
    assertTrue(m.institution(), text + " → " + m);
    assertEquals(unit, m.unitId(), text);
  }

  private void notUniversity(String text) {
    assertFalse(matcher.match(text).institution(), text);
  }

  @Test
  void wosAbbreviatedEnglishAndChineseForms() {
    university("Donghu Univ Technol, Sch Mat Sci & Engn, Donghu 430000, Peoples R China.", "D101");
    university("School of Materials Science and Engineering, Donghu University of Technology, "
        + "Donghu; 430000, China", "D101");
    university("东湖工业大学材料科学与工程学院", "D101");
    university("东湖工业大学材料系", "D101");
    university("Donghu Univ Technol, Donghu 430000, Peoples R China.", null);
  }

  @Test
  void spellingsThatAreNotInTheDictionary() {
    university("Donghu Univ Tech, Sch Mat Sci Engn, Donghu 430000, Peoples R China.", "D101");
    university("Donghu Univ Technology, Coll Comp Sci, Donghu 430000, Peoples R China.", "D103");
    university("Donghu Univ Technol, Dept Math Sci, Donghu 430000, Peoples R China.", "D102");
    university("Donghu Univ Technol, Pharm Sch, Donghu 430000, Peoples R China.", "D104");
    university("Donghu Univ Technol DUT, Sch Comp Sci, Donghu 430000, Peoples R China.", "D103");
    university("Sch Comp Sci, Donghu Univ Technol, Donghu 430000, Peoples R China.", "D103");
    university("Donghu Univ Technol, State Key Lab Funct Crystal, Donghu, Peoples R China.",
        "D201");
    university("Donghu Univ Technol, Sch Mat Sci & Engn, State Key Lab Funct Crystals, Donghu, "
        + "Peoples R China.", "D201");
  }

  @Test
  void formerNameCounts() {
    university("Donghu Inst Light Ind, Sch Pharm, Donghu 430000, Peoples R China.", "D104");
    university("东湖轻工学院药学院", "D104");
  }

  @Test
  void lookAlikeInstitutionsAreNotTheUniversity() {
    for (String text : List.of(
        "Donghu Univ, Sch Mat Sci & Engn, Donghu 430001, Peoples R China.",
        "Donghu Maritime Univ, Sch Mat Sci & Engn, Donghu 430002, Peoples R China.",
        "Donghu Inst Technol, Sch Comp Sci, Donghu 430003, Peoples R China.",
        "Donghu Univ Technol & Business, Sch Pharm, Donghu, Peoples R China.",
        "Donghu Inst Light Ind Technol, Donghu, Peoples R China.",
        "School of Pharmacy, Donghu University, Donghu; 430001, China",
        "东湖大学材料科学与工程学院",
        "东湖工业学院计算机学院",
        "东湖海事大学药学院")) {
      AffiliationMatch m = matcher.match(text);
      assertFalse(m.institution(), text);
      assertTrue(m.lookAlike(), text);
    }
  }

  @Test
  void aUnitAloneOnlyCountsForANamedLabWithoutAnotherOrganisationInTheHomeCity() {
    university("State Key Lab Funct Crystals, Donghu 430000, Peoples R China.", "D201");
    notUniversity("Sch Mat Sci & Engn, Donghu 430000, Peoples R China.");
    notUniversity("Wuhan Univ, State Key Lab Funct Crystals, Wuhan 430072, Peoples R China.");
    notUniversity("State Key Lab Funct Crystals, Wuhan 430072, Peoples R China.");
  }

  @Test
  void oneLetterInTheDistinctiveWordMakesAnotherInstitution() {
    notUniversity("Donghe Univ Technol, Sch Mat Sci & Engn, Donghe 430000, Peoples R China.");
    university("Donghu Univ Technlogy, Sch Mat Sci & Engn, Donghu 430000, Peoples R China.",
        "D101");
  }

  @Test
  void aLongerNameStartingWithTheUniversitysIsAnotherInstitution() {
    notUniversity("Donghu Univ Technol Renai Coll, Donghu 430000, Peoples R China.");
    university("Donghu University of Technology School of Pharmacy, Donghu 430000, China", "D104");
  }

  @Test
  void unrelatedAddresses() {
    notUniversity("Tsinghua Univ, Dept Comp Sci, Beijing 100084, Peoples R China.");
    notUniversity("清华大学计算机系");
    notUniversity("");
  }
}
