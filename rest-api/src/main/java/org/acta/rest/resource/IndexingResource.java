package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import org.acta.core.application.indexing.IndexingSettings;
import org.acta.core.application.indexing.IndexingSettingsStore;
import org.acta.core.application.indexing.WorkIndexingStore;
import org.acta.core.application.pipeline.ReindexReport;
import org.acta.core.application.pipeline.ReindexService;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.rest.api.IndexingApi;
import org.acta.rest.dto.IndexingSettingsChangeDto;
import org.acta.rest.dto.IndexingSettingsUpdateDto;
import org.acta.rest.security.Roles;

/**
 * The university's indexing rules ({@code /api/v1/indexing/settings}) and each work's indexing
 * detail and provenance ({@code /api/v1/indexing/works/{workId}}). Setting the rules re-indexes
 * the table before answering, so the answer says which rows got a new version.
 */
@Path(IndexingApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.HR_CLIENT})
public class IndexingResource implements IndexingApi {

  @Inject DataSource dataSource;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Response getIndexingSettings() {
    return Response.ok(new IndexingSettingsStore(dataSource).current()).build();
  }

  /** The rules are the university's policy: administrators set them. */
  @Override
  @RolesAllowed(Roles.ADMIN)
  public Response updateIndexingSettings(IndexingSettingsUpdateDto update, String actor) {
    IndexingSettingsStore store = new IndexingSettingsStore(dataSource);
    IndexingConfig config;
    try {
      config = IndexingSettings.parse(store.current().config(), update.jcrYearRule(),
          update.esiFlagRule(), update.extendedCounts());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    IndexingSettings saved = store.save(config, actor == null || actor.isBlank() ? "api" : actor);
    ReindexReport reindex = new ReindexService(dataSource).reindex();
    return Response.ok(new IndexingSettingsChangeDto(saved, reindex.rowsChanged(),
        reindex.version())).build();
  }

  @Override
  public Response getWorkIndexing(String workId) {
    return Response.ok(new WorkIndexingStore(dataSource).find(workId).orElseThrow(
        () -> new NotFoundException("work " + workId + " has no indexing: no list imported, or"
            + " no such work"))).build();
  }
}
