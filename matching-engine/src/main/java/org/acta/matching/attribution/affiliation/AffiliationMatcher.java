package org.acta.matching.attribution.affiliation;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.dictionary.Unit;
import org.acta.matching.attribution.name.NameText;

/**
 * Recognises the university and its units in an affiliation string.
 *
 * <p>Latin-script strings are split into comma/semicolon components. A component names the
 * institution only when its words correspond one-to-one to the words of one of the institution's
 * names (abbreviations, typos and word order tolerated, see {@link AbbreviationRules}); an extra or
 * a missing word makes it another institution — this is what keeps "X Univ", "X Maritime Univ" and
 * "X Inst Technol" apart from "X Univ Technol". Acronym variants ({@code BUT}) only count next to a
 * full name. The other components are scored against the units' names with the generic words
 * (School, College, Dept…) left out; a lab or centre of the university standing alone, with no
 * other organisation in the string, also counts as the university.
 *
 * <p>Chinese strings are searched for the institution's Chinese names (longest first), refusing a
 * match that continues into another institution's name (滨海理工 + 学院), and then for the
 * units' Chinese names. Results are cached per string; the matcher is thread-safe.
 */
public final class AffiliationMatcher {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  /** Words naming the kind of a unit; they do not identify which unit it is. */
  private static final Set<String> UNIT_TYPE_WORDS = Set.of("school", "sch", "college", "coll",
      "department", "dept", "faculty", "fac", "division", "div", "sect", "section");
  /** Words that make a component an organisation of its own. */
  private static final Set<String> ORG_WORDS = Set.of("univ", "university", "inst", "institute",
      "acad", "academy", "coll", "college", "hosp", "hospital", "co", "corp", "company", "ltd",
      "lab", "laboratory", "ctr", "center", "centre", "grp", "group", "fdn", "foundation");
  /** Chinese words that end an institution's name. */
  private static final List<String> ZH_INSTITUTION_SUFFIXES = List.of("大学", "学院", "研究院",
      "研究所", "学校", "研究中心", "科学院", "公司", "医院", "集团");
  /** Chinese words that continue a short name into a different institution. */
  private static final List<String> ZH_CONTINUATIONS = List.of("大学", "学院", "研究院", "研究所",
      "学校", "职业", "师范", "海事", "工业", "科技", "理工", "医科", "技术", "分校");
  private static final int CACHE_LIMIT = 500_000;

  private final UniversityDictionary dictionary;
  private final AbbreviationRules rules = new AbbreviationRules();
  private final List<List<String>> institutionNames = new ArrayList<>();
  private final Set<String> institutionAcronyms = new LinkedHashSet<>();
  private final Set<String> distinctiveInstitutionWords = new LinkedHashSet<>();
  private final List<String> institutionZh = new ArrayList<>();
  private final List<UnitName> unitNames = new ArrayList<>();
  private final List<ZhUnitName> unitZh = new ArrayList<>();
  private final Map<String, AffiliationMatch> cache = new ConcurrentHashMap<>();

  private record UnitName(Unit unit, List<String> tokens, List<String> core, boolean standalone) {}

  private record ZhUnitName(Unit unit, String name, boolean core) {}

