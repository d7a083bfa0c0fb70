package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Staff say some source records of the work in the path are another publication.
 *
 * @param recordIds the records that leave the work (their {@code recordId}s)
 * @param reason why, in words (kept in the history)
 * @param expectedVersion the work's version as the sender read it; 409 when it moved on
 */
public record WorkSplitDto(
    @NotEmpty @Size(max = 1000) List<@NotNull Long> recordIds,
    @NotBlank @Size(max = 2048) String reason,
    @Min(0) long expectedVersion) {}
