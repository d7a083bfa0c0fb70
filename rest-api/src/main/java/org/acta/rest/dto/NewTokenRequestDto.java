package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin asks for a new API token; the name says who or what uses it. */
public record NewTokenRequestDto(@NotBlank @Size(max = 128) String name) {}
