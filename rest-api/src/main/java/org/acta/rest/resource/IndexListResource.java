package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.acta.core.application.indexing.IndexListStore;
import org.acta.core.application.indexing.ListImportReport;
import org.acta.core.application.pipeline.ReindexReport;
import org.acta.core.application.pipeline.ReindexService;
import org.acta.harvest.lists.ListFormatException;
import org.acta.rest.api.ListsApi;
import org.acta.rest.dto.ListImportDto;
import org.acta.rest.security.Roles;

/**
 * Indexing lists (docs/lists.md): {@code /api/v1/lists}, the contract's {@code lists} operations
 * ({@link ListsApi}). An upload is read completely, stored as new versions of the editions it
 * changes, and the table re-indexed before the answer, so the answer says which rows got a new
 * version. A file that cannot be read is a 400 naming file, line and column, and nothing of the
 * upload is stored.
 */
@RequestScoped // a CDI bean, so the data source is injected as in the repository's beans
@Path(ListsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class IndexListResource implements ListsApi {

  @Inject DataSource dataSource;

  /** Every stored version of every list edition, oldest first. */
  @Override
  public Response listIndexLists() {
    return Response.ok(new IndexListStore(dataSource).versions()).build();
  }

  /**
   * The ESI editions that list a paper ({@code ?paper=10.1000/xyz} or a WoS UT), oldest first:
   * whether and when it was highly cited or hot.
   */
  @Override
  public Response esiEditions(String paper) {
    if (paper == null || paper.isBlank()) {
      throw new BadRequestException("give the paper's DOI or WoS UT: ?paper=...");
    }
    return Response.ok(new IndexListStore(dataSource).esiEditions(paper)).build();
  }

  /**
   * Uploads list files as {@code multipart/form-data} (all parts of an edition together): every
   * part with a file name, whatever its part name.
   */
  @Override
  public Response uploadIndexLists(List<EntityPart> parts) {
    List<EntityPart> files = parts.stream().filter(p -> p.getFileName().isPresent()).toList();
    if (files.isEmpty()) {
      throw new BadRequestException("no file in the upload: send parts with a file name");
    }
    java.nio.file.Path dir = null;
    try {
      dir = Files.createTempDirectory("acta-lists");
      List<java.nio.file.Path> saved = new ArrayList<>();
      for (EntityPart part : files) {
        String name = java.nio.file.Path.of(part.getFileName().orElseThrow()).getFileName()
            .toString();
        // one directory per part: two parts with the same file name must not overwrite
        java.nio.file.Path target = Files.createDirectory(dir.resolve(Integer.toString(
            saved.size()))).resolve(name);
        try (InputStream in = part.getContent()) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        saved.add(target);
      }
      ListImportReport imported = new IndexListStore(dataSource).importFiles(saved, "api");
      ReindexReport reindex = new ReindexService(dataSource).reindex();
      return Response.ok(new ListImportDto(imported.created(), imported.unchanged(),
          imported.warnings(), reindex.rowsChanged(), reindex.version())).build();
    } catch (ListFormatException e) {
      throw new BadRequestException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(java.nio.file.Path dir) {
    if (dir == null) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
