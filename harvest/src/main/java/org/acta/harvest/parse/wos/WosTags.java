package org.acta.harvest.parse.wos;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The WoS field tags the readers need to know about (formats.md §2.3, §2.4, §3.4). */
public final class WosTags {
  private WosTags() {}

  /** A tag: two characters, letter then letter or digit. */
  static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]");

  /**
   * Tags whose continuation lines are new items (formats.md §2.3); every other tag's continuation
   * lines are the same value wrapped, joined with one space.
   */
  static final Set<String> LIST_TAGS = Set.of("AU", "AF", "BA", "BF", "BE", "C1", "CR", "CA", "GP");

  /** Excel column labels → tags (formats.md §3.4), keyed in lower case. */
  static final Map<String, String> EXCEL_LABELS = Map.ofEntries(
      Map.entry("publication type", "PT"), Map.entry("authors", "AU"),
      Map.entry("book authors", "BA"), Map.entry("book editors", "BE"),
      Map.entry("book group authors", "GP"), Map.entry("author full names", "AF"),
      Map.entry("book author full names", "BF"), Map.entry("group authors", "CA"),
      Map.entry("article title", "TI"), Map.entry("source title", "SO"),
      Map.entry("book series title", "SE"), Map.entry("book series subtitle", "BS"),
      Map.entry("language", "LA"), Map.entry("document type", "DT"),
      Map.entry("conference title", "CT"), Map.entry("conference date", "CY"),
      Map.entry("conference location", "CL"), Map.entry("conference sponsor", "SP"),
      Map.entry("conference host", "HO"), Map.entry("author keywords", "DE"),
      Map.entry("keywords plus", "ID"), Map.entry("abstract", "AB"),
      Map.entry("addresses", "C1"), Map.entry("affiliations", "C3"),
      Map.entry("reprint addresses", "RP"), Map.entry("email addresses", "EM"),
      Map.entry("researcher ids", "RI"), Map.entry("orcids", "OI"),
      Map.entry("funding orgs", "FU"), Map.entry("funding name preferred", "FP"),
      Map.entry("funding text", "FX"), Map.entry("cited references", "CR"),
      Map.entry("cited reference count", "NR"), Map.entry("times cited, wos core", "TC"),
      Map.entry("times cited, all databases", "Z9"), Map.entry("180 day usage count", "U1"),
      Map.entry("since 2013 usage count", "U2"), Map.entry("publisher", "PU"),
      Map.entry("publisher city", "PI"), Map.entry("publisher address", "PA"),
      Map.entry("issn", "SN"), Map.entry("eissn", "EI"), Map.entry("isbn", "BN"),
      Map.entry("journal abbreviation", "J9"), Map.entry("journal iso abbreviation", "JI"),
      Map.entry("publication date", "PD"), Map.entry("publication year", "PY"),
      Map.entry("volume", "VL"), Map.entry("issue", "IS"), Map.entry("part number", "PN"),
      Map.entry("supplement", "SU"), Map.entry("special issue", "SI"),
      Map.entry("meeting abstract", "MA"), Map.entry("start page", "BP"),
      Map.entry("end page", "EP"), Map.entry("article number", "AR"), Map.entry("doi", "DI"),
      Map.entry("doi link", "DL"), Map.entry("book doi", "D2"),
      Map.entry("early access date", "EA"), Map.entry("number of pages", "PG"),
      Map.entry("wos categories", "WC"), Map.entry("web of science categories", "WC"),
      Map.entry("web of science index", "WE"), Map.entry("research areas", "SC"),
      Map.entry("ids number", "GA"), Map.entry("pubmed id", "PM"),
      Map.entry("open access designations", "OA"), Map.entry("highly cited status", "HC"),
      Map.entry("hot paper status", "HP"), Map.entry("date of export", "DA"),
      Map.entry("ut (unique wos id)", "UT"), Map.entry("ut (unique id)", "UT"),
      Map.entry("web of science record", "WR"));

  /** The tag of an Excel column label, or null. */
  static String tagOfExcelLabel(String label) {
    return label == null ? null : EXCEL_LABELS.get(label.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isListTag(String tag) {
    return LIST_TAGS.contains(tag);
  }
}
