package org.acta.rest.dto;

/**
 * Who is signed in.
 *
 * @param role one of the roles ({@code admin}, {@code staff}, {@code unit-secretary}, {@code
 *     faculty}, {@code student}, {@code hr-client})
 * @param personCode the person a faculty member's or student's account is tied to
 * @param unitCode the unit a unit secretary's account is tied to
 * @param name the person's name (Chinese first), else null
 * @param csrfToken for a cookie session: to be sent in {@code X-CSRF-Token} on unsafe requests
 */
public record CurrentUserDto(String username, String role, String personCode, String unitCode,
    String name, String csrfToken) {}
