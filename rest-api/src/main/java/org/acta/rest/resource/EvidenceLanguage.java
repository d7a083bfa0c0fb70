package org.acta.rest.resource;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.acta.matching.explain.ReasonRenderer;

/**
 * The language a request reads evidence in: the first language of its {@code Accept-Language}
 * (in order of preference) that Acta writes evidence in, Chinese or English; Chinese, the
 * product's default, when it names neither or none. The answers say {@code Vary: Accept-Language}.
 */
final class EvidenceLanguage {
  static final String VARY = "Accept-Language";

  private EvidenceLanguage() {}

  static Locale of(HttpHeaders headers) {
    return of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The language for an {@code Accept-Language} header's value (null when absent). */
  static Locale of(String header) {
    Locale fallback = ReasonRenderer.LANGUAGES.get(0);
    if (header == null || header.isBlank()) {
      return fallback;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String language = range.getRange().split("-", 2)[0];
        for (Locale spoken : ReasonRenderer.LANGUAGES) {
          if (spoken.getLanguage().equals(language)) {
            return spoken;
          }
        }
      }
    } catch (IllegalArgumentException malformed) {
      // an unreadable header is no reason to refuse the answer: the default language
    }
    return fallback;
  }
}
