package org.acta.matching.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.acta.matching.dedup.score.Field;
import org.junit.jupiter.api.Test;

/**
 * The message bundles against the codes: a code without an English or a Chinese message, a
 * message that leaves out an argument of its code (or names one the code does not give), a
 * message for no code, or a Chinese message still in English, fails here instead of showing a
 * librarian a code or an English sentence on the Chinese screen.
 */
class ReasonBundlesTest {
  private static final Properties EN = load("reasons.properties");
  private static final Properties ZH = load("reasons_zh.properties");

  @Test
  void everyCodeHasAnEnglishAndAChineseMessageUsingExactlyItsArguments() {
    List<String> problems = new ArrayList<>();
    for (ReasonCode c : ReasonCode.values()) {
      for (var lang : List.of(new Object[] {"en", EN}, new Object[] {"zh", ZH})) {
        String pattern = ((Properties) lang[1]).getProperty(c.code());
        if (pattern == null) {
          problems.add(c.code() + ": no " + lang[0] + " message");
          continue;
        }
        Set<String> used = new TreeSet<>(new MessageFormat(pattern).getArgumentNames());
        Set<String> declared = new TreeSet<>(c.args());
        if (!used.equals(declared)) {
          problems.add(c.code() + " (" + lang[0] + "): the message uses " + used
              + ", the code gives " + declared);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyMessageBelongsToACode() {
    Set<String> orphans = new TreeSet<>();
    for (Properties p : List.of(EN, ZH)) {
      for (String key : p.stringPropertyNames()) {
        if (ReasonCode.of(key) == null) {
          orphans.add(key);
        }
      }
    }
    assertEquals(Set.of(), orphans, "messages without a code in ReasonCode");
  }

  @Test
  void chineseMessagesAreTranslatedNotCopied() {
    List<String> untranslated = new ArrayList<>();
    for (ReasonCode c : ReasonCode.values()) {
      String en = EN.getProperty(c.code());
      String zh = ZH.getProperty(c.code());
      if (en == null || zh == null) {
        continue; // reported by the test above
      }
      // an English message with words of its own (not only arguments, acronyms, punctuation)
      boolean hasWords = withoutArguments(en).matches("(?s).*[a-z]{2,}.*");
      if (hasWords && withoutArguments(zh).codePoints()
          .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        untranslated.add(c.code() + "=" + zh);
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void everyLevelOfEveryComparedFieldIsACode() {
    Set<String> missing = new LinkedHashSet<>();
    for (Field f : Field.values()) {
      for (int l = 0; l < f.levels(); l++) {
        String code = f.level(l).code();
        if (ReasonCode.of(code) == null) {
          missing.add(code);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void nestedReasonsAndListsRenderInTheReadersLanguage() {
    Reason pair = ReasonCode.DEDUP_PAIR.with("wos.txt#1", "ei.csv#2", Reason.list(
        ListStyle.SEMICOLON, List.of(
            ReasonCode.DEDUP_DOI_SAME.with("10.1000/x"),
            ReasonCode.DEDUP_TITLE_EQUAL_AFTER.with(Reason.list(ListStyle.COMMA, List.of(
                ReasonCode.DEDUP_FOLD_GREEK.with(), ReasonCode.DEDUP_FOLD_CASE.with()))),
            ReasonCode.DEDUP_FIELDS_EQUAL.with(Reason.list(ListStyle.AND, List.of(
                ReasonCode.DEDUP_FIELD_VENUE_ID.with(), ReasonCode.DEDUP_FIELD_YEAR.with(),
                ReasonCode.DEDUP_FIELD_PAGES.with()))),
            ReasonCode.DEDUP_PROBABILITY.with(0.98765))));
    assertEquals("wos.txt#1 = ei.csv#2: same DOI (10.1000/x); titles equal after Greek letters"
        + " spelled out (α → alpha), case ignored; ISSN/CN, year and pages equal;"
        + " match probability 0.9877", ReasonRenderer.of(java.util.Locale.ENGLISH).render(pair));
    assertEquals("wos.txt#1 = ei.csv#2：DOI 相同（10.1000/x）；题名经希腊字母拼写为英文（α → alpha）、"
        + "忽略大小写后相同；ISSN/CN 号、年份和页码相同；匹配概率 0.9877",
        ReasonRenderer.of(java.util.Locale.SIMPLIFIED_CHINESE).render(pair));
  }

  @Test
  void numbersAreWrittenAsTheEngineAlwaysWroteThem() {
    ReasonRenderer en = ReasonRenderer.of(java.util.Locale.ENGLISH);
    // a year is not grouped ("2019", not "2,019"), a probability rounds half up like %.4f
    assertEquals("2019 is 2 year(s) outside the person's time at the university",
        en.render(ReasonCode.YEARS_OUTSIDE.with(2019, 2)));
    assertEquals("match probability 0.1235", en.render(ReasonCode.DEDUP_PROBABILITY.with(0.12345)));
    assertEquals(String.format(java.util.Locale.ROOT, "match probability %.4f", 0.12345),
        en.render(ReasonCode.DEDUP_PROBABILITY.with(0.12345)));
    assertEquals("merged by a person (decision 123456)",
        en.render(ReasonCode.HUMAN_MERGED.with(123456L)));
  }

  @Test
  void aCodeThisVersionDoesNotKnowIsShownNotDropped() {
    Reason future = new Reason("dedup.somethingNew", java.util.Map.of("x", "1"));
    String words = ReasonRenderer.of(java.util.Locale.SIMPLIFIED_CHINESE).render(future);
    assertTrue(words.contains("dedup.somethingNew") && words.contains("1"), words);
  }

  @Test
  void storedTextIsShownAsItIsInEveryLanguage() {
    Reason old = Reason.text("surname and initial match");
    assertEquals("surname and initial match",
        ReasonRenderer.of(java.util.Locale.SIMPLIFIED_CHINESE).render(old));
    assertFalse(old.args().isEmpty());
  }

  private static String withoutArguments(String pattern) {
    return pattern.replaceAll("\\{[^{}]*\\}", "").replaceAll("\\b(DOI|ISSN|CN|ORCID|alpha|sub|p)\\b", "");
  }

  private static Properties load(String name) {
    try (InputStream in = ReasonRenderer.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
