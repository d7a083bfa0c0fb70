package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import javax.sql.DataSource;
import org.acta.core.application.dashboard.DashboardQuery;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.rest.api.DashboardApi;
import org.acta.rest.security.Roles;

/**
 * The dashboard's counts: {@code GET /api/v1/table/aggregates}. Same readers, filters and
 * unit-secretary scope as {@link TableResource}, so a count and the rows it drills through to
 * always agree.
 */
@Path(DashboardApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.HR_CLIENT, Roles.UNIT_SECRETARY})
public class DashboardResource implements DashboardApi {

  @Inject
  DataSource dataSource;

  @Context SecurityContext security;

  @Override
  public Response aggregateTable(Integer year, String unit, String person, String status,
      String indexedIn, String within, String jcrQuartile, String role) {
    UnitSecretaryScope scope = TableResource.scoped(security, dataSource, unit, within);
    TableFilter filter = TableResource.filter(year, unit, person, status, indexedIn, within,
        jcrQuartile, role, scope);
    return Response.ok(new DashboardQuery(dataSource).count(filter), MediaType.APPLICATION_JSON)
        .build();
  }
}
