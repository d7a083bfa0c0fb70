package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.HrImportReport;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.rest.api.DirectoryApi;
import org.acta.rest.security.Roles;

/**
 * HR's exports of units and people: {@code POST /api/v1/directory/imports} with the parts
 * {@code units} (optional: without it only people are imported) and {@code people} (CSV, the layout of {@code evaluation.md}, or the same columns
 * in the first sheet of an XLSX or XLS workbook). New people are added, changes recorded with
 * their history, people no longer listed kept and marked as having left; the pipeline then runs
 * again in the background.
 */
@Path(DirectoryApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class HrImportResource implements DirectoryApi {

  @Inject DataSource dataSource;

  @Inject ImportJobs jobs;

  @Override
  public Response importDirectory(String actor, List<EntityPart> parts) {
    EntityPart units = part(parts, "units").orElse(null);
    EntityPart people = part(parts, "people")
        .orElseThrow(() -> new BadRequestException("the upload needs a part named people"));
    HrImportReport report;
    java.nio.file.Path dir = createTempDirectory();
    try {
      // saved first: whether a part is CSV or a spreadsheet is told from its bytes, whatever
      // the file name or content type the client sent (HrExportFile)
      java.nio.file.Path u = units == null ? null : save(units, dir, "units");
      java.nio.file.Path p = save(people, dir, "people");
      report = new HrDirectoryImport(dataSource).apply(u, p,
          people.getFileName().orElse("people") + " by " + (actor == null ? "api" : actor));
    } catch (IllegalArgumentException e) {
      // a bad row or an unreadable spreadsheet: the message names the file
      throw new BadRequestException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
    jobs.schedulePipeline();
    return Response.ok(report).build();
  }

  private static java.nio.file.Path createTempDirectory() {
    try {
      return Files.createTempDirectory("acta-hr");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The part in {@code dir}, under the client's file name (it names the file in errors). */
  private static java.nio.file.Path save(EntityPart part, java.nio.file.Path dir,
      String name) throws IOException {
    String fileName = part.getFileName()
        .map(f -> java.nio.file.Path.of(f).getFileName().toString())
        .filter(f -> !f.isBlank()).orElse(name);
    java.nio.file.Path target = Files.createDirectory(dir.resolve(name)).resolve(fileName);
    try (InputStream in = part.getContent()) {
      Files.copy(in, target);
    }
    return target;
  }

  private static void deleteQuietly(java.nio.file.Path dir) {
    try (var paths = Files.walk(dir)) {
      for (java.nio.file.Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
