package org.acta.rest.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import javax.sql.DataSource;
import org.acta.core.application.DirectoryService;
import org.acta.core.domain.person.Person;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.api.PeopleApi;
import org.acta.rest.dto.PersonDto;
import org.acta.rest.mapper.DirectoryDtoMapper;
import org.acta.rest.security.Roles;

/**
 * Staff and students: {@code /api/v1/people}. Paths, media types and validation come from the
 * contract ({@link PeopleApi}). Faculty members and students may read only themselves.
 */
@Path(PeopleApi.PATH)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class PersonResource implements PeopleApi {

  @Inject DirectoryService directory;

  @Inject DataSource dataSource;

  @Context UriInfo uri;

  @Context SecurityContext security;

  /** One person by their code; 404 when there is none; 403 for someone else's record. */
  @Override
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.UNIT_SECRETARY, Roles.FACULTY, Roles.STUDENT})
  public Response getPerson(String code) {
    requireSelfUnlessStaff(code);
    PersonDto person = directory
        .findPerson(code)
        .map(DirectoryDtoMapper::toDto)
        .orElseThrow(() -> new NotFoundException("no person with code '" + code + "'"));
    return Response.ok(person).build();
  }

  /** Faculty and students see their own record only: their account names their person code. */
  private void requireSelfUnlessStaff(String code) {
    if (security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.STAFF)
        || security.isUserInRole(Roles.UNIT_SECRETARY)) {
      return;
    }
    String own = new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::personCode).orElse(null);
    if (!code.equals(own)) {
      throw new ForbiddenException("you may read only your own record");
    }
  }

  /** Adds a person; 201 with the location, 409 when the code exists, 422 for unknown references. */
  @Override
  public Response addPerson(PersonDto person) {
    Person added = directory.addPerson(DirectoryDtoMapper.toCommand(person));
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .entity(DirectoryDtoMapper.toDto(added))
        .build();
  }
}
