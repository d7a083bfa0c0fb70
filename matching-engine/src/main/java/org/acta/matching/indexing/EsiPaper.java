package org.acta.matching.indexing;

import java.util.Locale;
import org.acta.matching.normalize.Doi;

/**
 * A paper of an ESI highly-cited or hot list.
 *
 * @param doi DOI as printed, or blank
 * @param wosUt WoS accession ({@code WOS:000123456700001} or the bare 15 digits), or blank
 * @param field the ESI field ESI assigned the paper (papers of multidisciplinary journals get
 *     their own field), or blank
 */
public record EsiPaper(String doi, String wosUt, String field) {

  /** The DOI normalised as the engine does, or null. */
  public String doiKey() {
    return Doi.normalize(doi);
  }

  /** The WoS UT as {@code WOS:} and 15 characters, or null. */
  public String utKey() {
    return utKey(wosUt);
  }

  /** A WoS UT in its canonical form: upper case, with the {@code WOS:} prefix; null if blank. */
  public static String utKey(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    return s.startsWith("WOS:") ? s : "WOS:" + s;
  }
}
