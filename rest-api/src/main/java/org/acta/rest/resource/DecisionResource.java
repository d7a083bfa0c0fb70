package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.decision.RecordedDecision;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.api.DecisionsApi;
import org.acta.rest.dto.DecisionDto;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.RecordedDecisionDto;
import org.acta.rest.security.Roles;

/**
 * Decisions: {@code POST /api/v1/decisions} appends one (201); when someone else decided the
 * same item since the sender looked, 409 with the item's current version. The next pipeline run
 * applies it; no run overrides it.
 *
 * <p>The actor is the signed-in caller. Faculty members and students may only confirm or reject
 * their own authorships ({@code personId} must be theirs); staff decide anything.
 */
@Path(DecisionsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.UNIT_SECRETARY, Roles.FACULTY, Roles.STUDENT})
public class DecisionResource implements DecisionsApi {

  @Inject DataSource dataSource;

  @Context SecurityContext security;

  private static final Set<String> SELF_KINDS = Set.of("confirm", "reject");

  @Override
  public Response decide(DecisionDto dto) {
    requireOwnItemUnlessStaff(dto);
    String actor = security.getUserPrincipal().getName();
    try {
      NewDecision decision = new NewDecision(DecisionKind.fromCode(dto.kind()), dto.workId(),
          dto.authorRank(), dto.personId(), dto.flag(),
          actor == null || actor.isBlank() ? "anonymous" : actor, dto.reason(), dto.reasonCode(),
          null, null, dto.reverses(), dto.expectedVersion());
      RecordedDecision done = new DecisionService(dataSource).record(decision);
      return Response.status(Response.Status.CREATED)
          .entity(new RecordedDecisionDto(done.eventId(), done.itemKey(), done.itemVersion()))
          .build();
    } catch (DecisionConflictException e) {
      return problem(409, "Conflict", e.getMessage());
    } catch (IllegalArgumentException e) {
      return problem(422, "Unprocessable Content", e.getMessage());
    }
  }

  /** Faculty and students decide only about themselves, and only confirm or reject. */
  private void requireOwnItemUnlessStaff(DecisionDto dto) {
    if (security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.STAFF)) {
      return;
    }
    if (security.isUserInRole(Roles.UNIT_SECRETARY)) {
      if (dto.personId() == null) {
        throw new ForbiddenException("a unit secretary decides about a person of their unit");
      }
      UnitSecretaryScope.requirePersonInOwnUnit(security, dataSource, dto.personId());
      return;
    }
    String own = new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::personCode).orElse(null);
    if (own == null || !own.equals(dto.personId()) || !SELF_KINDS.contains(dto.kind())) {
      throw new ForbiddenException("you may only confirm or reject your own authorships");
    }
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status).type(ProblemDto.MEDIA_TYPE)
        .entity(new ProblemDto("about:blank", title, status, detail)).build();
  }
}
