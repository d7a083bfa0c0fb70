package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.snapshot.Snapshot;
import org.acta.core.application.snapshot.SnapshotService;
import org.acta.matching.pipeline.TableRow;
import org.acta.rest.api.SnapshotsApi;
import org.acta.rest.dto.ProblemDto;
import org.acta.rest.dto.SnapshotRequestDto;
import org.acta.rest.security.Roles;
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
@Path(SnapshotsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.HR_CLIENT})
public class SnapshotResource implements SnapshotsApi {

  @Inject DataSource dataSource;

  @Context SecurityContext security;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Response createSnapshot(SnapshotRequestDto request, String actor) {
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

  @Override
  public Response listSnapshots() {
    return Response.ok(new SnapshotService(dataSource).list()).build();
  }

  /** Every row a snapshot froze: JSON, or a CSV or XLSX file to download. */
  @Override
  public Response snapshotRows(Long id, String format) {
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

  @Override
  public Response diffSnapshots(Long from, Long to) {
    return Response.ok(new SnapshotService(dataSource).diff(from, to)).build();
  }
}
