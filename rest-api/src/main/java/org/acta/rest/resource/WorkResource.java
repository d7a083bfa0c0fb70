package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.decision.RecordedDecision;
import org.acta.core.application.work.DecisionLogCuration;
import org.acta.core.application.work.UnknownWorkException;
import org.acta.core.application.work.WorkCurator;
import org.acta.core.application.work.WorkDetailQuery;
import org.acta.rest.api.WorksApi;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.RecordedDecisionDto;
import org.acta.rest.dto.WorkMergeDto;
import org.acta.rest.dto.WorkSplitDto;
import org.acta.rest.dto.WorkUndoDto;
import org.acta.rest.security.Roles;

/**
 * Works for data-service staff: {@code /api/v1/works}. Read a work whole, find one by title or
 * DOI, and curate its clustering (merge, split, undo) as decision events whose actor is the
 * signed-in caller. A stale {@code expectedVersion} answers 409; a request that names a work or
 * record that does not fit answers 404 or 422, the detail naming the field.
 */
@Path(WorksApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class WorkResource implements WorksApi {

  @Inject DataSource dataSource;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @Override
  public Response searchWorks(String query, Integer limit) {
    return Response.ok(new WorkDetailQuery(dataSource)
        .search(query, limit == null ? 20 : limit)).build();
  }

  @Override
  public Response getWork(String id) {
    return Response.ok(new WorkDetailQuery(dataSource, EvidenceLanguage.of(headers)).find(id)
        .orElseThrow(() -> new NotFoundException("id: no work " + id)))
        .header(HttpHeaders.VARY, EvidenceLanguage.VARY).build();
  }

  @Override
  public Response mergeWork(String id, WorkMergeDto body) {
    return recorded(() -> curation().merge(id, body.otherWorkId(), actor(), body.reason(),
        body.expectedVersion()));
  }

  @Override
  public Response splitWork(String id, WorkSplitDto body) {
    return recorded(() -> curation().split(id, body.recordIds(), actor(), body.reason(),
        body.expectedVersion()));
  }

  @Override
  public Response undoWorkDecision(String id, Long eventId, WorkUndoDto body) {
    return recorded(() -> curation().undo(id, eventId, actor(), body.reason(),
        body.expectedVersion()));
  }

  private WorkCurator curation() {
    return new DecisionLogCuration(dataSource);
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  private static Response recorded(Supplier<RecordedDecision> decide) {
    try {
      RecordedDecision done = decide.get();
      return Response.status(Response.Status.CREATED)
          .entity(new RecordedDecisionDto(done.eventId(), done.itemKey(), done.itemVersion()))
          .build();
    } catch (DecisionConflictException e) {
      return problem(409, "Conflict", "expectedVersion: " + e.getMessage());
    } catch (UnknownWorkException e) {
      return problem(e.field().equals("id") ? 404 : 422,
          e.field().equals("id") ? "Not Found" : "Unprocessable Content", e.getMessage());
    } catch (IllegalArgumentException e) {
      return problem(422, "Unprocessable Content", e.getMessage());
    }
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status).type(ProblemDto.MEDIA_TYPE)
        .entity(new ProblemDto("about:blank", title, status, detail)).build();
  }
}
