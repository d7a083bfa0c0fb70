package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adding or removing one other name of a unit.
 *
 * @param unitCode the unit; absent for the institution (the root unit)
 * @param name the other name, as affiliations write it
 * @param action {@code add} or {@code remove}
 */
public record UnitNameChangeDto(
    @Size(max = 64) String unitCode,
    @NotBlank @Size(max = 512) String name,
    @NotNull @Pattern(regexp = "add|remove") String action) {}
