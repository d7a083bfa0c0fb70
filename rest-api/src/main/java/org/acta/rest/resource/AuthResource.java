package org.acta.rest.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import javax.sql.DataSource;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.core.infrastructure.security.WebSessions;
import org.acta.rest.api.AuthApi;
import org.acta.rest.dto.CurrentUserDto;
import org.acta.rest.dto.LoginRequestDto;
import org.acta.rest.error.Problems;
import org.acta.rest.security.ActaAuthenticationMechanism;
import org.acta.rest.security.Roles;
import org.acta.rest.security.SessionCookie;

/**
 * Signing in to the web UI: {@code POST /auth/login} checks a local account's password (the same
 * identity store as HTTP Basic) and answers with the session cookie and the CSRF token; {@code POST
 * /auth/logout} ends the session; {@code GET /auth/me} says who is signed in, however they signed
 * in.
 */
@Path(AuthApi.PATH)
public class AuthResource implements AuthApi {

  @Inject IdentityStoreHandler identityStores;

  @Inject DataSource dataSource;

  @Context HttpServletRequest request;
  @Context SecurityContext security;

  @Override
  @PermitAll
  public Response login(LoginRequestDto credentials) {
    CredentialValidationResult result = identityStores.validate(
        new UsernamePasswordCredential(credentials.username(), credentials.password()));
    Accounts accounts = new Accounts(dataSource);
    var account = result.getStatus() == CredentialValidationResult.Status.VALID
        ? accounts.find(credentials.username()) : java.util.Optional.<Accounts.Account>empty();
    if (account.isEmpty()) {
      // One answer for an unknown user and a wrong password: which one it was is nobody's business.
      return Problems.of(Response.Status.UNAUTHORIZED, "wrong user name or password");
    }
    String old = SessionCookie.value(request);
    WebSessions sessions = new WebSessions(dataSource);
    if (old != null) {
      sessions.end(old); // a new session id at every sign-in: no session fixation
    }
    WebSessions.NewSession session = sessions.start(account.get().username());
    return Response.ok(user(accounts, account.get(), session.csrfToken()))
        .header("Set-Cookie", SessionCookie.set(request, session.secret(), WebSessions.LIFETIME))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @PermitAll
  public Response logout() {
    String secret = SessionCookie.value(request);
    if (secret != null) {
      new WebSessions(dataSource).end(secret);
    }
    return Response.noContent().header("Set-Cookie", SessionCookie.clear(request)).build();
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.UNIT_SECRETARY, Roles.FACULTY, Roles.STUDENT,
      Roles.HR_CLIENT})
  public Response currentUser() {
    String name = security.getUserPrincipal().getName();
    if (security.isUserInRole(Roles.HR_CLIENT)) {
      return Response.ok(new CurrentUserDto(name, Roles.HR_CLIENT, null, null, null, null)).build();
    }
    Accounts accounts = new Accounts(dataSource);
    var account = accounts.find(name);
    if (account.isEmpty()) {
      return Problems.of(Response.Status.UNAUTHORIZED, "the account " + name + " no longer exists");
    }
    Object session = request.getAttribute(ActaAuthenticationMechanism.SESSION);
    String csrf = session instanceof WebSessions.Session s ? s.csrfToken() : null;
    return Response.ok(user(accounts, account.get(), csrf)).header("Cache-Control", "no-store")
        .build();
  }

  private static CurrentUserDto user(Accounts accounts, Accounts.Account a, String csrfToken) {
    return new CurrentUserDto(a.username(), a.role(), a.personCode(), a.unitCode(),
        accounts.personName(a.personCode()).orElse(null), csrfToken);
  }
}
