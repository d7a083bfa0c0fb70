package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import javax.sql.DataSource;
import org.acta.core.application.snapshot.Snapshot;
import org.acta.core.application.snapshot.SnapshotService;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.rest.api.SnapshotsApi;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.SnapshotRequestDto;
import org.acta.rest.security.Roles;

/**
 * Snapshots of the one table, the contract's {@code snapshots} operations: {@code POST
 * /api/v1/snapshots} freezes it for an assessment period (the signed-in caller is recorded as
 * the one who froze it), {@code GET /api/v1/snapshots} lists them, {@code GET
 * /api/v1/snapshots/{a}/diff/{b}} compares two by row id.
 */
@Path(SnapshotsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.HR_CLIENT})
public class SnapshotResource implements SnapshotsApi {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Context SecurityContext security;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Response createSnapshot(SnapshotRequestDto request) {
    try {
      Snapshot s = new SnapshotService(dataSource).freeze(request.name(), request.yearFrom(),
          request.yearTo(), security.getUserPrincipal().getName());
      return Response.status(Response.Status.CREATED).entity(s).build();
    } catch (IllegalArgumentException e) {
      return Response.status(409).type(ProblemDto.MEDIA_TYPE)
          .entity(new ProblemDto("about:blank", "Conflict", 409, e.getMessage())).build();
    }
  }

  @Override
  public Response listSnapshots() {
    return Response.ok(new SnapshotService(dataSource).list()).build();
  }

  @Override
  public Response diffSnapshots(Long from, Long to) {
    return Response.ok(new SnapshotService(dataSource).diff(from, to)).build();
  }
}
