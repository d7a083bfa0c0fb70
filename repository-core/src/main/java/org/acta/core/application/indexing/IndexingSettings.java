package org.acta.core.application.indexing;

import java.util.Arrays;
import java.util.Locale;
import org.acta.matching.indexing.EsiFlagRule;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.JcrYearRule;

/**
 * The university's indexing rules as stored and as the API shows them: the rule names, the rules
 * in words (what every work's provenance says), and who set them when.
 *
 * @param jcrYearRule {@link JcrYearRule} name
 * @param jcrYearRuleWords the rule as provenance states it
 * @param esiFlagRule {@link EsiFlagRule} name
 * @param esiFlagRuleWords the rule in words
 * @param extendedCounts whether the extended part of a journal list counts as indexed in it
 * @param changedBy who set these rules; {@code null} for the defaults (never set)
 * @param changedAt when, ISO-8601; {@code null} for the defaults
 */
public record IndexingSettings(String jcrYearRule, String jcrYearRuleWords, String esiFlagRule,
    String esiFlagRuleWords, boolean extendedCounts, String changedBy, String changedAt) {

  /** The settings of {@code config}. */
  public static IndexingSettings of(IndexingConfig config, String changedBy, String changedAt) {
    return new IndexingSettings(config.jcrYearRule().name(), config.jcrYearRule().words(),
        config.esiFlagRule().name(), config.esiFlagRule().words(), config.extendedCounts(),
        changedBy, changedAt);
  }

  /**
   * The engine's rules from names as a client sends them (case-insensitive); a null name keeps
   * the rule of {@code base}.
   *
   * @throws IllegalArgumentException naming the field and the accepted values
   */
  public static IndexingConfig parse(IndexingConfig base, String jcrYearRule, String esiFlagRule,
      Boolean extendedCounts) {
    IndexingConfig c = base;
    if (jcrYearRule != null) {
      c = c.withJcrYearRule(value(JcrYearRule.class, "jcrYearRule", jcrYearRule));
    }
    if (esiFlagRule != null) {
      c = c.withEsiFlagRule(value(EsiFlagRule.class, "esiFlagRule", esiFlagRule));
    }
    if (extendedCounts != null) {
      c = c.withExtendedCounts(extendedCounts);
    }
    return c;
  }

  /** These settings as the engine's rules. */
  public IndexingConfig config() {
    return new IndexingConfig(JcrYearRule.valueOf(jcrYearRule),
        EsiFlagRule.valueOf(esiFlagRule), extendedCounts);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String field, String name) {
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": \"" + name + "\" is not one of "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
