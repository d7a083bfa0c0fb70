package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff reverse a decision in the work's history.
 *
 * @param reason why, in words (kept in the history)
 * @param expectedVersion the event's {@code itemVersion} as the sender read it; 409 when it moved on
 */
public record WorkUndoDto(@NotBlank @Size(max = 2048) String reason, @Min(0) long expectedVersion) {}
