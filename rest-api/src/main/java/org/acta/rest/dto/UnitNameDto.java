package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Another name of a unit.
 *
 * @param name the name as affiliations write it
 * @param language BCP 47 tag ({@code zh}, {@code en}), absent when unknown
 */
public record UnitNameDto(
    @NotBlank @Size(max = 512) String name,
    @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String language) {}
