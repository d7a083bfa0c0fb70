package org.acta.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A publication a person adds by hand (the form of My publications).
 *
 * @param myAuthorRank which of the authors the signed-in person is, 1-based; null means 1
 */
public record ManualPublicationDto(
    @NotBlank @Size(max = 2000) String title,
    @Min(1900) @Max(2200) Integer year,
    @Size(max = 1000) String journal,
    @Size(max = 255) @Pattern(regexp = "(https?://(dx\\.)?doi\\.org/|doi:)?10\\..+") String doi,
    @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 255) String> authors,
    @Min(1) Integer myAuthorRank) {}
