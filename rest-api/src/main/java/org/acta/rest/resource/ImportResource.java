package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.rest.api.ImportsApi;
import org.acta.rest.dto.ImportBatchDto;
import org.acta.rest.dto.ImportFileDto;
import org.acta.rest.dto.ImportProblemDto;
import org.acta.rest.security.Roles;

/**
 * Imports of export files: {@code /api/v1/imports}. An upload is kept and queued before it is
 * answered (202 with the import's location); reading happens in the background, and {@code GET}
 * shows its progress and problems while it runs.
 *
 * <p>The contract ({@link ImportsApi}) describes one upload operation with two kinds of body; the
 * generator cannot turn that into one Java method, so the upload is implemented by two methods
 * that declare their own JAX-RS annotations: {@link #uploadForm} for multipart and {@link
 * #uploadImport} for raw bytes. Both answer as the contract says.
 */
@Path(ImportsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ImportResource implements ImportsApi {
  /** Problems listed per file in a progress answer (all are counted). */
  static final int PROBLEMS_SHOWN = 100;

  @Inject ImportJobs jobs;

  @Context UriInfo uri;

  /** Uploads one or more files as {@code multipart/form-data} (any part name, the file name kept). */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadForm(List<EntityPart> parts) {
    List<EntityPart> files = parts.stream().filter(p -> p.getFileName().isPresent()).toList();
    if (files.isEmpty()) {
      throw new BadRequestException("no file in the upload: send parts with a file name");
    }
    long batch = jobs.openBatch("api", null);
    for (EntityPart part : files) {
      try (InputStream in = part.getContent()) {
        jobs.stageAndSubmit(batch, part.getFileName().orElseThrow(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return accepted(batch);
  }

  /**
   * Uploads one file as its raw bytes, its name in {@code ?fileName=} or the {@code X-File-Name}
   * header (for clients without multipart).
   */
  @Override
  @POST
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadImport(@QueryParam("fileName") String fileName,
      @HeaderParam("X-File-Name") String header, InputStream body) {
    String name = fileName != null && !fileName.isBlank() ? fileName : header;
    if (name == null || name.isBlank()) {
      throw new BadRequestException("name the file: ?fileName=savedrecs.txt");
    }
    long batch = jobs.openBatch("api", null);
    jobs.stageAndSubmit(batch, name, body);
    return accepted(batch);
  }

  /** Progress and problems of every file of an import; 404 when there is none. */
  @Override
  public Response getImport(Long id) {
    return Response.ok(batch(id)).build();
  }

  private ImportBatchDto batch(long id) {
    List<ImportProgress> files = jobs.batch(id);
    if (files.isEmpty()) {
      throw new NotFoundException("no import " + id);
    }
    String status = files.stream().anyMatch(f -> !f.done()) ? "running"
        : files.stream().anyMatch(f -> ImportProgress.FAILED.equals(f.status())) ? "failed"
        : "finished";
    return new ImportBatchDto(id, status, files.stream().map(this::toDto).toList());
  }

  private Response accepted(long batch) {
    return Response.accepted(batch(batch))
        .location(uri.getBaseUriBuilder().path("imports").path(Long.toString(batch)).build())
        .build();
  }

  private ImportFileDto toDto(ImportProgress p) {
    List<ImportProblemDto> problems = jobs.problems(p.importFileId(), PROBLEMS_SHOWN).stream()
        .map(x -> new ImportProblemDto(x.recordNumber(), x.line(), x.field(), x.reason(),
            x.fatal()))
        .toList();
    return new ImportFileDto(p.importFileId(), p.fileName(), p.status(), p.format(), p.charset(),
        p.recordsTotal(), p.recordsRead(), p.recordsNew(), p.recordsKnown(), p.recordsDropped(),
        p.problems(), p.failure(), problems);
  }
}
