package org.acta.rest.dto;

import jakarta.validation.constraints.NotNull;

/** Disable (true) or enable (false) an account. */
public record AccountDisabledDto(@NotNull Boolean disabled) {}
