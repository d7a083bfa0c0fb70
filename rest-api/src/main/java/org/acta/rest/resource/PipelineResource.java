package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.infrastructure.jobs.ImportJobs;
import org.acta.rest.dto.PipelineRunDto;

/**
 * The pipeline over the database: {@code /api/v1/pipeline/runs}. Imports start a run when they
 * end; a full re-run can be asked for here and gives the same result.
 */
@Path("pipeline/runs")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

  @Inject ImportJobs jobs;

  /** Runs the pipeline over every stored record now and answers when it is done. */
  @POST
  public PipelineRunDto run() {
    return toDto(jobs.runPipeline());
  }

  /** The last run in this server; 404 before the first. */
  @GET
  @Path("last")
  public PipelineRunDto last() {
    return jobs.lastPipelineRun().map(PipelineResource::toDto)
        .orElseThrow(() -> new NotFoundException("no pipeline run since the server started"));
  }

  private static PipelineRunDto toDto(PipelineRunReport r) {
    return new PipelineRunDto(r.records(), r.works(), r.worksCreated(), r.worksWithdrawn(),
        r.membersMoved(), r.reviewItems(), r.rowsChanged(), r.rowsDeleted(), r.version(),
        r.millis());
  }
}
