package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.rest.api.PipelineApi;
import org.acta.rest.dto.PipelineRunDto;
import org.acta.rest.security.Roles;

/**
 * The pipeline over the database: {@code /api/v1/pipeline/runs}. Imports start a run when they
 * end (incrementally); a full re-run can be asked for here and gives the same result.
 */
@Path(PipelineApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class PipelineResource implements PipelineApi {

  @Inject ImportJobs jobs;

  /**
   * Runs the pipeline now and answers when it is done: in full, or ({@code mode=incremental})
   * recomputing only what new records and decisions touched.
   */
  @Override
  public Response runPipeline(String mode) {
    if (mode != null && !mode.equals("full") && !mode.equals("incremental")) {
      throw new BadRequestException("mode must be full or incremental: " + mode);
    }
    return Response.ok(toDto(jobs.runPipeline("incremental".equals(mode)))).build();
  }

  /** The last run in this server; 404 before the first. */
  @Override
  public Response lastPipelineRun() {
    return Response.ok(jobs.lastPipelineRun().map(PipelineResource::toDto)
        .orElseThrow(() -> new NotFoundException("no pipeline run since the server started")))
        .build();
  }

  private static PipelineRunDto toDto(PipelineRunReport r) {
    return new PipelineRunDto(r.records(), r.works(), r.worksCreated(), r.worksWithdrawn(),
        r.membersMoved(), r.reviewItems(), r.rowsChanged(), r.rowsDeleted(), r.version(),
        r.millis(), r.worksRecomputed());
  }
}
