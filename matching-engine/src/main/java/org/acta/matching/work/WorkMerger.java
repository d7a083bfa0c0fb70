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

  public WorkMerger(MergeRules rules) {
    this.rules = rules;
  }

  public MergedWork merge(List<SourceRecord> records) {
    boolean chinese = records.stream().anyMatch(r -> r.source() == SourceDatabase.CNKI
        || TextFolder.isMostlyHan(r.title()));
    Map<WorkField, ProvenancedValue> f = new EnumMap<>(WorkField.class);
    pick(f, WorkField.TITLE, records, chinese, r -> chinese ? hanTitle(r) : latinTitle(r));
    if (chinese) {
      pick(f, WorkField.TITLE_ALT, records, true, WorkMerger::latinTitle);
    } else {
      pick(f, WorkField.TITLE_ALT, records, false, r -> nonBlank(r.titleAlt()));
    }
    if (f.get(WorkField.TITLE) == null) {
      pick(f, WorkField.TITLE, records, chinese, r -> nonBlank(TextFolder.stripMarkup(r.title())));
    }
    pick(f, WorkField.SOURCE_TITLE, records, chinese, r -> nonBlank(r.sourceTitle()));
    pick(f, WorkField.ISSN, records, chinese, r -> Issn.normalize(r.ids().issn()));
    pick(f, WorkField.EISSN, records, chinese, r -> Issn.normalize(r.ids().eissn()));
    pick(f, WorkField.YEAR, records, chinese, r -> r.year() == null ? null : r.year().toString());
    pick(f, WorkField.VOLUME, records, chinese, r -> Numbering.normalize(r.volume()));
    pick(f, WorkField.ISSUE, records, chinese, r -> Numbering.normalize(r.issue()));
    pick(f, WorkField.PAGES, records, chinese, WorkMerger::pages);
    pick(f, WorkField.DOI, records, chinese, r -> Doi.normalize(r.ids().doi()));
    pick(f, WorkField.DOCUMENT_TYPE, records, chinese,
        r -> r.documentType() == null ? null : r.documentType().tableValue());
    pick(f, WorkField.LANGUAGE, records, chinese, r -> languageCode(r.language()));
    pick(f, WorkField.WOS_UT, records, chinese, r -> nonBlank(r.ids().wosUt()));
    pick(f, WorkField.EI_ACCESSION, records, chinese, r -> nonBlank(r.ids().eiAccession()));
    pick(f, WorkField.CNKI_ID, records, chinese, r -> nonBlank(r.ids().cnkiId()));
    indexedIn(f, records);
    return new MergedWork(f);
  }

  private void pick(Map<WorkField, ProvenancedValue> out, WorkField field, List<SourceRecord> records,
      boolean chinese, Function<SourceRecord, String> value) {
    for (SourceDatabase s : rules.order(field, chinese)) {
      for (SourceRecord r : records) {
        if (r.source() != s) {
          continue;
        }
        String v = value.apply(r);
        if (v != null) {
          out.put(field, new ProvenancedValue(v, r.sourceKey(), rules.ruleText(field, chinese)));
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
  private static void indexedIn(Map<WorkField, ProvenancedValue> out, List<SourceRecord> records) {
    Set<String> idx = new LinkedHashSet<>();
    List<String> from = new ArrayList<>();
    for (SourceRecord r : records) {
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
        from.add(r.sourceKey());
      }
    }
    if (!idx.isEmpty()) {
      out.put(WorkField.INDEXED_IN, new ProvenancedValue(String.join(";", idx),
          String.join(";", from), "union of the indexes of all records"));
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
