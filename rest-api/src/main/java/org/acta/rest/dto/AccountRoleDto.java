package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new role for an account, with what it is tied to (a person, or a unit for secretaries). */
public record AccountRoleDto(@NotBlank String role, @Size(max = 64) String personCode,
    @Size(max = 64) String unitCode) {}
