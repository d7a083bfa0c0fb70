/**
 * Authentication and roles: one Jakarta Security mechanism (HTTP Basic against local accounts,
 * Bearer API tokens for the HR system) and one filter that enforces {@code @RolesAllowed} on the
 * resources with problem answers (401 without credentials, 403 for a role that may not). Single
 * sign-on ({@link org.acta.rest.security.OidcClient}, configured by {@link
 * org.acta.rest.security.OidcSettings}) ends in the same session cookie as a password sign-in.
 */
package org.acta.rest.security;
