package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin creates a local account; an empty password means "generate one and show it once". */
public record NewAccountDto(@NotBlank @Size(max = 128) String username, @NotBlank String role,
    @Size(max = 64) String personCode, @Size(max = 64) String unitCode,
    @Size(max = 1024) String password) {}
