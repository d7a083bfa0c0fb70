package org.acta.rest.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which of its two languages Acta writes evidence in for an Accept-Language header. */
class EvidenceLanguageTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void theFirstLanguageAskedForThatActaWrites() {
    assertEquals(EN, EvidenceLanguage.of("en-US,en;q=0.9"));
    assertEquals(EN, EvidenceLanguage.of("fr-FR, en;q=0.5, zh;q=0.4"));
    assertEquals(ZH, EvidenceLanguage.of("zh-CN,zh;q=0.9,en;q=0.8"));
    assertEquals(ZH, EvidenceLanguage.of("zh-TW"));
    assertEquals(ZH, EvidenceLanguage.of("en;q=0.2, zh;q=0.9"), "by weight, not by position");
  }

  @Test
  void chineseWhenNoneOrNeitherIsAskedFor() {
    assertEquals(ZH, EvidenceLanguage.of((String) null));
    assertEquals(ZH, EvidenceLanguage.of(""));
    assertEquals(ZH, EvidenceLanguage.of("*"));
    assertEquals(ZH, EvidenceLanguage.of("de-DE"));
    assertEquals(ZH, EvidenceLanguage.of("not a language list;;"), "a malformed header");
  }
}
