package org.acta.rest.dto;

import jakarta.validation.constraints.Size;

/**
 * A change of the university's indexing rules; an absent field keeps its rule. Rule names are
 * checked by the repository, which names the field and the accepted values when one is wrong.
 *
 * @param jcrYearRule {@code PUBLICATION_YEAR_OR_EARLIER}, {@code PUBLICATION_YEAR} or {@code LATEST}
 * @param esiFlagRule {@code EVER} or {@code LATEST_EDITION}
 * @param extendedCounts whether the extended part of a journal list counts
 */
public record IndexingSettingsUpdateDto(@Size(max = 32) String jcrYearRule,
    @Size(max = 32) String esiFlagRule, Boolean extendedCounts) {}
