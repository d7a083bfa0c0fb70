package org.acta.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member of staff or a student.
 *
 * @param code the institution's person identifier
 * @param kind {@code staff} or {@code student}
 * @param nameZh name in Chinese characters
 * @param nameEn romanised or English name as HR holds it
 * @param unitCode code of the person's unit
 * @param supervisorCode code of a student's supervisor
 * @param email e-mail address
 * @param orcid ORCID iD, {@code 0000-0002-1825-0097}
 * @param startYear first year at the institution
 * @param endYear last year at the institution
 */
public record PersonDto(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[^/\\s]+") String code,
    @NotNull @Pattern(regexp = "staff|student") String kind,
    @Size(max = 255) String nameZh,
    @Size(max = 255) String nameEn,
    @Size(max = 64) String unitCode,
    @Size(max = 64) String supervisorCode,
    @Email @Size(max = 320) String email,
    @Pattern(regexp = "\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]") String orcid,
    @Min(1900) @Max(2200) Integer startYear,
    @Min(1900) @Max(2200) Integer endYear) {}
