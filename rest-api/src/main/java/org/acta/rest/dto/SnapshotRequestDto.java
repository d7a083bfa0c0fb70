package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to freeze the one table.
 *
 * @param name unique name, e.g. {@code assessment-2021-2025}
 * @param yearFrom first publication year of the period, or null
 * @param yearTo last publication year of the period, or null
 */
public record SnapshotRequestDto(@NotBlank @Size(max = 128) String name, Integer yearFrom,
    Integer yearTo) {}
