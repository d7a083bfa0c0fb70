package org.acta.rest.resource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
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
import org.acta.core.application.indexing.ListVersion;
import org.acta.core.application.pipeline.ReindexReport;
import org.acta.core.application.pipeline.ReindexService;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.harvest.lists.ListFormatException;
import org.acta.rest.dto.ListImportDto;

/**
 * Indexing lists (docs/lists.md): {@code /api/v1/lists}. An upload is read completely, stored
 * as new versions of the editions it changes, and the table re-indexed before the answer, so
 * the answer says which rows got a new version. A file that cannot be read is a 400 naming file,
 * line and column, and nothing of the upload is stored.
 *
 * <p>The operations are those of the contract's {@code lists} tag (acta-v1.yaml). The class does
 * not implement the generated {@code ListsApi}: its upload takes every multipart part with its
 * file name ({@link EntityPart}), which the generated single-stream method cannot express, and
 * two methods for the same POST and media type would be ambiguous to JAX-RS.
 */
@RequestScoped // a CDI bean, so the data source is injected as in the repository's beans
@Path("lists")
@jakarta.annotation.security.RolesAllowed({org.acta.rest.security.Roles.ADMIN,
    org.acta.rest.security.Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class IndexListResource {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  /** Every stored version of every list edition, oldest first. */
  @GET
  public List<ListVersion> versions() {
    return new IndexListStore(dataSource).versions();
  }

  /**
   * The ESI editions that list a paper ({@code ?paper=10.1000/xyz} or a WoS UT), oldest first:
   * whether and when it was highly cited or hot.
   */
  @GET
  @Path("esi")
  public List<String> esiEditions(@jakarta.ws.rs.QueryParam("paper") String paper) {
    if (paper == null || paper.isBlank()) {
      throw new BadRequestException("give the paper's DOI or WoS UT: ?paper=...");
    }
    return new IndexListStore(dataSource).esiEditions(paper);
  }

  /** Uploads list files as {@code multipart/form-data} (all parts of an edition together). */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ListImportDto upload(List<EntityPart> parts) {
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
      return new ListImportDto(imported.created(), imported.unchanged(), imported.warnings(),
          reindex.rowsChanged(), reindex.version());
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
