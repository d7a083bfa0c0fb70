package org.acta.rest.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's answer to one item: the contract's {@code ReviewDecision}.
 *
 * @param key the item (bulk decisions only; the path names it otherwise)
 * @param version the item version the reviewer saw
 * @param action accept, reject or reassign
 * @param reasonCode required for reject
 * @param reason why, in words
 * @param personCode the person to reassign to
 */
public record ReviewDecisionDto(
    @Size(max = 160) String key,
    @NotNull @Min(0) Long version,
    @NotBlank @Pattern(regexp = "accept|reject|reassign") String action,
    @Size(max = 48) String reasonCode,
    @Size(max = 2048) String reason,
    @Size(max = 64) String personCode) {}
