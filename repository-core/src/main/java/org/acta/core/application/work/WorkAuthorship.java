package org.acta.core.application.work;

import java.util.List;
import org.acta.core.application.evidence.EvidenceItem;

/**
 * The pipeline's answer for one author position of a work.
 *
 * @param authorRank 1-based position
 * @param authorName the name as published
 * @param personCode the proposed person (staff or student number)
 * @param personName the person's name
 * @param unitCode the unit the authorship counts for
 * @param unitName the unit's name
 * @param outcome {@code auto} (in the table) or {@code review} (waits for a person)
 * @param score the attribution score 0..1
 * @param evidence why, in words of the language the work was read in
 * @param evidenceItems the same reasons with their codes and arguments
 * @param itemKey the decision item ({@code authorship:<work>#<rank>})
 * @param version the item's version, for a decision's optimistic lock
 */
public record WorkAuthorship(
    int authorRank,
    String authorName,
    String personCode,
    String personName,
    String unitCode,
    String unitName,
    String outcome,
    double score,
    String evidence,
    List<EvidenceItem> evidenceItems,
    String itemKey,
    long version) {}
