package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff say another work is the same publication as the one in the path.
 *
 * @param otherWorkId the work whose records join this one
 * @param reason why, in words (kept in the history)
 * @param expectedVersion the work's version as the sender read it; 409 when it moved on
 */
public record WorkMergeDto(
    @NotBlank @Size(max = 40) String otherWorkId,
    @NotBlank @Size(max = 2048) String reason,
    @Min(0) long expectedVersion) {}
