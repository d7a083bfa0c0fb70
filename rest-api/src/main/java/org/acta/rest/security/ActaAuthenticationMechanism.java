package org.acta.rest.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.core.infrastructure.security.WebSessions;

/**
 * Who is calling: {@code Authorization: Basic} is checked against the local accounts (PBKDF2
 * hashes, through Jakarta Security's database identity store); {@code Authorization: Bearer} is an
 * API token, which makes the caller an {@code hr-client}. Without an Authorization header, the web
 * UI's session cookie ({@link SessionCookie}, from {@code POST /auth/login}) signs the browser in.
 * Without any the request goes on anonymously and {@link RolesAllowedFilter} answers 401 where a
 * role is needed; wrong credentials are 401 at once.
 *
 * <p>CSRF: a browser sends the cookie by itself, so an unsafe request (anything but GET, HEAD,
 * OPTIONS) signed in by the cookie must also carry the session's own random token in the {@code
 * X-CSRF-Token} header (a synchronizer token kept with the session, not a double-submit cookie: no
 * script, not even ours, can read an HttpOnly cookie, and a token only the server and the page know
 * cannot be planted by a sibling subdomain). Another site's page cannot set that header without a
 * CORS preflight, which this server never grants. The cookie is also SameSite=Strict, which alone
 * would stop cross-site requests in current browsers but not in older ones nor from same-site
 * subdomains; the header check does not depend on the browser. Basic and Bearer need no token:
 * browsers never send them unasked to this API (no Basic prompt is answered by the UI).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = StartupMigrator.DATA_SOURCE,
    callerQuery = "SELECT password_hash FROM account WHERE username = ? AND disabled_at IS NULL",
    groupsQuery = "SELECT role FROM account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
public class ActaAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request,
      HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return fromSessionCookie(request, context);
    }
    if (startsWithIgnoreCase(authorization, "Bearer ")) {
      Optional<String> token = new Accounts(dataSource)
          .tokenName(authorization.substring("Bearer ".length()).strip());
      return token.isPresent()
          ? context.notifyContainerAboutLogin("token:" + token.get(), Set.of(Roles.HR_CLIENT))
          : context.responseUnauthorized();
    }
    if (startsWithIgnoreCase(authorization, "Basic ")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(
            authorization.substring("Basic ".length()).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return context.responseUnauthorized();
      }
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return context.responseUnauthorized();
      }
      CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1)));
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : context.responseUnauthorized();
    }
    return context.responseUnauthorized();
  }

  /** The request attribute holding the cookie's session, for {@code GET /auth/me}. */
  public static final String SESSION = "org.acta.session";

  private AuthenticationStatus fromSessionCookie(HttpServletRequest request,
      HttpMessageContext context) {
    String secret = SessionCookie.value(request);
    if (secret == null) {
      return context.doNothing();
    }
    Optional<WebSessions.Session> session = new WebSessions(dataSource).find(secret);
    if (session.isEmpty()) {
      return context.doNothing(); // expired or signed out: anonymous, so 401 where a role is needed
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !MessageDigest.isEqual(
        session.get().csrfToken().getBytes(StandardCharsets.UTF_8),
        String.valueOf(request.getHeader(CsrfFilter.HEADER)).getBytes(StandardCharsets.UTF_8))) {
      request.setAttribute(CsrfFilter.REFUSED, Boolean.TRUE);
      return context.doNothing();
    }
    request.setAttribute(SESSION, session.get());
    return context.notifyContainerAboutLogin(session.get().username(),
        Set.of(session.get().role()));
  }

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
