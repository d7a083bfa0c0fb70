package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.acta.core.application.DirectoryService;
import org.acta.core.application.directory.PeopleFileChange;
import org.acta.core.application.directory.UnitNameChange;
import org.acta.core.application.directory.UnitNames;
import org.acta.core.application.pipeline.DictionaryPreviewService;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.rest.api.DictionaryApi;
import org.acta.rest.dto.UnitNameChangeDto;
import org.acta.rest.error.Problems;
import org.acta.rest.mapper.DirectoryDtoMapper;
import org.acta.rest.security.Roles;

/**
 * Dictionary changes with a preview, {@code /api/v1/dictionary}: what importing HR's people
 * export or adding/removing a unit's other name would do to the attributions of the current
 * works (a dry run of the pipeline's attribution, nothing saved), and saving a unit name change.
 * A people export is saved through the HR import ({@code POST /directory/imports}). Paths, media
 * types and validation come from the contract ({@link DictionaryApi}).
 */
@Path(DictionaryApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class DictionaryResource implements DictionaryApi {

  @Inject
  DataSource dataSource;

  @Inject DirectoryService directory;

  @Inject ImportJobs jobs;

  @Context SecurityContext security;

  /** 200 with the preview; 400 for an unreadable file, 422 for a row naming an unknown unit. */
  @Override
  public Response previewPeopleFile(java.io.File body, String fileName) {
    java.nio.file.Path dir = null;
    try {
      // under the client's name, which names the file in messages; CSV or spreadsheet is told
      // from the bytes (HrExportFile), as the import does
      dir = Files.createTempDirectory("acta-preview");
      String name = fileName == null || fileName.isBlank() ? "people"
          : java.nio.file.Path.of(fileName).getFileName().toString();
      java.nio.file.Path file = dir.resolve(name);
      Files.move(body.toPath(), file);
      PeopleFileChange change;
      try {
        change = PeopleFileChange.read(file);
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(e.getMessage());
      }
      return preview(change);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
      body.delete(); // the container's temporary copy, if the move did not take it
    }
  }

  /** 200 with the preview; 422 for an unknown unit or a name it has (add) or lacks (remove). */
  @Override
  public Response previewUnitNameChange(UnitNameChangeDto dto) {
    return preview(change(dto));
  }

  /** 200 with the unit as it is now; the pipeline then runs again in the background. */
  @Override
  public Response changeUnitName(UnitNameChangeDto dto) {
    String code;
    try {
      code = new UnitNames(dataSource).apply(change(dto), security.getUserPrincipal().getName());
    } catch (IllegalArgumentException e) {
      return Problems.of(Problems.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage());
    }
    jobs.schedulePipeline();
    return Response.ok(DirectoryDtoMapper.toDto(directory.findUnit(code).orElseThrow())).build();
  }

  private Response preview(org.acta.core.application.directory.DictionaryChange change) {
    try {
      return Response.ok(new DictionaryPreviewService(dataSource).preview(change)).build();
    } catch (IllegalArgumentException e) {
      return Problems.of(Problems.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage());
    }
  }

  private static UnitNameChange change(UnitNameChangeDto dto) {
    try {
      return UnitNameChange.of(dto.unitCode(), dto.name(), dto.action());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static void deleteQuietly(java.nio.file.Path dir) {
    if (dir == null) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (java.nio.file.Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
