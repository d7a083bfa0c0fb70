package org.acta.matching.indexing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The indexing of one work: the values of the one table's indexing columns and, per column, where
 * the value came from and by which rule.
 *
 * @param indexedIn the indexes, in {@link Index} order
 * @param jcrQuartile {@code Q1}–{@code Q4}, or null
 * @param impactFactor the JCR impact factor, or null
 * @param jcrYear the JCR year the quartile and impact factor are from, or null
 * @param jcrCategories the journal's WoS categories in that JCR year
 * @param esiField the ESI field, or null
 * @param highlyCitedEditions the ESI highly-cited editions that list the work, oldest first
 * @param hotEditions the ESI hot-paper editions that list the work, oldest first
 * @param esiHighlyCited the {@code esi_highly_cited} flag under the configured rule
 * @param esiHot the {@code esi_hot} flag under the configured rule
 * @param disciplines the university's disciplines of the journal's categories
 * @param provenance column name → where its value came from, in words
 */
public record Indexing(
    List<Index> indexedIn,
    String jcrQuartile,
    BigDecimal impactFactor,
    Integer jcrYear,
    List<String> jcrCategories,
    String esiField,
    List<String> highlyCitedEditions,
    List<String> hotEditions,
    boolean esiHighlyCited,
    boolean esiHot,
    List<String> disciplines,
    Map<String, String> provenance) {

  public Indexing {
    indexedIn = List.copyOf(indexedIn);
    jcrCategories = List.copyOf(jcrCategories);
    highlyCitedEditions = List.copyOf(highlyCitedEditions);
    hotEditions = List.copyOf(hotEditions);
    disciplines = List.copyOf(disciplines);
    provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
  }

  /** The {@code indexed_in} column: codes joined by {@code ;}, or null when none. */
  public String indexedInText() {
    return indexedIn.isEmpty()
        ? null
        : String.join(";", indexedIn.stream().map(Index::code).toList());
  }

  /** The {@code impact_factor} column: the number as JCR prints it, or null. */
  public String impactFactorText() {
    return impactFactor == null ? null : impactFactor.toPlainString();
  }

  /** The provenance of every column in one line: {@code column: words | column: words}. */
  public String provenanceText() {
    StringBuilder b = new StringBuilder();
    provenance.forEach((k, v) -> {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(k).append(": ").append(v);
    });
    return b.toString();
  }
}
