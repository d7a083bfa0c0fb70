package org.acta.rest.dto;

import jakarta.validation.constraints.Min;

/** A confirmation; {@code expectedVersion} null means "whatever is current". */
public record ConfirmationDto(@Min(0) Long expectedVersion) {}
