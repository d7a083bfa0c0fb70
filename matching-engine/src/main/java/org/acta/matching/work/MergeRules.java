package org.acta.matching.work;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.model.SourceDatabase;

/**
 * Which source wins for each field of a merged work: an ordered list of sources per field; the
 * first source in the list that has a value gives it. Titles follow the work's original
 * language (for a Chinese paper, CNKI's Chinese title, with EI's English title as the other-
 * language title), which is the order {@link #CHINESE_WORK} holds.
 */
public final class MergeRules {
  /** Rules for a work whose original is Chinese (a CNKI record or a Chinese title is present). */
  public static final String CHINESE_WORK = "chinese";

  private final Map<WorkField, List<SourceDatabase>> rules;
  private final Map<WorkField, List<SourceDatabase>> chineseRules;

  public MergeRules(Map<WorkField, List<SourceDatabase>> rules,
      Map<WorkField, List<SourceDatabase>> chineseRules) {
    this.rules = copy(rules);
    this.chineseRules = copy(chineseRules);
  }

  private static Map<WorkField, List<SourceDatabase>> copy(Map<WorkField, List<SourceDatabase>> m) {
    Map<WorkField, List<SourceDatabase>> c = new EnumMap<>(WorkField.class);
    m.forEach((k, v) -> c.put(k, List.copyOf(v)));
    return c;
  }

  /**
   * Defaults: WoS wins for indexing and bibliographic fields (its records are curated), EI next,
   * CNKI for Chinese works' titles, journal names and numbering.
   */
  public static MergeRules defaults() {
    List<SourceDatabase> wosFirst = List.of(SourceDatabase.WOS, SourceDatabase.EI,
        SourceDatabase.CNKI, SourceDatabase.OTHER, SourceDatabase.MANUAL);
    List<SourceDatabase> cnkiFirst = List.of(SourceDatabase.CNKI, SourceDatabase.WOS,
        SourceDatabase.EI, SourceDatabase.OTHER, SourceDatabase.MANUAL);
    List<SourceDatabase> englishFirst = List.of(SourceDatabase.WOS, SourceDatabase.EI,
        SourceDatabase.OTHER, SourceDatabase.CNKI, SourceDatabase.MANUAL);
    Map<WorkField, List<SourceDatabase>> r = new EnumMap<>(WorkField.class);
    Map<WorkField, List<SourceDatabase>> zh = new EnumMap<>(WorkField.class);
    for (WorkField f : WorkField.values()) {
      r.put(f, wosFirst);
      zh.put(f, wosFirst);
    }
    r.put(WorkField.TITLE, englishFirst);
    r.put(WorkField.SOURCE_TITLE, englishFirst);
    zh.put(WorkField.TITLE, cnkiFirst);
    zh.put(WorkField.TITLE_ALT, englishFirst);
    zh.put(WorkField.SOURCE_TITLE, cnkiFirst);
    zh.put(WorkField.VOLUME, cnkiFirst);
    zh.put(WorkField.ISSUE, cnkiFirst);
    zh.put(WorkField.PAGES, cnkiFirst);
    zh.put(WorkField.LANGUAGE, cnkiFirst);
    return new MergeRules(r, zh);
  }

  /** A copy with one field's order replaced, for both kinds of work. */
  public MergeRules with(WorkField field, List<SourceDatabase> order) {
    Map<WorkField, List<SourceDatabase>> r = new EnumMap<>(rules);
    Map<WorkField, List<SourceDatabase>> zh = new EnumMap<>(chineseRules);
    r.put(field, order);
    zh.put(field, order);
    return new MergeRules(r, zh);
  }

  public List<SourceDatabase> order(WorkField field, boolean chineseWork) {
    List<SourceDatabase> o = (chineseWork ? chineseRules : rules).get(field);
    return o == null ? List.of(SourceDatabase.values()) : o;
  }

  // one per field and kind of work: asked for every field of every merged work
  private final Map<WorkField, String> ruleTexts = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<WorkField, String> chineseRuleTexts = new java.util.concurrent.ConcurrentHashMap<>();

  /** The rule of a field in words, as provenance says it. */
  public String ruleText(WorkField field, boolean chineseWork) {
    return (chineseWork ? chineseRuleTexts : ruleTexts)
        .computeIfAbsent(field, f -> buildRuleText(f, chineseWork));
  }

  private String buildRuleText(WorkField field, boolean chineseWork) {
    List<String> names = new ArrayList<>();
    for (SourceDatabase s : order(field, chineseWork)) {
      names.add(s.name());
    }
    return (chineseWork ? "Chinese work: " : "") + String.join(" > ", names) + " for "
        + field.name().toLowerCase(java.util.Locale.ROOT);
  }

  public String describe() {
    StringBuilder b = new StringBuilder();
    for (WorkField f : WorkField.values()) {
      b.append(f).append('=').append(order(f, false)).append("/zh:").append(order(f, true)).append(' ');
    }
    return b.toString().trim();
  }
}
