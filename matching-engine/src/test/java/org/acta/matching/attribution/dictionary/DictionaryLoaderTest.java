package org.acta.matching.attribution.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.acta.matching.attribution.TestDictionary;
import org.junit.jupiter.api.Test;

class DictionaryLoaderTest {

  @Test
  void readsUnitsWithBomAndVariantsAndFindsTheInstitution() {
    UniversityDictionary d = TestDictionary.load();
    assertEquals("D000", d.institution().id());
    assertTrue(d.institution().variants().contains("Donghu Univ Technol"));
    assertEquals(List.of("D201", "D101", "D000"), d.lineage("D201"));
  }

  @Test
  void indexesPeopleByEmailOrcidSupervisorAndName() {
    UniversityDictionary d = TestDictionary.load();
    assertEquals("S001", d.byEmail("WangWei@dut.edu.cn").get(0).id());
    assertEquals("S001", d.byOrcid("0000-0001-0000-0001").get(0).id());
    assertEquals("T001", d.studentsOf("S001").get(0).id());
    assertEquals(2, d.byNameKey("h:王伟").size());
    assertEquals(2, d.byNameKey("f:zhang|min").size(), "张敏 and 章敏 are both Zhang Min");
  }

  @Test
  void unitsAgreeAlongTheLineageButNotThroughTheInstitution() {
    UniversityDictionary d = TestDictionary.load();
    assertTrue(d.unitsAgree("D201", "D101"), "a lab agrees with its school");
    assertTrue(d.unitsAgree("D101", "D201"));
    assertTrue(!d.unitsAgree("D101", "D102"), "two schools do not agree via the root");
  }

  @Test
  void emptyYearsAndIdsAreNull() {
    List<Person> people = DictionaryLoader.readPeople(new StringReader(
        "person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year\n"
            + "X1,Staff,李四,Li Si,U1,,,https://orcid.org/0000-0002-1825-009x,,\n"));
    Person p = people.get(0);
    assertEquals("staff", p.kind());
    assertNull(p.startYear());
    assertNull(p.email());
    assertEquals("0000-0002-1825-009X", p.orcid());
    assertEquals(0, p.yearsOutside(1990));
  }
}
