package org.acta.rest.dto;

/**
 * What the login screen needs to offer single sign-on: whether it is configured, the provider's
 * name to show, and where the browser goes (relative to the API root). Never the client secret.
 */
public record SingleSignOnDto(boolean enabled, String name, String nameZh, String loginPath) {}
