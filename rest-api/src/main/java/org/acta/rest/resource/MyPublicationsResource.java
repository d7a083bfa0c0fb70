package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.mine.ManualEntry;
import org.acta.core.application.mine.ManualPublications;
import org.acta.core.application.mine.ManualSubmission;
import org.acta.core.application.mine.MyPublication;
import org.acta.core.application.mine.MyPublications;
import org.acta.core.application.mine.NotYoursException;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.api.MeApi;
import org.acta.rest.dto.ConfirmationDto;
import org.acta.rest.dto.ManualPublicationDto;
import org.acta.rest.dto.RejectionDto;
import org.acta.rest.error.Problems;
import org.acta.rest.security.Roles;
import org.acta.rest.table.TableJson;

/**
 * My publications, for the signed-in faculty member or student only: their rows of the one table
 * (each exactly as HR gets it), confirm or reject one (a decision; the row's status changes at
 * once), and add one no export has (a source record entered by hand, then a pipeline run in the
 * background). The person is the account's {@code person_code}; nobody can name another.
 */
@Path(MeApi.PATH)
@RolesAllowed({Roles.FACULTY, Roles.STUDENT})
public class MyPublicationsResource implements MeApi {

  @Inject DataSource dataSource;

  @Inject ImportJobs jobs;

  @Context SecurityContext security;

  @Override
  public Response myPublications() {
    String me = personCode();
    JsonArrayBuilder rows = Json.createArrayBuilder();
    new MyPublications(dataSource).of(me).forEach(p -> rows.add(toJson(p)));
    JsonArrayBuilder submitted = Json.createArrayBuilder();
    new ManualPublications(dataSource).submitted(me).forEach(s -> submitted.add(toJson(s)));
    JsonObjectBuilder out = Json.createObjectBuilder().add("personCode", me);
    String name = new Accounts(dataSource).personName(me).orElse(null);
    if (name == null) {
      out.addNull("name");
    } else {
      out.add("name", name);
    }
    return Response.ok(out.add("rows", rows).add("submitted", submitted).build(),
        MediaType.APPLICATION_JSON).build();
  }

  @Override
  public Response addMyPublication(ManualPublicationDto form) {
    ManualEntry entry;
    try {
      entry = new ManualEntry(form.title(), form.year(), form.journal(), form.doi(),
          form.authors(), form.myAuthorRank() == null ? 1 : form.myAuthorRank());
    } catch (IllegalArgumentException e) {
      return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
    ManualSubmission stored = new ManualPublications(dataSource).add(personCode(),
        security.getUserPrincipal().getName(), entry);
    jobs.schedulePipeline();
    return Response.accepted(toJson(stored)).type(MediaType.APPLICATION_JSON).build();
  }

  @Override
  public Response confirmMyPublication(String rowId, ConfirmationDto confirmation) {
    return decided(() -> new MyPublications(dataSource).confirm(personCode(), rowId,
        confirmation == null ? null : confirmation.expectedVersion(),
        security.getUserPrincipal().getName()));
  }

  @Override
  public Response rejectMyPublication(String rowId, RejectionDto rejection) {
    return decided(() -> new MyPublications(dataSource).reject(personCode(), rowId,
        rejection.reasonCode(), rejection.comment(), rejection.expectedVersion(),
        security.getUserPrincipal().getName()));
  }

  private Response decided(java.util.function.Supplier<MyPublication> decision) {
    try {
      return Response.ok(toJson(decision.get()), MediaType.APPLICATION_JSON).build();
    } catch (NotYoursException e) {
      return Problems.of(Response.Status.FORBIDDEN, e.getMessage());
    } catch (DecisionConflictException e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(e.getMessage());
    }
  }

  /** The account's person; an account tied to nobody has no publications to see. */
  private String personCode() {
    return new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::personCode)
        .orElseThrow(() -> new ForbiddenException("your account is tied to no person"));
  }

  private static JsonObject toJson(MyPublication p) {
    return Json.createObjectBuilder().add("rowId", p.row().rowId())
        .add("status", p.row().status()).add("decisionVersion", p.decisionVersion())
        .add("row", TableJson.object(p.row())).build();
  }

  private static JsonObject toJson(ManualSubmission s) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.id()).add("title", s.title())
        .add("submittedAt", s.submittedAt().toString());
    nullable(o, "year", s.year() == null ? null : Json.createValue(s.year()));
    nullable(o, "journal", s.journal() == null ? null : Json.createValue(s.journal()));
    nullable(o, "doi", s.doi() == null ? null : Json.createValue(s.doi()));
    nullable(o, "workId", s.workId() == null ? null : Json.createValue(s.workId()));
    return o.build();
  }

  private static void nullable(JsonObjectBuilder o, String key, jakarta.json.JsonValue value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }
}
