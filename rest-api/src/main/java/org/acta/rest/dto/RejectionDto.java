package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's rejection of one of their rows.
 *
 * @param reasonCode {@code not_me}, {@code wrong_unit}, {@code duplicate}, {@code
 *     not_a_publication} or {@code other}
 * @param comment the person's words, for staff
 * @param expectedVersion the decision version seen; null means "whatever is current"
 */
public record RejectionDto(
    @NotBlank @Pattern(regexp = "not_me|wrong_unit|duplicate|not_a_publication|other")
        String reasonCode,
    @Size(max = 2048) String comment,
    @Min(0) Long expectedVersion) {}
