package org.acta.rest.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.acta.core.application.DirectoryService;
import org.acta.core.domain.person.Person;
import org.acta.rest.api.PeopleApi;
import org.acta.rest.dto.PersonDto;
import org.acta.rest.mapper.DirectoryDtoMapper;

/**
 * Staff and students: {@code /api/v1/people}. Paths, media types and validation come from the
 * contract ({@link PeopleApi}).
 */
@Path(PeopleApi.PATH)
public class PersonResource implements PeopleApi {

  @Inject DirectoryService directory;

  @Context UriInfo uri;

  /** One person by their code; 404 when there is none. */
  @Override
  public Response getPerson(String code) {
    PersonDto person = directory
        .findPerson(code)
        .map(DirectoryDtoMapper::toDto)
        .orElseThrow(() -> new NotFoundException("no person with code '" + code + "'"));
    return Response.ok(person).build();
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
