package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.HrImportReport;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.core.infrastructure.migration.StartupMigrator;

/**
 * HR's exports of units and people: {@code POST /api/v1/directory/imports} with the parts
 * {@code units} (optional: without it only people are imported) and {@code people} (CSV, the layout of {@code evaluation.md}, or the same columns
 * in the first sheet of an XLSX or XLS workbook). New people are added, changes recorded with
 * their history, people no longer listed kept and marked as having left; the pipeline then runs
 * again in the background.
 */
@jakarta.ws.rs.Path("directory/imports")
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
    EntityPart units = part(parts, "units").orElse(null);
    EntityPart people = part(parts, "people")
        .orElseThrow(() -> new BadRequestException("the upload needs a part named people"));
    HrImportReport report;
    Path dir = Files.createTempDirectory("acta-hr");
    try {
      // saved first: whether a part is CSV or a spreadsheet is told from its bytes, whatever
      // the file name or content type the client sent (HrExportFile)
      Path u = units == null ? null : save(units, dir, "units");
      Path p = save(people, dir, "people");
      report = new HrDirectoryImport(dataSource).apply(u, p,
          people.getFileName().orElse("people") + " by " + (actor == null ? "api" : actor));
    } catch (IllegalArgumentException e) {
      // a bad row or an unreadable spreadsheet: the message names the file
      throw new BadRequestException(e.getMessage());
    } finally {
      deleteQuietly(dir);
    }
    jobs.schedulePipeline();
    return report;
  }

  /** The part in {@code dir}, under the client's file name (it names the file in errors). */
  private static Path save(EntityPart part, Path dir, String name) throws IOException {
    String fileName = part.getFileName().map(f -> Path.of(f).getFileName().toString())
        .filter(f -> !f.isBlank()).orElse(name);
    Path target = Files.createDirectory(dir.resolve(name)).resolve(fileName);
    try (InputStream in = part.getContent()) {
      Files.copy(in, target);
    }
    return target;
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      for (Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }
}
