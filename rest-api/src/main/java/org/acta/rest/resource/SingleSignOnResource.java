package org.acta.rest.resource;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.core.infrastructure.security.SingleSignOnAccounts;
import org.acta.core.infrastructure.security.WebSessions;
import org.acta.rest.api.SsoApi;
import org.acta.rest.dto.SingleSignOnDto;
import org.acta.rest.error.Problems;
import org.acta.rest.security.OidcClient;
import org.acta.rest.security.OidcSettings;
import org.acta.rest.security.SessionCookie;

/**
 * Single sign-on through the university's OpenID Connect provider. {@code GET /auth/oidc/login}
 * sends the browser to the provider with a fresh state, nonce and PKCE verifier (kept in a
 * ten-minute HttpOnly cookie); {@code GET /auth/oidc/callback} checks them, has {@link OidcClient}
 * exchange the code and validate the ID token, finds the account ({@link SingleSignOnAccounts})
 * and starts the same session as {@code POST /auth/login}. Whoever Acta does not know gets 403.
 */
@Path(SsoApi.PATH)
@PermitAll
public class SingleSignOnResource implements SsoApi {

  /** The attempt cookie: SameSite=Lax, because it must come back on the provider's redirect. */
  static final String ATTEMPT_COOKIE = "acta_oidc";

  @Inject OidcClient client;

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Context HttpServletRequest request;
  @Context UriInfo uri;

  @Override
  @PermitAll
  public Response singleSignOn() {
    return Response.ok(OidcSettings.current()
        .map(s -> new SingleSignOnDto(true, s.name(), s.nameZh(), "auth/oidc/login"))
        .orElse(new SingleSignOnDto(false, null, null, null))).build();
  }

  @Override
  @PermitAll
  public Response startSingleSignOn() {
    Optional<OidcSettings> settings = OidcSettings.current();
    if (settings.isEmpty()) {
      return Problems.of(Response.Status.NOT_FOUND, "single sign-on is not configured");
    }
    OidcClient.Attempt attempt = new OidcClient.Attempt(new com.nimbusds.oauth2.sdk.id.State(),
        new com.nimbusds.openid.connect.sdk.Nonce(),
        new com.nimbusds.oauth2.sdk.pkce.CodeVerifier());
    try {
      return Response.seeOther(client.authorizationUri(settings.get(), attempt,
              redirect(settings.get())))
          .header("Set-Cookie", attemptCookie(attempt.encode(), 600))
          .header("Cache-Control", "no-store")
          .build();
    } catch (OidcClient.ProviderException e) {
      return Problems.of(502, "Bad Gateway", e.getMessage());
    }
  }

  @Override
  @PermitAll
  public Response finishSingleSignOn(String code, String state, String error,
      String errorDescription) {
    Optional<OidcSettings> settings = OidcSettings.current();
    if (settings.isEmpty()) {
      return Problems.of(Response.Status.NOT_FOUND, "single sign-on is not configured");
    }
    if (error != null) {
      return Problems.of(Response.Status.FORBIDDEN, "the sign-on provider refused: " + error
          + (errorDescription == null ? "" : " (" + errorDescription + ")"));
    }
    if (code == null || state == null) {
      return Problems.of(Response.Status.BAD_REQUEST, "code and state: the provider's redirect"
          + " carries both; start again at auth/oidc/login");
    }
    OidcClient.Attempt attempt = OidcClient.Attempt.decode(cookie(ATTEMPT_COOKIE));
    if (attempt == null || !MessageDigest.isEqual(
        attempt.state().getValue().getBytes(StandardCharsets.UTF_8),
        state.getBytes(StandardCharsets.UTF_8))) {
      // no attempt of this browser's: a forged or replayed redirect, or an expired attempt
      return Problems.of(Response.Status.BAD_REQUEST, "state: this sign-on was not started in"
          + " this browser, or more than ten minutes ago; start again at auth/oidc/login");
    }
    IDTokenClaimsSet claims;
    try {
      claims = client.exchange(settings.get(), attempt, code, redirect(settings.get()));
    } catch (OidcClient.RejectedTokenException e) {
      return Problems.of(Response.Status.FORBIDDEN, e.getMessage());
    } catch (OidcClient.ProviderException e) {
      return Problems.of(502, "Bad Gateway", e.getMessage());
    }
    String identifier = text(claims.getClaim(settings.get().personClaim()));
    if (identifier == null) {
      return Problems.of(Response.Status.FORBIDDEN, "the ID token has no "
          + settings.get().personClaim() + " claim to name the person by");
    }
    SingleSignOnAccounts accounts = new SingleSignOnAccounts(dataSource);
    SingleSignOnAccounts.Outcome outcome = settings.get().rolesFromClaim()
        ? accounts.fromAssertedRole(identifier, role(settings.get(), claims),
            "sso:" + settings.get().issuer())
        : accounts.fromAccountTable(identifier);
    if (!outcome.signedIn()) {
      return Problems.of(Response.Status.FORBIDDEN, outcome.refusal());
    }
    WebSessions sessions = new WebSessions(dataSource);
    String old = SessionCookie.value(request);
    if (old != null) {
      sessions.end(old); // a new session id at every sign-in: no session fixation
    }
    WebSessions.NewSession session = sessions.start(outcome.username());
    return Response.seeOther(URI.create(request.getContextPath() + "/"))
        .header("Set-Cookie", SessionCookie.set(request, session.secret(), WebSessions.LIFETIME))
        .header("Set-Cookie", attemptCookie("", 0))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The first value of the role claim that the role map knows, in the map's order. */
  private static String role(OidcSettings settings, IDTokenClaimsSet claims) {
    Object claim = claims.getClaim(settings.roleClaim());
    Collection<?> values = claim instanceof Collection<?> c ? c
        : claim == null ? List.of() : List.of(claim);
    List<String> held = values.stream().map(String::valueOf).toList();
    return settings.roleMap().entrySet().stream()
        .filter(e -> held.contains(e.getKey()))
        .map(java.util.Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  private static String text(Object claim) {
    String value = claim == null ? null : String.valueOf(claim).strip();
    return value == null || value.isEmpty() ? null : value;
  }

  private URI redirect(OidcSettings settings) {
    return settings.redirectUri() != null ? URI.create(settings.redirectUri())
        : uri.getBaseUriBuilder().path(SsoApi.PATH).path("callback").build();
  }

  private String cookie(String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (name.equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  private String attemptCookie(String value, int maxAge) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
    return ATTEMPT_COOKIE + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge
        + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : "");
  }
}
