package org.acta.matching.attribution.affiliation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * When two organisation-name tokens mean the same word: equal; an abbreviation and its full word
 * ({@code Technol}/{@code Technology}, {@code Engn}/{@code Engineering}); or a one-letter typo.
 *
 * <p>Abbreviations come from two places: the common Web of Science abbreviations of organisation
 * words (general knowledge, the seed list below) and rules <em>learned from the dictionary</em>,
 * by aligning each unit's English name with its abbreviated variants word by word
 * ({@code Sch Environm Sci & Engn} ↔ {@code School of Environmental Science and Engineering} gives
 * environm → environmental). A token that is a known abbreviation only matches the full words it
 * abbreviates, which keeps {@code Mat} (materials) apart from {@code Math} (mathematical).
 */
final class AbbreviationRules {
  private static final LevenshteinDistance LEV1 = new LevenshteinDistance(1);
  private static final LevenshteinDistance LEV2 = new LevenshteinDistance(2);

  /** Common WoS abbreviations of organisation words. */
  private static final String[][] SEED = {
      {"univ", "university", "universite", "universitat", "universidad", "universita"},
      {"technol", "technology", "technological"}, {"tech", "technology", "technical", "technische"},
      {"inst", "institute", "institution"}, {"sch", "school"}, {"coll", "college"},
      {"dept", "department"}, {"engn", "engineering"}, {"lab", "laboratory", "laboratories"},
      {"natl", "national"}, {"ctr", "center", "centre"}, {"res", "research"},
      {"sci", "science", "sciences", "scientific"}, {"acad", "academy"},
      {"minist", "ministry"}, {"educ", "education", "educational"}, {"mat", "materials", "material"},
      {"chem", "chemical", "chemistry"}, {"phys", "physics", "physical"},
      {"math", "mathematics", "mathematical"}, {"mech", "mechanical", "mechanics"},
      {"elect", "electrical", "electronic", "electronics", "electric"},
      {"informat", "information", "informatics"}, {"commun", "communication", "communications"},
      {"environm", "environment", "environmental"}, {"adv", "advanced"},
      {"mfg", "manufacturing"}, {"biol", "biology", "biological"}, {"med", "medicine", "medical"},
      {"hosp", "hospital"}, {"agr", "agriculture", "agricultural"}, {"int", "international"},
      {"appl", "applied"}, {"comp", "computer", "computing"}, {"fac", "faculty"},
      {"div", "division"}, {"grad", "graduate"}, {"key", "key"}, {"state", "state"},
      {"petr", "petroleum"}, {"normal", "normal"}, {"marine", "marine"}, {"maritime", "maritime"},
      {"pharmaceut", "pharmaceutical"}, {"pharm", "pharmacy", "pharmaceutical"},
      {"econ", "economics", "economic"}, {"management", "management"}, {"optoelect", "optoelectronic"},
      {"automat", "automation", "automatic"}, {"architecture", "architecture"},
      {"energy", "energy"}, {"power", "power"}, {"ind", "industrial", "industry"},
      {"polytech", "polytechnic"}, {"med", "medical"}, {"biotechnol", "biotechnology"},
      {"nanotechnol", "nanotechnology"}, {"cent", "central"}, {"s", "south"}, {"n", "north"},
      {"e", "east"}, {"w", "west"}, {"assoc", "association"}, {"co", "company"},
      {"corp", "corporation"}, {"ltd", "limited"}, {"syst", "systems", "system"},
      {"intelligent", "intelligent"}, {"artificial", "artificial"}, {"cty", "county"},
      {"prov", "province", "provincial"}, {"municipal", "municipal"}, {"sect", "section"},
      {"grp", "group"}, {"program", "programme"}, {"dev", "development"},
      {"stat", "statistics"}, {"geog", "geography"}, {"geol", "geology"}, {"civil", "civil"},
      {"struct", "structural", "structure"}, {"transportat", "transportation"},
  };

  private final Map<String, Set<String>> abbrevToFull = new HashMap<>();

