package org.acta.rest.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * The web UI's session cookie, {@code acta_session}: HttpOnly (scripts cannot read it),
 * SameSite=Strict (no other site's page sends it), Secure on HTTPS, scoped to the application's
 * path. Written as a header because the Servlet API of Payara 6 has no SameSite attribute.
 */
public final class SessionCookie {
  /** The cookie's name. */
  public static final String NAME = "acta_session";

  private SessionCookie() {}

  /** The cookie's value in this request, or null. */
  public static String value(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** The Set-Cookie header value that stores the secret for {@code lifetime}. */
  public static String set(HttpServletRequest request, String secret, Duration lifetime) {
    return NAME + "=" + secret + attributes(request) + "; Max-Age=" + lifetime.toSeconds();
  }

  /** The Set-Cookie header value that removes the cookie. */
  public static String clear(HttpServletRequest request) {
    return NAME + "=" + attributes(request) + "; Max-Age=0";
  }

  private static String attributes(HttpServletRequest request) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
    return "; Path=" + path + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : "");
  }
}
