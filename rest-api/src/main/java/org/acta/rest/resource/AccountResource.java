package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.core.infrastructure.security.AccountAdministration;
import org.acta.core.infrastructure.security.AccountAdministration.AccountConflictException;
import org.acta.core.infrastructure.security.AccountAdministration.InvalidAccountException;
import org.acta.core.infrastructure.security.AccountAdministration.NoSuchAccountException;
import org.acta.rest.api.AccountsApi;
import org.acta.rest.dto.AccountDisabledDto;
import org.acta.rest.dto.AccountPasswordDto;
import org.acta.rest.dto.AccountRoleDto;
import org.acta.rest.dto.NewAccountDto;
import org.acta.rest.dto.PasswordResetDto;
import org.acta.rest.error.Problems;
import org.acta.rest.security.Roles;

/**
 * Account management for admins: list, create (role and person or unit), change the role,
 * disable or enable, reset the password. The signed-in admin is recorded as the actor of every
 * change ({@code account_event}); a generated password is in the answer only. An admin cannot
 * disable or demote their own account, so the last admin cannot lock everyone out by a slip.
 */
@Path(AccountsApi.PATH)
@RolesAllowed(Roles.ADMIN)
public class AccountResource implements AccountsApi {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Context SecurityContext security;

  @Override
  public Response listAccounts() {
    return Response.ok(admin().list()).build();
  }

  @Override
  public Response createAccount(NewAccountDto account) {
    return answer(() -> {
      String generated = admin().create(account.username(), account.role(), account.personCode(),
          account.unitCode(), account.password(), actor());
      return Response.status(Response.Status.CREATED)
          .entity(new AccountPasswordDto(account.username().strip(), generated))
          .header("Cache-Control", "no-store").build();
    });
  }

  @Override
  public Response changeAccountRole(String username, AccountRoleDto change) {
    return answer(() -> {
      if (username.equals(actor()) && !Roles.ADMIN.equals(change.role())) {
        throw new InvalidAccountException("role", "you cannot take the admin role from your own"
            + " account; another admin can");
      }
      admin().changeRole(username, change.role(), change.personCode(), change.unitCode(),
          actor());
      return current(username);
    });
  }

  @Override
  public Response setAccountDisabled(String username, AccountDisabledDto change) {
    return answer(() -> {
      if (username.equals(actor()) && change.disabled()) {
        throw new InvalidAccountException("disabled", "you cannot disable your own account");
      }
      admin().setDisabled(username, change.disabled(), actor());
      return current(username);
    });
  }

  @Override
  public Response resetAccountPassword(String username, PasswordResetDto reset) {
    return answer(() -> Response.ok(new AccountPasswordDto(username,
            admin().resetPassword(username, reset.password(), actor())))
        .header("Cache-Control", "no-store").build());
  }

  @Override
  public Response accountEvents(String username) {
    return answer(() -> {
      if (admin().find(username).isEmpty()) {
        throw new NoSuchAccountException(username);
      }
      return Response.ok(admin().events(username)).build();
    });
  }

  private Response current(String username) {
    return Response.ok(admin().find(username).orElseThrow(
        () -> new NoSuchAccountException(username))).build();
  }

  /** The account rules' refusals as problems: 422 naming the field, 409, 404. */
  private static Response answer(Supplier<Response> work) {
    try {
      return work.get();
    } catch (InvalidAccountException e) {
      return Problems.of(Problems.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage());
    } catch (AccountConflictException e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    } catch (NoSuchAccountException e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  private AccountAdministration admin() {
    return new AccountAdministration(dataSource);
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
