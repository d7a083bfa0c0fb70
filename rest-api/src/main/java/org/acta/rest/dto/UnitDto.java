package org.acta.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisational unit.
 *
 * @param code the institution's unit identifier
 * @param parentCode code of the enclosing unit; absent for the institution itself
 * @param nameZh official Chinese name
 * @param nameEn official English name
 * @param otherNames other names the unit goes by
 */
public record UnitDto(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[^/\\s]+") String code,
    @Size(max = 64) String parentCode,
    @Size(max = 255) String nameZh,
    @Size(max = 255) String nameEn,
    @Valid List<UnitNameDto> otherNames) {}
