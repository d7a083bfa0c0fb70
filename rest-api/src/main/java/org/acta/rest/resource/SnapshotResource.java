package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import javax.sql.DataSource;
import org.acta.core.application.snapshot.Snapshot;
import org.acta.core.application.snapshot.SnapshotDiff;
import org.acta.core.application.snapshot.SnapshotService;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.SnapshotRequestDto;

/**
 * Snapshots of the one table: {@code POST /api/v1/snapshots} freezes it for an assessment
 * period, {@code GET /api/v1/snapshots} lists them, {@code GET /api/v1/snapshots/{a}/diff/{b}}
 * compares two by row id.
 */
@Path("snapshots")
@jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
    org.acta.rest.security.Roles.STAFF, org.acta.rest.security.Roles.HR_CLIENT})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotResource {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @POST
  @jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
      org.acta.rest.security.Roles.STAFF})
  public Response freeze(@NotNull @Valid SnapshotRequestDto request,
      @HeaderParam("X-Acta-Actor") String actor) {
    try {
      Snapshot s = new SnapshotService(dataSource).freeze(request.name(), request.yearFrom(),
          request.yearTo(), actor == null || actor.isBlank() ? "anonymous" : actor);
      return Response.status(Response.Status.CREATED).entity(s).build();
    } catch (IllegalArgumentException e) {
      return Response.status(409).type(ProblemDto.MEDIA_TYPE)
          .entity(new ProblemDto("about:blank", "Conflict", 409, e.getMessage())).build();
    }
  }

  @GET
  public List<Snapshot> list() {
    return new SnapshotService(dataSource).list();
  }

  @GET
  @Path("{from}/diff/{to}")
  public SnapshotDiff diff(@PathParam("from") long from, @PathParam("to") long to) {
    return new SnapshotService(dataSource).diff(from, to);
  }
}
