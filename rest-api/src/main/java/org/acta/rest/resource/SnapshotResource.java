package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.snapshot.Snapshot;
import org.acta.core.application.snapshot.SnapshotDiff;
import org.acta.core.application.snapshot.SnapshotService;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.matching.pipeline.TableRow;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.SnapshotRequestDto;
import org.acta.rest.table.TableCsv;
import org.acta.rest.table.TableJson;
import org.acta.rest.table.TableRowSource;
import org.acta.rest.table.TableXlsx;

/**
 * Snapshots of the one table: {@code POST /api/v1/snapshots} freezes it for an assessment
 * period, {@code GET /api/v1/snapshots} lists them, {@code GET /api/v1/snapshots/{a}/diff/{b}}
 * compares two by row id, {@code GET /api/v1/snapshots/{id}/rows} gives a snapshot's rows (JSON,
 * CSV or XLSX).
 */
@Path("snapshots")
@jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
    org.acta.rest.security.Roles.STAFF, org.acta.rest.security.Roles.HR_CLIENT})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotResource {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Context SecurityContext security;

  @POST
  @jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
      org.acta.rest.security.Roles.STAFF})
  public Response freeze(@NotNull @Valid SnapshotRequestDto request,
      @HeaderParam("X-Acta-Actor") String actor) {
    try {
      Snapshot s = new SnapshotService(dataSource).freeze(request.name(), request.yearFrom(),
          request.yearTo(), actor(actor));
      return Response.status(Response.Status.CREATED).entity(s).build();
    } catch (IllegalArgumentException e) {
      return Response.status(409).type(ProblemDto.MEDIA_TYPE)
          .entity(new ProblemDto("about:blank", "Conflict", 409, e.getMessage())).build();
    }
  }

  /** Who froze it: the header when a client names the person, else the signed-in caller. */
  private String actor(String header) {
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    Principal caller = security == null ? null : security.getUserPrincipal();
    return caller == null ? "anonymous" : caller.getName();
  }

  @GET
  public List<Snapshot> list() {
    return new SnapshotService(dataSource).list();
  }

  /** Every row a snapshot froze: JSON, or a CSV or XLSX file to download. */
  @GET
  @Path("{id}/rows")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", TableResource.XLSX})
  public Response rows(@PathParam("id") long id, @QueryParam("format") String format) {
    String chosen = format == null ? "json" : format;
    if (!Set.of("json", "csv", "xlsx").contains(chosen)) {
      throw new BadRequestException("format must be json, csv or xlsx: " + format);
    }
    SnapshotService snapshots = new SnapshotService(dataSource);
    Snapshot snapshot = snapshots.find(id)
        .orElseThrow(() -> new NotFoundException("no snapshot " + id));
    List<TableRow> rows = snapshots.rows(id);
    TableRowSource source = sink -> {
      for (TableRow row : rows) {
        sink.accept(row);
      }
    };
    String file = "attachment; filename=\"acta-snapshot-" + snapshot.id() + "." + chosen + "\"";
    return switch (chosen) {
      case "csv" -> Response.ok(TableCsv.streaming(source), new MediaType("text", "csv", "UTF-8"))
          .header("Content-Disposition", file).build();
      case "xlsx" -> Response.ok(TableXlsx.streaming(source), TableResource.XLSX)
          .header("Content-Disposition", file).build();
      default -> Response.ok(TableJson.array(source), MediaType.APPLICATION_JSON).build();
    };
  }

  @GET
  @Path("{from}/diff/{to}")
  public SnapshotDiff diff(@PathParam("from") long from, @PathParam("to") long to) {
    return new SnapshotService(dataSource).diff(from, to);
  }
}