  public AffiliationMatcher(UniversityDictionary dictionary) {
    this.dictionary = dictionary;
    for (Unit u : dictionary.units()) {
      for (String v : u.variants()) {
        if (u.nameEn() != null && !NameText.hasHan(v)) {
          rules.learn(u.nameEn(), v);
        }
      }
    }
    Unit inst = dictionary.institution();
    for (String name : inst.allNames()) {
      if (NameText.hasHan(name)) {
        institutionZh.add(NFKC.normalize(name).replaceAll("\\s+", ""));
        continue;
      }
      List<String> tokens = Tokens.of(name);
      if (tokens.size() == 1 && name.strip().length() <= 8
          && name.strip().equals(name.strip().toUpperCase(Locale.ROOT))) {
        institutionAcronyms.add(tokens.get(0));
      } else if (!tokens.isEmpty()) {
        institutionNames.add(tokens);
      }
    }
    for (List<String> tokens : institutionNames) {
      for (String t : tokens) {
        if (!ORG_WORDS.contains(t) && !isGenericWord(t)) {
          distinctiveInstitutionWords.add(t);
        }
      }
    }
    institutionZh.sort(Comparator.comparingInt(String::length).reversed());
    for (Unit u : dictionary.units()) {
      if (u.isInstitution()) {
        continue;
      }
      for (String name : u.allNames()) {
        if (NameText.hasHan(name)) {
          String zh = NFKC.normalize(name).replaceAll("\\s+", "");
          unitZh.add(new ZhUnitName(u, zh, false));
          String core = zhCore(zh);
          if (core != null) {
            unitZh.add(new ZhUnitName(u, core, true));
          }
        } else {
          List<String> tokens = Tokens.of(name);
          List<String> core = tokens.stream().filter(t -> !UNIT_TYPE_WORDS.contains(t)).toList();
          if (!core.isEmpty()) {
            unitNames.add(new UnitName(u, tokens, core, isStandaloneUnit(tokens)));
          }
        }
      }
    }
    unitZh.sort(Comparator.comparingInt((ZhUnitName z) -> z.name().length()).reversed());
  }

  private boolean isGenericWord(String t) {
    return rules.similarity(t, "technology") > 0 || rules.similarity(t, "science") > 0
        || rules.similarity(t, "engineering") > 0;
  }

  /**
   * A lab, centre or institute with a name of its own: it identifies the university even when
   * the address does not name the university (WoS lab-only addresses).
   */
  private boolean isStandaloneUnit(List<String> tokens) {
    boolean orgWord = tokens.stream().anyMatch(t -> ORG_WORDS.contains(t)
        && !UNIT_TYPE_WORDS.contains(t));
    return orgWord && tokens.size() >= 4;
  }

  /** Matches one affiliation string. */
  public AffiliationMatch match(String affiliation) {
    if (affiliation == null || affiliation.isBlank()) {
      return AffiliationMatch.NONE;
    }
    AffiliationMatch cached = cache.get(affiliation);
    if (cached != null) {
      return cached;
    }
    AffiliationMatch m = NameText.hasHan(affiliation) ? matchChinese(affiliation)
        : matchLatin(affiliation);
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(affiliation, m);
    return m;
  }

  // ---------------------------------------------------------------- Latin

