package org.acta.core.application.indexing;

import java.util.List;
import java.util.Map;

/**
 * What is known about a work's indexing beyond the one table's columns: the JCR year and
 * categories used, the university's disciplines (the table has no discipline column), every ESI
 * edition that listed the paper, and per column where its value came from and by which rule.
 *
 * @param workId the work's stable id (the table's {@code work_id})
 * @param jcrYear the JCR year of the quartile and impact factor, or null
 * @param jcrCategories the journal's WoS categories in that JCR year
 * @param esiField the ESI field, or null
 * @param disciplines the university's disciplines of those categories (subject mapping)
 * @param highlyCitedEditions ESI highly-cited editions that list the paper, oldest first
 * @param hotEditions ESI hot-paper editions that list the paper, oldest first
 * @param provenance column → where its value came from, in words (the rules included)
 * @param version the table's change sequence when this last changed
 */
public record WorkIndexing(String workId, Integer jcrYear, List<String> jcrCategories,
    String esiField, List<String> disciplines, List<String> highlyCitedEditions,
    List<String> hotEditions, Map<String, String> provenance, long version) {}
