package org.acta.rest.dto;

import jakarta.validation.constraints.Size;

/** A new password set by the admin; empty or absent: one is generated and shown once. */
public record PasswordResetDto(@Size(max = 1024) String password) {}
