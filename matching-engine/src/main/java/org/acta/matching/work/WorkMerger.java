package org.acta.matching.work;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import com.ibm.icu.util.ULocale;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.normalize.Doi;
import org.acta.matching.normalize.Issn;
import org.acta.matching.normalize.Numbering;
import org.acta.matching.normalize.Pages;
import org.acta.matching.normalize.TextFolder;

/**
 * Builds the merged view of a work from its records: per field, the value of the first source in
 * the field's {@link MergeRules} order that has one, with its provenance (record and rule).
 */
public final class WorkMerger {
  private final MergeRules rules;
  /** Values many works have alike (years, ISSNs, volumes), one instance each; or null. */
  private final Map<String, String> sharedValues;

  public WorkMerger(MergeRules rules) {
    this(rules, null);
  }

  private WorkMerger(MergeRules rules, Map<String, String> sharedValues) {
    this.rules = rules;
    this.sharedValues = sharedValues;
  }

  /**
   * A merger for the works of one deduplication run that gives works with equal years, ISSNs,
   * volumes, issues, journal names and index lists one instance of each value: a million works
   * name a few thousand of each. Not for a merger kept between runs, since it keeps every such
   * value it has seen.
   */
  public static WorkMerger forOneRun(MergeRules rules) {
    return new WorkMerger(rules, new java.util.concurrent.ConcurrentHashMap<>());
  }

  public MergedWork merge(List<SourceRecord> records) {
    boolean chinese = records.stream().anyMatch(r -> r.source() == SourceDatabase.CNKI
        || TextFolder.isMostlyHan(r.title()));
    // each record's key once: it is the provenance of most fields
    Members m = new Members(records);
    Map<WorkField, ProvenancedValue> f = new EnumMap<>(WorkField.class);
    pick(f, WorkField.TITLE, m, chinese, r -> chinese ? hanTitle(r) : latinTitle(r));
    if (chinese) {
      pick(f, WorkField.TITLE_ALT, m, true, WorkMerger::latinTitle);
    } else {
      pick(f, WorkField.TITLE_ALT, m, false, r -> nonBlank(r.titleAlt()));
    }
    if (f.get(WorkField.TITLE) == null) {
      pick(f, WorkField.TITLE, m, chinese, r -> nonBlank(TextFolder.stripMarkup(r.title())));
    }
    pick(f, WorkField.SOURCE_TITLE, m, chinese, r -> shared(nonBlank(r.sourceTitle())));
    pick(f, WorkField.ISSN, m, chinese, r -> shared(Issn.normalize(r.ids().issn())));
    pick(f, WorkField.EISSN, m, chinese, r -> shared(Issn.normalize(r.ids().eissn())));
    pick(f, WorkField.YEAR, m, chinese, r -> r.year() == null ? null : shared(r.year().toString()));
    pick(f, WorkField.VOLUME, m, chinese, r -> shared(Numbering.normalize(r.volume())));
    pick(f, WorkField.ISSUE, m, chinese, r -> shared(Numbering.normalize(r.issue())));
    pick(f, WorkField.PAGES, m, chinese, WorkMerger::pages);
    pick(f, WorkField.DOI, m, chinese, r -> Doi.normalize(r.ids().doi()));
    pick(f, WorkField.DOCUMENT_TYPE, m, chinese,
        r -> r.documentType() == null ? null : r.documentType().tableValue());
    pick(f, WorkField.LANGUAGE, m, chinese, r -> languageCode(r.language()));
    pick(f, WorkField.WOS_UT, m, chinese, r -> nonBlank(r.ids().wosUt()));
    pick(f, WorkField.EI_ACCESSION, m, chinese, r -> nonBlank(r.ids().eiAccession()));
    pick(f, WorkField.CNKI_ID, m, chinese, r -> nonBlank(r.ids().cnkiId()));
    indexedIn(f, m);
    return new MergedWork(f);
  }

  /** The records of one work with their source keys, each key built once. */
  private static final class Members {
    final List<SourceRecord> records;
    private final String[] keys;

    Members(List<SourceRecord> records) {
      this.records = records;
      this.keys = new String[records.size()];
    }

    String key(int i) {
      if (keys[i] == null) {
        keys[i] = records.get(i).sourceKey();
      }
      return keys[i];
    }
  }

  private String shared(String value) {
    if (value == null || sharedValues == null) {
      return value;
    }
    String had = sharedValues.putIfAbsent(value, value);
    return had == null ? value : had;
  }

  private void pick(Map<WorkField, ProvenancedValue> out, WorkField field, Members m,
      boolean chinese, Function<SourceRecord, String> value) {
    for (SourceDatabase s : rules.order(field, chinese)) {
      for (int i = 0; i < m.records.size(); i++) {
        SourceRecord r = m.records.get(i);
        if (r.source() != s) {
          continue;
        }
        String v = value.apply(r);
        if (v != null) {
          out.put(field, new ProvenancedValue(v, m.key(i), rules.ruleText(field, chinese)));
          return;
        }
      }
    }
  }

