package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.acta.core.application.pipeline.TablePage;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.matching.pipeline.TableRow;
import org.acta.rest.api.TableApi;

/**
 * The one table for HR's pulls: {@code GET /api/v1/table?since=N&limit=L&cursor=C}. Rows carry
 * the contract's column names ({@code shared/design/output-table.md}); deleted rows come with
 * {@code deleted: true}. Follow {@code nextCursor} until it is null, then keep {@code version}
 * as the next {@code since}.
 */
@Path(TableApi.PATH)
public class TableResource implements TableApi {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public Response pullTable(Long since, String cursor, Integer limit) {
    TablePage page;
    try {
      page = new TableQuery(dataSource).changedSince(since, cursor, limit);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    page.rows().forEach(r -> rows.add(toJson(r)));
    JsonObjectBuilder out = Json.createObjectBuilder().add("version", page.tableVersion())
        .add("rows", rows);
    if (page.nextCursor() == null) {
      out.addNull("nextCursor");
    } else {
      out.add("nextCursor", page.nextCursor());
    }
    return Response.ok(out.build()).build();
  }

  /** A row as the contract names and types its columns. */
  static JsonObject toJson(TableRow r) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    List<String> values = r.values();
    for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
      String column = TableRow.COLUMNS.get(i);
      String v = values.get(i);
      if (v == null) {
        o.addNull(column);
      } else if (column.equals("author_rank") || column.equals("year")
          || column.equals("version")) {
        o.add(column, Long.parseLong(v));
      } else if (column.equals("confidence")) {
        o.add(column, new BigDecimal(v));
      } else if (column.startsWith("is_") || column.equals("first_affiliation_is_institution")
          || column.startsWith("esi_h") || column.equals("deleted")) {
        o.add(column, Boolean.parseBoolean(v));
      } else {
        o.add(column, v);
      }
    }
    return o.build();
  }
}
