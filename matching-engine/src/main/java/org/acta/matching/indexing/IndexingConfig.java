package org.acta.matching.indexing;

import java.util.Objects;

/**
 * The university's indexing rules.
 *
 * @param jcrYearRule which JCR year gives the quartile and impact factor
 * @param esiFlagRule when the ESI flags are set
 * @param extendedCounts whether a journal in the extended part of a list (CSCD 扩展库, CSSCI
 *     扩展版) counts as indexed in it
 */
public record IndexingConfig(JcrYearRule jcrYearRule, EsiFlagRule esiFlagRule,
    boolean extendedCounts) {

  public IndexingConfig {
    Objects.requireNonNull(jcrYearRule, "jcrYearRule");
    Objects.requireNonNull(esiFlagRule, "esiFlagRule");
  }

  /** Publication year else latest earlier JCR; ESI flag if ever listed; extended parts count. */
  public static IndexingConfig defaults() {
    return new IndexingConfig(JcrYearRule.PUBLICATION_YEAR_OR_EARLIER, EsiFlagRule.EVER, true);
  }

  public IndexingConfig withJcrYearRule(JcrYearRule rule) {
    return new IndexingConfig(rule, esiFlagRule, extendedCounts);
  }

  public IndexingConfig withEsiFlagRule(EsiFlagRule rule) {
    return new IndexingConfig(jcrYearRule, rule, extendedCounts);
  }

  public IndexingConfig withExtendedCounts(boolean counts) {
    return new IndexingConfig(jcrYearRule, esiFlagRule, counts);
  }
}
