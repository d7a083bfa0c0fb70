package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.api.TokensApi;
import org.acta.rest.dto.NewTokenRequestDto;
import org.acta.rest.security.ApiTokenCache;
import org.acta.rest.security.Roles;

/**
 * API tokens for machines (the HR system), administered by admins: list (never a secret), create
 * (the secret is in the 201 answer only; the database keeps its SHA-256), revoke.
 */
@Path(TokensApi.PATH)
@RolesAllowed(Roles.ADMIN)
public class TokenResource implements TokensApi {

  @Inject DataSource dataSource;

  @Inject ApiTokenCache liveTokens;

  @Override
  public Response listTokens() {
    return Response.ok(new Accounts(dataSource).tokens()).build();
  }

  @Override
  public Response createToken(NewTokenRequestDto request) {
    return Response.status(Response.Status.CREATED)
        .entity(new Accounts(dataSource).createToken(request.name().strip()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  public Response revokeToken(Long id) {
    Accounts accounts = new Accounts(dataSource);
    if (!accounts.revokeToken(id)) {
      throw new NotFoundException("no live token " + id);
    }
    liveTokens.forgetAll(); // refused from the next request on, not after the cache's lifetime
    return Response.ok(accounts.tokens().stream().filter(t -> t.id() == id).findFirst()
        .orElseThrow()).build();
  }
}