  private static String hanTitle(SourceRecord r) {
    for (String t : new String[] {r.title(), r.titleAlt()}) {
      if (t != null && TextFolder.isMostlyHan(t)) {
        return TextFolder.stripMarkup(t).strip();
      }
    }
    return null;
  }

  private static String latinTitle(SourceRecord r) {
    for (String t : new String[] {r.title(), r.titleAlt()}) {
      if (t != null && !t.isBlank() && !TextFolder.isMostlyHan(t)) {
        return TextFolder.stripMarkup(t).strip();
      }
    }
    return null;
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String pages(SourceRecord r) {
    Pages p = Pages.of(r.pageStart(), r.pageEnd(), r.pagesRaw());
    if (p.first() == null) {
      return Pages.articleNumber(r.articleNumber());
    }
    return p.last() == null ? p.first() : p.first() + "-" + p.last();
  }

  private static final java.util.Map<String, java.util.Optional<String>> LANGUAGE_CODES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** ISO 639-1 from a language name in English or Chinese ("English", "中文"), via ICU. */
  static String languageCode(String raw) {
    if (raw == null) {
      return null;
    }
    // ICU display names are slow to build; the languages of a collection are few
    return LANGUAGE_CODES.computeIfAbsent(raw, r -> java.util.Optional.ofNullable(lookUpLanguage(r)))
        .orElse(null);
  }

  private static String lookUpLanguage(String raw) {
    String name = raw.replace(";", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    if (name.length() == 2 && name.chars().allMatch(Character::isLetter)) {
      return name.toLowerCase(Locale.ROOT);
    }
    String code = LanguageNames.INDEX.get(name.toLowerCase(Locale.ROOT));
    if (code != null) {
      return code;
    }
    return "中文".equals(name) ? "zh" : null;
  }

  /**
   * Language names in English and Chinese → ISO 639-1, built once from ICU's display names
   * (asking ICU per record costs more than the rest of the merge).
   */
  private static final class LanguageNames {
    static final Map<String, String> INDEX = build();

    private static Map<String, String> build() {
      Map<String, String> m = new java.util.HashMap<>();
      for (String code : ULocale.getISOLanguages()) {
        ULocale l = new ULocale(code);
        String zh = l.getDisplayLanguage(ULocale.CHINESE);
        m.putIfAbsent(l.getDisplayLanguage(ULocale.ENGLISH).toLowerCase(Locale.ROOT), code);
        m.putIfAbsent(zh, code);
        m.putIfAbsent(zh + "文", code);
      }
      return Map.copyOf(m);
    }
  }

  /** The union of the index lists of all records, in the one table's vocabulary. */
  private void indexedIn(Map<WorkField, ProvenancedValue> out, Members m) {
    Set<String> idx = new LinkedHashSet<>();
    List<String> from = new ArrayList<>();
    for (int i = 0; i < m.records.size(); i++) {
      SourceRecord r = m.records.get(i);
      int before = idx.size();
      if (r.source() == SourceDatabase.EI && r.database() != null
          && r.database().toLowerCase(Locale.ROOT).contains("compendex")) {
        idx.add("EI");
      }
      for (String e : r.editions()) {
        String code = editionCode(e);
        if (code != null) {
          idx.add(code);
        }
      }
      if (idx.size() > before) {
        from.add(m.key(i));
      }
    }
    if (!idx.isEmpty()) {
      out.put(WorkField.INDEXED_IN, new ProvenancedValue(shared(String.join(";", idx)),
          from.size() == 1 ? from.get(0) : String.join(";", from), "union of the indexes of all records"));
    }
  }

  /** The one table's index code of a WoS edition or database name, or null. */
  public static String editionCode(String edition) {
    String e = edition.toUpperCase(Locale.ROOT);
    if (e.contains("SCI-EXPANDED") || e.contains("SCIENCE CITATION INDEX EXPANDED") || e.equals("SCIE")) {
      return "SCIE";
    }
    if (e.contains("SSCI") || e.contains("SOCIAL SCIENCES CITATION")) {
      return "SSCI";
    }
    if (e.contains("A&HCI") || e.contains("AHCI") || e.contains("ARTS & HUMANITIES")) {
      return "AHCI";
    }
    if (e.contains("CPCI-SSH") || e.contains("SOCIAL SCIENCE & HUMANITIES")) {
      return "CPCI-SSH";
    }
    if (e.contains("CPCI-S") || e.contains("PROCEEDINGS CITATION INDEX - SCIENCE")
        || e.contains("PROCEEDINGS CITATION INDEX-SCIENCE")) {
      return "CPCI-S";
    }
    if (e.contains("ESCI") || e.contains("EMERGING SOURCES")) {
      return "ESCI";
    }
    if (e.contains("CSSCI")) {
      return "CSSCI";
    }
    if (e.contains("CSCD")) {
      return "CSCD";
    }
    if (e.contains("北大核心") || e.contains("PKU")) {
      return "PKU_CORE";
    }
    if (e.equals("EI") || e.contains("COMPENDEX")) {
      return "EI";
    }
    return null;
  }
}
