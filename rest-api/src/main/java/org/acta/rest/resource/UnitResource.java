package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.acta.core.application.DirectoryService;
import org.acta.core.domain.unit.OrgUnit;
import org.acta.rest.api.UnitsApi;
import org.acta.rest.dto.UnitDto;
import org.acta.rest.mapper.DirectoryDtoMapper;
import org.acta.rest.security.Roles;

/**
 * The institution's units: {@code /api/v1/units}. Paths, media types and validation come from the
 * contract ({@link UnitsApi}, generated from {@code acta-v1.yaml}).
 */
@Path(UnitsApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.UNIT_SECRETARY, Roles.FACULTY, Roles.STUDENT})
public class UnitResource implements UnitsApi {

  @Inject DirectoryService directory;

  @Context UriInfo uri;

  /** All units, parents before children. */
  @Override
  public Response listUnits() {
    return Response.ok(directory.listUnits().stream().map(DirectoryDtoMapper::toDto).toList())
        .build();
  }

  /** One unit by its code; 404 when there is none. */
  @Override
  public Response getUnit(String code) {
    UnitDto unit = directory
        .findUnit(code)
        .map(DirectoryDtoMapper::toDto)
        .orElseThrow(() -> new NotFoundException("no unit with code '" + code + "'"));
    return Response.ok(unit).build();
  }

  /** Adds a unit; 201 with its location, 409 when the code exists, 422 for an unknown parent. */
  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Response addUnit(UnitDto unit) {
    OrgUnit added = directory.addUnit(DirectoryDtoMapper.toCommand(unit));
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .entity(DirectoryDtoMapper.toDto(added))
        .build();
  }
}
