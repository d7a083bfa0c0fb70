package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A decision sent by staff or faculty.
 *
 * @param kind {@code attribute}, {@code unattribute}, {@code confirm}, {@code reject}, {@code
 *     set_corresponding}, {@code merge}, {@code split} or {@code undo}
 * @param workId the work (the one table's {@code work_id})
 * @param authorRank 1-based author position, for authorship decisions
 * @param personId the person, where the kind needs one
 * @param flag true/false for {@code set_corresponding}
 * @param reason why, in words
 * @param reasonCode coded reason; required for {@code reject} ({@code not_me}, ...)
 * @param reverses the event an {@code undo} reverses
 * @param expectedVersion the item version the decider saw (0 for a first decision); a different
 *     current version answers 409
 */
public record DecisionDto(
    @NotBlank String kind,
    @NotBlank @Size(max = 40) String workId,
    @Min(1) Integer authorRank,
    @Size(max = 64) String personId,
    Boolean flag,
    @Size(max = 2048) String reason,
    @Size(max = 48) String reasonCode,
    Long reverses,
    @Min(0) long expectedVersion) {}
