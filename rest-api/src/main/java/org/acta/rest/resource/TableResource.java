package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TablePage;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.domain.shared.Sha256;
import org.acta.rest.api.TableApi;
import org.acta.rest.security.Roles;
import org.acta.rest.table.TableCsv;
import org.acta.rest.table.TableJson;
import org.acta.rest.table.TableRowSource;
import org.acta.rest.table.TableXlsx;

/**
 * The one table for HR's pulls: {@code GET /api/v1/table}. Rows carry the contract's column names
 * ({@code shared/design/output-table.md}); deleted rows come with {@code deleted: true}. JSON comes a
 * page at a time (follow {@code nextCursor} until it is null, then keep {@code version} as the next
 * {@code since}); CSV and XLSX stream every matching row in one answer. Every answer carries an
 * ETag made of the table's version and the query, so an unchanged table answers 304.
 */
@Path(TableApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.HR_CLIENT, Roles.UNIT_SECRETARY})
public class TableResource implements TableApi {

  /** The XLSX media type. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<String> STATUSES = Set.of("auto", "verified", "confirmed", "disputed");
  private static final Set<String> QUARTILES = Set.of("Q1", "Q2", "Q3", "Q4");

  @Inject DataSource dataSource;

  @Context HttpHeaders headers;

  @Context jakarta.ws.rs.core.SecurityContext security;

  @Override
  public Response pullTable(Long since, String cursor, Integer limit, Integer year, String unit,
      String person, String status, String indexedIn, String within, String jcrQuartile,
      String role, String format, String ifNoneMatch) {
    UnitSecretaryScope scope = scoped(security, dataSource, unit, within);
    String chosen = format(format);
    TableFilter filter = filter(year, unit, person, status, indexedIn, within, jcrQuartile, role,
        scope);
    TableQuery query = new TableQuery(dataSource);
    String asked = since + "|" + cursor + "|" + limit + "|" + filter + "|" + chosen;
    if (chosen.equals("json")) {
      // The page carries the version it was read at: one read serves the tag and the answer.
      TablePage page = page(query, since, cursor, limit, filter);
      EntityTag tag = tag(page.tableVersion(), asked);
      if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
        return Response.notModified(tag).build();
      }
      return Response.ok(TableJson.page(page), MediaType.APPLICATION_JSON).tag(tag).build();
    }
    EntityTag tag = tag(query.currentVersion(), asked);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      return Response.notModified(tag).build();
    }
    TableRowSource rows = TableRowSource.changedSince(query, since, filter);
    return chosen.equals("csv")
        ? Response.ok(TableCsv.streaming(rows), new MediaType("text", "csv", "UTF-8"))
            .header("Content-Disposition", "attachment; filename=\"acta-table.csv\"")
            .tag(tag).build()
        : Response.ok(TableXlsx.streaming(rows), XLSX)
            .header("Content-Disposition", "attachment; filename=\"acta-table.xlsx\"")
            .tag(tag).build();
  }

  /**
   * The rows a query asks for, its values checked (400 naming the parameter); shared with the
   * dashboard's counts so that a count and its rows use one filter.
   */
  /**
   * A unit secretary's scope (their unit and the units below it), after refusing a unit or subtree
   * filter outside it; null for everybody else.
   */
  static UnitSecretaryScope scoped(jakarta.ws.rs.core.SecurityContext security, DataSource dataSource, String unit,
      String within) {
    UnitSecretaryScope scope = UnitSecretaryScope.of(security, dataSource);
    if (scope != null) {
      scope.requireCovered("unit", unit);
      scope.requireCovered("within", within);
    }
    return scope;
  }

  static TableFilter filter(Integer year, String unit, String person, String status,
      String indexedIn, String within, String jcrQuartile, String role, UnitSecretaryScope scope) {
    if (status != null && !STATUSES.contains(status)) {
      throw new BadRequestException("status must be one of " + STATUSES + ": " + status);
    }
    if (jcrQuartile != null && !QUARTILES.contains(jcrQuartile)) {
      throw new BadRequestException("jcr_quartile must be one of " + QUARTILES + ": "
          + jcrQuartile);
    }
    if (role != null && !TableFilter.ROLES.contains(role)) {
      throw new BadRequestException("role must be one of " + TableFilter.ROLES + ": " + role);
    }
    return new TableFilter(year, blankToNull(unit), blankToNull(person), status,
        blankToNull(indexedIn), blankToNull(within), jcrQuartile, role,
        scope == null ? null : scope.units());
  }

  /** The answer's tag: the table's version and the query, so another query gets another tag. */
  private static EntityTag tag(long tableVersion, String query) {
    return new EntityTag(tableVersion + "-" + digest(query), true);
  }

  private static TablePage page(TableQuery query, long since, String cursor, int limit,
      TableFilter filter) {
    try {
      return query.changedSince(since, cursor, limit, filter);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  /** The format asked for: {@code format=} first, else the Accept header, else JSON. */
  private String format(String format) {
    if (format != null) {
      if (!Set.of("json", "csv", "xlsx").contains(format)) {
        throw new BadRequestException("format must be json, csv or xlsx: " + format);
      }
      return format;
    }
    List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
    // JSON wins whenever it is acceptable: generated clients list every type the contract names.
    if (accepted.stream().anyMatch(t -> !t.isWildcardType()
        && t.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
      return "json";
    }
    for (MediaType type : accepted) {
      if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
        return "csv";
      }
      if (type.toString().startsWith(XLSX)) {
        return "xlsx";
      }
    }
    return "json";
  }

  private static boolean matches(String ifNoneMatch, EntityTag tag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String value = candidate.strip();
      if (value.equals("*") || value.equals(tag.toString())
          || value.equals("\"" + tag.getValue() + "\"")) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String text) {
    return Sha256.hex(text).substring(0, 16);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
