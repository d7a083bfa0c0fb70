package org.acta.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Several answers at once: the contract's {@code ReviewBulkDecision}. */
public record ReviewBulkDecisionDto(
    @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ReviewDecisionDto> decisions) {}
