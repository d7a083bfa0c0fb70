package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.acta.core.application.review.DuplicateItemKey;
import org.acta.core.application.review.PeopleSearch;
import org.acta.core.application.review.ReviewAction;
import org.acta.core.application.review.ReviewDecider;
import org.acta.core.application.review.ReviewDecision;
import org.acta.core.application.review.ReviewFilter;
import org.acta.core.application.review.ReviewItemKey;
import org.acta.core.application.review.ReviewKind;
import org.acta.core.application.review.ReviewOutcome;
import org.acta.core.application.review.ReviewQueue;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.api.ReviewApi;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.ReviewBulkDecisionDto;
import org.acta.rest.dto.ReviewBulkOutcomeDto;
import org.acta.rest.dto.ReviewDecisionDto;
import org.acta.rest.dto.ReviewPageDto;
import org.acta.rest.security.Roles;

/**
 * The review queue (核验), {@code /api/v1/review}: list and filter what the pipeline left for
 * people, and answer it one item or many at a time. Paths, media types and validation come from
 * the contract ({@link ReviewApi}). The actor of every decision is the signed-in caller.
 *
 * <p>Staff and admins see every unit; a unit secretary (a delegate for one unit) sees and decides
 * only the items whose proposed person belongs to the unit their account names.
 */
@Path(ReviewApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.UNIT_SECRETARY})
public class ReviewResource implements ReviewApi {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Context SecurityContext security;

  @Override
  public Response listReviewItems(String unit, String kind, Double minScore, Double maxScore,
      String cursor, Integer limit) {
    String own = ownUnit();
    if (own != null && unit != null && !unit.isBlank() && !unit.strip().equals(own)) {
      throw new ForbiddenException("unit: you review unit " + own + " only");
    }
    try {
      ReviewFilter filter = new ReviewFilter(own != null ? own : unit, kind == null ? null : ReviewKind.fromCode(kind),
          minScore, maxScore);
      return Response.ok(ReviewPageDto.of(new ReviewQueue(dataSource)
          .page(filter, cursor, limit == null ? 20 : limit))).build();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  /** 201 recorded; 409 someone decided it since; 404 not in the queue; 422 breaks a rule. */
  @Override
  public Response decideReviewItem(String key, ReviewDecisionDto dto) {
    try {
      if (DuplicateItemKey.names(key)) {
        DuplicateItemKey.parse(key);
      } else {
        ReviewItemKey.parse(key);
      }
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    if (dto.key() != null && !dto.key().equals(key)) {
      throw new BadRequestException("key: the body names " + dto.key() + ", the path " + key);
    }
    String own = ownUnit();
    if (own != null && !inUnit(key, own)) {
      throw new ForbiddenException("key: " + key + " is not an item of your unit " + own);
    }
    ReviewOutcome outcome = decider().decide(decision(key, dto), actor());
    return switch (outcome.status()) {
      case ReviewOutcome.RECORDED -> Response.status(Response.Status.CREATED).entity(outcome)
          .build();
      case ReviewOutcome.CONFLICT -> problem(409, "Conflict", outcome.detail());
      case ReviewOutcome.GONE -> problem(404, "Not Found", outcome.detail());
      default -> problem(422, "Unprocessable Content", outcome.detail());
    };
  }

  /** 200 with one outcome per decision, whatever each outcome is. */
  @Override
  public Response decideReviewItems(ReviewBulkDecisionDto bulk) {
    for (int i = 0; i < bulk.decisions().size(); i++) {
      ReviewDecisionDto d = bulk.decisions().get(i);
      if (d.key() == null || d.key().isBlank()) {
        throw new BadRequestException("decisions[" + i + "].key: a bulk decision names its item");
      }
    }
    String own = ownUnit();
    ReviewDecider decider = decider();
    List<ReviewOutcome> outcomes = new ArrayList<>();
    for (ReviewDecisionDto d : bulk.decisions()) {
      outcomes.add(own != null && !inUnit(d.key(), own)
          ? new ReviewOutcome(d.key(), ReviewOutcome.INVALID, null, d.version(), "key",
              "key: " + d.key() + " is not an item of your unit " + own)
          : decider.decide(decision(d.key(), d), actor()));
    }
    return Response.ok(ReviewBulkOutcomeDto.of(outcomes)).build();
  }

  @Override
  public Response searchReviewPeople(String q, Integer limit) {
    try {
      return Response.ok(new PeopleSearch(dataSource).find(q, limit == null ? 10 : limit))
          .build();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  /** A unit secretary's unit; null for staff and admins, who review every unit. */
  private String ownUnit() {
    if (security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.STAFF)) {
      return null;
    }
    return new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::unitCode)
        .orElseThrow(() -> new ForbiddenException("your account names no unit to review"));
  }

  /**
   * True when the item is in the queue and of this unit: a proposed person of it, or (a possible
   * duplicate) an author of it in either work.
   */
  private boolean inUnit(String key, String unit) {
    return new ReviewQueue(dataSource).inUnit(key, unit);
  }

  private static ReviewDecision decision(String key, ReviewDecisionDto d) {
    return new ReviewDecision(key, d.version(), ReviewAction.fromCode(d.action()), d.reasonCode(),
        d.reason(), d.personCode());
  }

  private ReviewDecider decider() {
    return new ReviewDecider(dataSource);
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status).type(ProblemDto.MEDIA_TYPE)
        .entity(new ProblemDto("about:blank", title, status, detail)).build();
  }
}
