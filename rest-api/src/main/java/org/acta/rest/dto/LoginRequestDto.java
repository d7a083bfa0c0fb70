package org.acta.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-in with a local account's user name and password. */
public record LoginRequestDto(
    @NotBlank @Size(max = 128) String username,
    @NotBlank @Size(max = 1024) String password) {

  /** Never the password in a log line. */
  @Override
  public String toString() {
    return "LoginRequestDto[username=" + username + "]";
  }
}