  AbbreviationRules() {
    for (String[] row : SEED) {
      for (int i = 1; i < row.length; i++) {
        add(row[0], row[i]);
      }
    }
  }

  /** Learns word abbreviations from a full name and an abbreviated variant of the same unit. */
  void learn(String fullName, String variant) {
    List<String> full = Tokens.of(fullName);
    List<String> abbr = Tokens.of(variant);
    if (full.size() != abbr.size() || full.size() < 2) {
      return;
    }
    for (int i = 0; i < full.size(); i++) {
      if (!isAbbreviationShape(abbr.get(i), full.get(i))) {
        return; // not a word-by-word abbreviation: learn nothing from this pair
      }
    }
    for (int i = 0; i < full.size(); i++) {
      if (!abbr.get(i).equals(full.get(i))) {
        add(abbr.get(i), full.get(i));
      }
    }
  }

  private void add(String abbr, String full) {
    abbrevToFull.computeIfAbsent(abbr, k -> new HashSet<>()).add(full);
  }

  /** An abbreviation keeps the first letter and some of the others, in order. */
  static boolean isAbbreviationShape(String abbr, String full) {
    if (abbr.equals(full)) {
      return true;
    }
    if (abbr.isEmpty() || abbr.length() >= full.length() || abbr.charAt(0) != full.charAt(0)) {
      return false;
    }
    return isSubsequence(abbr, full);
  }

  private static boolean isSubsequence(String a, String b) {
    int j = 0;
    for (int i = 0; i < b.length() && j < a.length(); i++) {
      if (a.charAt(j) == b.charAt(i)) {
        j++;
      }
    }
    return j == a.length();
  }

  private final java.util.Map<String, Double> memo =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** 1 when the tokens are the same word, a bit less for abbreviations and typos, else 0. */
  double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    String key = a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    Double known = memo.get(key);
    if (known != null) {
      return known;
    }
    double s = compute(a, b);
    if (memo.size() > 1_000_000) {
      memo.clear();
    }
    memo.put(key, s);
    return s;
  }

  private double compute(String a, String b) {
    if (Tokens.hasDigit(a) || Tokens.hasDigit(b)) {
      return 0;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    Set<String> fullsOfShort = abbrevToFull.get(shorter);
    if (fullsOfShort != null) {
      // A known abbreviation stands only for its own full words (and their inflections).
      for (String f : fullsOfShort) {
        if (f.equals(longer) || sameWordStem(f, longer)) {
          return 0.97;
        }
      }
      if (abbrevToFull.containsKey(longer)) {
        // two abbreviations: equal if they abbreviate a common word
        for (String f : fullsOfShort) {
          if (abbrevToFull.get(longer).contains(f)) {
            return 0.95;
          }
        }
      }
      return typo(a, b);
    }
    Set<String> fullsOfLong = abbrevToFull.get(longer);
    if (fullsOfLong != null) {
      // e.g. "tech" vs "technol": the shorter one abbreviates what the longer one abbreviates
      for (String f : fullsOfLong) {
        if (shorter.length() >= 3 && f.startsWith(shorter)) {
          return 0.93;
        }
      }
    }
    if (shorter.length() >= 4 && longer.startsWith(shorter)) {
      return 0.9;
    }
    if (shorter.length() >= 4 && shorter.length() * 2 >= longer.length()
        && isAbbreviationShape(shorter, longer)) {
      return 0.85; // a dropped letter: "Intellgence", "Cataysis"
    }
    return typo(a, b);
  }

  private static boolean sameWordStem(String a, String b) {
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 5 && common >= Math.min(a.length(), b.length()) - 2;
  }

  private static double typo(String a, String b) {
    int min = Math.min(a.length(), b.length());
    if (min >= 8 && LEV2.apply(a, b) >= 0) {
      return 0.85;
    }
    if (min >= 4 && LEV1.apply(a, b) >= 0) {
      return 0.85;
    }
    return 0;
  }
}
