package org.acta.rest.dto;

/** The answer to creating an account or resetting its password: a generated password, once. */
public record AccountPasswordDto(String username, String password) {}
