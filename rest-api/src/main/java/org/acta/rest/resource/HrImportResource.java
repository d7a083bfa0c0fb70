package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.HrImportReport;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.core.infrastructure.migration.StartupMigrator;

/**
 * HR's exports of units and people: {@code POST /api/v1/directory/imports} with the parts
 * {@code units} and {@code people} (CSV, the layout of {@code evaluation.md}). New people are
 * added, changes recorded with their history, people no longer listed kept and marked as having
 * left; the pipeline then runs again in the background.
 */
@Path("directory/imports")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
    org.acta.rest.security.Roles.STAFF})
public class HrImportResource {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject ImportJobs jobs;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public HrImportReport upload(List<EntityPart> parts, @HeaderParam("X-Acta-Actor") String actor)
      throws IOException {
    EntityPart units = part(parts, "units")
        .orElseThrow(() -> new BadRequestException("the upload needs a part named units"));
    EntityPart people = part(parts, "people")
        .orElseThrow(() -> new BadRequestException("the upload needs a part named people"));
    HrImportReport report;
    try (Reader u = new InputStreamReader(units.getContent(), StandardCharsets.UTF_8);
        Reader p = new InputStreamReader(people.getContent(), StandardCharsets.UTF_8)) {
      report = new HrDirectoryImport(dataSource).apply(u, p,
          people.getFileName().orElse("people") + " by " + (actor == null ? "api" : actor));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    jobs.schedulePipeline();
    return report;
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }
}
