package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.acta.core.application.DirectoryService;
import org.acta.core.domain.unit.OrgUnit;
import org.acta.rest.dto.UnitDto;
import org.acta.rest.mapper.DirectoryDtoMapper;

/** The institution's units: {@code /api/v1/units}. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

  @Inject DirectoryService directory;

  /** All units, parents before children. */
  @GET
  public List<UnitDto> list() {
    return directory.listUnits().stream().map(DirectoryDtoMapper::toDto).toList();
  }

  /** One unit by its code; 404 when there is none. */
  @GET
  @Path("{code}")
  public UnitDto get(@PathParam("code") String code) {
    return directory
        .findUnit(code)
        .map(DirectoryDtoMapper::toDto)
        .orElseThrow(() -> new NotFoundException("no unit with code '" + code + "'"));
  }

  /** Adds a unit; 201 with its location, 409 when the code exists, 422 for an unknown parent. */
  @POST
  public Response add(@NotNull @Valid UnitDto unit, @Context UriInfo uri) {
    OrgUnit added = directory.addUnit(DirectoryDtoMapper.toCommand(unit));
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .entity(DirectoryDtoMapper.toDto(added))
        .build();
  }
}
