package org.acta.matching.attribution.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {
  private final ChineseRomanizer romanizer = ChineseRomanizer.standard();
  private final PersonNameKeys personKeys = new PersonNameKeys(romanizer);
  private final AuthorNameReader reader = new AuthorNameReader();

  @Test
  void surnamesAreReadAsSurnamesNotAsCommonWords() {
    assertEquals("zeng", romanizer.surnameReadings("曾").get(0));
    assertEquals("shan", romanizer.surnameReadings("单").get(0));
    assertEquals("xie", romanizer.surnameReadings("解").get(0));
    assertEquals("piao", romanizer.surnameReadings("朴").get(0));
    assertEquals(List.of("lv", "lu", "lyu"), romanizer.surnameReadings("吕"));
  }

  @Test
  void compoundSurnamesAreSplitOff() {
    assertEquals(new ChineseRomanizer.SplitName("欧阳", "倩杰"), romanizer.split("欧阳倩杰"));
    assertEquals(new ChineseRomanizer.SplitName("王", "伟"), romanizer.split("王伟"));
    assertEquals("ouyang", romanizer.surnameReadings("欧阳").get(0));
  }

  @Test
  void everyPublishedFormOfAChineseNameFindsThePerson() {
    Set<String> keys = personKeys.keys("王小明", "Wang Xiaoming");
    for (String printed : List.of("Wang, Xiaoming", "Wang, Xiao-Ming", "WANG, XIAOMING",
        "Wang, Xiao-ming", "Wang Xiaoming", "Xiaoming Wang", "Wang, XM", "Wang, X.-M.",
        "Wang XM", "王小明", "Xiaoming, Wang", "XiaomingWang", "Wang Xiao Ming")) {
      assertTrue(reader.read(printed).stream().anyMatch(r -> keys.contains(r.key())), printed);
    }
    assertFalse(reader.read("Wang, Xiaoping").stream().anyMatch(r -> keys.contains(r.key())));
  }

  @Test
  void hrNameInWesternOrderIsRecognised() {
    // 乐 is read Yue as a surname; the HR spelling of the given name decides polyphonic givens.
    Set<String> keys = personKeys.keys("乐长青", "Changqing Yue");
    assertTrue(keys.contains("f:yue|changqing"), keys::toString);
    assertFalse(keys.contains("f:changqing|yue"), keys::toString);
  }

  @Test
  void givenNamesWithApostropheAndUmlautSpellings() {
    Set<String> xiaoan = personKeys.keys("李晓安", "Li Xiao'an");
    assertTrue(xiaoan.contains("f:li|xiaoan"));
    Set<String> lyu = personKeys.keys("吕文", "Lyu Wen");
    for (String printed : List.of("Lv, Wen", "Lu, Wen", "Lyu, Wen", "Lü, Wen")) {
      assertTrue(reader.read(printed).stream().anyMatch(r -> lyu.contains(r.key())), printed);
    }
  }

  @Test
  void hongKongSpellingFromHrAndWesternNamesWithDiacritics() {
    Set<String> wong = personKeys.keys("黄志强", "Wong Chi-Keung");
    assertTrue(wong.contains("f:wong|chikeung"));
    assertTrue(wong.contains("i:wong|ck"));
    assertTrue(wong.contains("f:huang|zhiqiang"), "mainland reading kept too");
    Set<String> muller = personKeys.keys("汉斯-彼得·穆勒", "Hans-Peter Müller");
    assertTrue(muller.contains("f:muller|hanspeter"));
    for (String printed : List.of("Müller, Hans-Peter", "Muller, Hans-Peter", "Müller, HP")) {
      assertTrue(reader.read(printed).stream().anyMatch(r -> muller.contains(r.key())), printed);
    }
  }

  @Test
  void westernTwoWordSurnamesAndMiddleInitials() {
    Set<String> spanish = personKeys.keys("", "Miguel Ángel Fernández López");
    assertTrue(reader.read("Fernández López, Miguel Ángel").stream()
        .anyMatch(r -> spanish.contains(r.key())));
    Set<String> smith = personKeys.keys("", "John Smith");
    assertTrue(reader.read("Smith, John A.").stream().anyMatch(r -> smith.contains(r.key())));
  }

  @Test
  void initialsAndSwappedReadingsAreMarked() {
    List<NameReading> r = reader.read("Wang, XM");
    assertEquals(NameStrength.INITIALS, r.get(0).strength());
    NameReading swapped = reader.read("Xiaoming, Wang").stream()
        .filter(x -> x.key().equals("f:wang|xiaoming")).findFirst().orElseThrow();
    assertTrue(swapped.swapped());
  }

  @Test
  void looseKeysLineUpHanziWithPinyin() {
    LooseNameKey loose = new LooseNameKey(romanizer);
    assertTrue(LooseNameKey.compatible(loose.of("曾晓明"), loose.of("Zeng, X.")));
    assertTrue(LooseNameKey.compatible(loose.of("王小明"), loose.of("Wang, Xiaoming")));
    assertFalse(LooseNameKey.compatible(loose.of("王小明"), loose.of("Li, Xiaoming")));
  }
}