  private AffiliationMatch matchLatin(String text) {
    List<List<String>> components = new ArrayList<>();
    for (String part : text.split("[,;]")) {
      List<String> tokens = Tokens.of(part);
      if (!tokens.isEmpty()) {
        components.add(tokens);
      }
    }
    int instIndex = -1;
    double instScore = 0;
    List<String> remainder = List.of();
    boolean lookAlike = false;
    for (int i = 0; i < components.size() && instIndex < 0; i++) {
      List<String> comp = withoutAcronyms(components.get(i));
      for (List<String> name : institutionNames) {
        double s = alignAll(comp, name);
        if (s > 0) {
          instIndex = i;
          instScore = s;
          remainder = List.of();
          break;
        }
        // The institution followed (or preceded) by a unit in the same component.
        if (comp.size() > name.size()) {
          List<String> head = comp.subList(0, name.size());
          List<String> tail = comp.subList(name.size(), comp.size());
          double hs = alignAll(head, name);
          if (hs > 0 && startsWithUnitOrPlace(tail)) {
            instIndex = i;
            instScore = hs * 0.97;
            remainder = tail;
            break;
          }
          List<String> end = comp.subList(comp.size() - name.size(), comp.size());
          List<String> start = comp.subList(0, comp.size() - name.size());
          double es = alignAll(end, name);
          if (es > 0 && looksLikeUnitOrPlace(start)) {
            instIndex = i;
            instScore = es * 0.95;
            remainder = start;
            break;
          }
        }
      }
    }
    List<List<String>> unitParts = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      if (i != instIndex) {
        unitParts.add(components.get(i));
      }
    }
    if (!remainder.isEmpty()) {
      unitParts.add(remainder);
    }
    // Without the university's name only its labs and centres can identify it.
    List<ScoredUnit> units = matchUnits(unitParts, instIndex < 0);
    if (instIndex >= 0) {
      return new AffiliationMatch(true, unitIds(units), instScore, false,
          "names the university" + describe(units));
    }
    // A lab or centre of the university on its own, with no other organisation in the address.
    boolean homeWord = components.stream().flatMap(List::stream)
        .anyMatch(distinctiveInstitutionWords::contains);
    for (ScoredUnit su : units) {
      // Lab names repeat across universities (several State Key Labs share a name): alone, a lab
      // counts only where the address also carries the institution's own word, usually its city.
      if (homeWord && su.standalone() && su.score() >= 0.9
          && !otherOrganisation(components, su.component())) {
        return new AffiliationMatch(true, unitIds(units), 0.85 * su.score(), false,
            "names the university's " + su.unit().nameEn() + " without the university");
      }
    }
    for (List<String> comp : components) {
      if (isLookAlike(withoutAcronyms(comp))) {
        lookAlike = true;
      }
    }
    return lookAlike
        ? new AffiliationMatch(false, List.of(), 0, true, "names a similarly named institution")
        : AffiliationMatch.NONE;
  }

  private List<String> withoutAcronyms(List<String> comp) {
    if (comp.size() < 2 || institutionAcronyms.isEmpty()) {
      return comp;
    }
    List<String> out = new ArrayList<>(comp);
    out.removeIf(institutionAcronyms::contains);
    return out.isEmpty() ? comp : out;
  }

  /**
   * What may follow the institution's name in one component: a unit ("... Univ Technol Sch
   * Chem") or a postcode — not another word of a longer name ("Tianjin Univ Renai Coll").
   */
  private static boolean startsWithUnitOrPlace(List<String> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    if (tokens.stream().allMatch(Tokens::hasDigit)) {
      return true;
    }
    String first = tokens.get(0);
    return UNIT_TYPE_WORDS.contains(first) || first.equals("lab") || first.equals("laboratory")
        || first.equals("ctr") || first.equals("center") || first.equals("centre");
  }

  private boolean looksLikeUnitOrPlace(List<String> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    if (tokens.stream().allMatch(Tokens::hasDigit)) {
      return true;
    }
    String first = tokens.get(0);
    String last = tokens.get(tokens.size() - 1);
    return UNIT_TYPE_WORDS.contains(first) || UNIT_TYPE_WORDS.contains(last)
        || ORG_WORDS.contains(first) || ORG_WORDS.contains(last)
        || (tokens.size() == 2 && Tokens.hasDigit(last));
  }

  /** A component that shares the institution's distinctive words but is another organisation. */
  private boolean isLookAlike(List<String> comp) {
    boolean orgWord = comp.stream().anyMatch(ORG_WORDS::contains);
    if (!orgWord) {
      return false;
    }
    for (String t : comp) {
      if (distinctiveInstitutionWords.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean otherOrganisation(List<List<String>> components, List<String> unitComponent) {
    for (List<String> c : components) {
      if (c == unitComponent) {
        continue;
      }
      for (String t : c) {
        if (ORG_WORDS.contains(t) || rules.similarity(t, "university") >= 0.9) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The mean word similarity when every word of {@code a} pairs with a distinct word of {@code b}
   * and none is left over (order free); 0 otherwise.
   */
  private double alignAll(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return 0;
    }
    double[] best = {0};
    boolean[] used = new boolean[b.size()];
    search(a, b, 0, used, 0, best);
    return best[0] / a.size();
  }

  private void search(List<String> a, List<String> b, int i, boolean[] used, double sum,
      double[] best) {
    if (i == a.size()) {
      best[0] = Math.max(best[0], sum);
      return;
    }
    for (int j = 0; j < b.size(); j++) {
      if (!used[j]) {
        double s = institutionWordSimilarity(a.get(i), b.get(j));
        if (s > 0) {
          used[j] = true;
          search(a, b, i + 1, used, sum + s, best);
          used[j] = false;
          if (best[0] >= a.size() - 1e-9) {
            return;
          }
        }
      }
    }
  }

  /**
   * Word similarity for the institution's own name: the distinctive words (Hebei, Binhai) must be
   * spelled exactly — one letter is all that separates Hebei Univ Technol from Hubei Univ
   * Technol — while the generic words may be abbreviated or misspelt.
   */
  private double institutionWordSimilarity(String found, String name) {
    if (distinctiveInstitutionWords.contains(name) || distinctiveInstitutionWords.contains(found)) {
      return found.equals(name) ? 1.0 : 0;
    }
    return rules.similarity(found, name);
  }

  private record ScoredUnit(Unit unit, double score, boolean standalone, List<String> component) {}

  private List<ScoredUnit> matchUnits(List<List<String>> parts, boolean standaloneOnly) {
    List<ScoredUnit> found = new ArrayList<>();
    for (List<String> part : parts) {
      List<String> core = part.stream().filter(t -> !UNIT_TYPE_WORDS.contains(t)
          && !Tokens.hasDigit(t)).toList();
      if (core.isEmpty()) {
        continue;
      }
      ScoredUnit best = null;
      double second = 0;
      for (UnitName un : unitNames) {
        if (standaloneOnly && !un.standalone()) {
          continue;
        }
        double s = partialAlign(core, un.core());
        if (s <= 0) {
          continue;
        }
        if (best == null || s > best.score()) {
          if (best != null && !best.unit().id().equals(un.unit().id())) {
            second = Math.max(second, best.score());
          }
          best = new ScoredUnit(un.unit(), s, un.standalone(), part);
        } else if (!best.unit().id().equals(un.unit().id())) {
          second = Math.max(second, s);
        }
      }
      if (best != null && best.score() >= 0.75 && best.score() - second >= 0.1) {
        found.add(best);
      }
    }
    // Most specific (deepest) unit first.
    found.sort(Comparator.comparingInt((ScoredUnit su) -> -dictionary.lineage(su.unit().id())
        .size()).thenComparingDouble(su -> -su.score()));
    return found;
  }

  /**
   * Similarity of an address component to a unit name, both without generic words: the share of
   * words that pair up. A component that is a clean part of a longer name ("Key Lab Adv Energy
   * Mat" of "... , Minist Educ") also counts when it covers most of it.
   */
  private double partialAlign(List<String> comp, List<String> name) {
    boolean[] used = new boolean[name.size()];
    double sum = 0;
    int matched = 0;
    for (String t : comp) {
      int bestJ = -1;
      double bestS = 0;
      for (int j = 0; j < name.size(); j++) {
        if (!used[j]) {
          double s = rules.similarity(t, name.get(j));
          if (s > bestS) {
            bestS = s;
            bestJ = j;
          }
        }
      }
      if (bestJ >= 0) {
        used[bestJ] = true;
        sum += bestS;
        matched++;
      }
    }
    if (matched == 0) {
      return 0;
    }
    double quality = sum / matched;
    int max = Math.max(comp.size(), name.size());
    double share = (double) matched / max;
    if (matched == comp.size() && comp.size() >= 3 && (double) matched / name.size() >= 0.6) {
      share = Math.max(share, 0.8);
    }
    return share * quality;
  }

  private static List<String> unitIds(List<ScoredUnit> units) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (ScoredUnit su : units) {
      ids.add(su.unit().id());
    }
    return List.copyOf(ids);
  }

  private static String describe(List<ScoredUnit> units) {
    if (units.isEmpty()) {
      return "";
    }
    return ", " + units.get(0).unit().nameEn();
  }

  // ---------------------------------------------------------------- Chinese

  private AffiliationMatch matchChinese(String text) {
    String s = NFKC.normalize(text).replaceAll("\\s+", "");
    for (String name : institutionZh) {
      int from = 0;
      while (true) {
        int at = s.indexOf(name, from);
        if (at < 0) {
          break;
        }
        String after = s.substring(at + name.length());
        if (!continuesIntoOtherInstitution(name, after)) {
          String rest = s.substring(0, at) + "|" + after;
          List<Unit> units = matchZhUnits(rest);
          return new AffiliationMatch(true, units.stream().map(Unit::id).toList(), 1.0, false,
              "names the university (" + name + ")"
                  + (units.isEmpty() ? "" : ", " + units.get(0).nameZh()));
        }
        from = at + 1;
      }
    }
    // A lab or centre of the university alone.
    List<Unit> units = matchZhUnits(s);
    for (Unit u : units) {
      String zh = u.nameZh() == null ? "" : u.nameZh();
      boolean standalone = zh.endsWith("实验室") || zh.endsWith("中心") || zh.endsWith("研究院")
          || zh.endsWith("研究所");
      if (standalone && zh.length() >= 6 && containsInstitutionHead(s)) {
        String without = s.replace(zh, "");
        boolean other = ZH_INSTITUTION_SUFFIXES.stream().anyMatch(without::contains);
        if (!other) {
          return new AffiliationMatch(true, units.stream().map(Unit::id).toList(), 0.85, false,
              "names the university's " + zh + " without the university");
        }
      }
    }
    boolean lookAlike = false;
    for (String name : institutionZh) {
      if (name.length() >= 3 && s.contains(name.substring(0, 2))) {
        lookAlike = ZH_INSTITUTION_SUFFIXES.stream().anyMatch(s::contains);
        break;
      }
    }
    return lookAlike
        ? new AffiliationMatch(false, List.of(), 0, true, "names a similarly named institution")
        : AffiliationMatch.NONE;
  }

  /** Words naming the kind of a Chinese unit; the rest of the name identifies it. */
  private static final List<String> ZH_UNIT_TYPES = List.of("学院", "学部", "系", "研究院", "研究所");

  /** 土木工程学院 → 土木工程, so that 土木工程系 also finds it; 药学院 → 药学. */
  private static String zhCore(String name) {
    for (String type : ZH_UNIT_TYPES) {
      if (name.endsWith(type)) {
        String core = name.substring(0, name.length() - type.length());
        if (core.length() == 1 && type.equals("学院")) {
          core = name.substring(0, name.length() - 1);
        }
        return core.length() >= 2 ? core : null;
      }
    }
    return null;
  }

  /** The first two characters of one of the institution's Chinese names (滨海, 天津…). */
  private boolean containsInstitutionHead(String s) {
    for (String name : institutionZh) {
      if (name.length() >= 3 && s.contains(name.substring(0, 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesIntoOtherInstitution(String name, String after) {
    boolean complete = ZH_INSTITUTION_SUFFIXES.stream().anyMatch(name::endsWith);
    if (complete) {
      return false;
    }
    return ZH_CONTINUATIONS.stream().anyMatch(after::startsWith);
  }

  private List<Unit> matchZhUnits(String rest) {
    List<Unit> out = new ArrayList<>();
    String remaining = rest;
    for (ZhUnitName z : unitZh) {
      int at = z.core() ? coreAt(remaining, z.name()) : remaining.indexOf(z.name());
      if (at >= 0) {
        if (!out.contains(z.unit())) {
          out.add(z.unit());
        }
        remaining = remaining.substring(0, at) + "|"
            + remaining.substring(at + z.name().length());
      }
    }
    out.sort(Comparator.comparingInt((Unit u) -> -dictionary.lineage(u.id()).size()));
    return out;
  }

  /** A unit's name core found where a unit name starts and followed by a unit-type word. */
  private static int coreAt(String text, String core) {
    for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
      boolean startsUnit = at == 0 || !NameText.hasHan(text.substring(at - 1, at));
      String after = text.substring(at + core.length());
      boolean endsUnit = ZH_UNIT_TYPES.stream().anyMatch(after::startsWith);
      if (startsUnit && endsUnit) {
        return at;
      }
    }
    return -1;
  }

}
