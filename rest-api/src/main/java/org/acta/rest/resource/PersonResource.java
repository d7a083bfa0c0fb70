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
import org.acta.core.application.DirectoryService;
import org.acta.core.domain.person.Person;
import org.acta.rest.dto.PersonDto;
import org.acta.rest.mapper.DirectoryDtoMapper;

/** Staff and students: {@code /api/v1/people}. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

  @Inject DirectoryService directory;

  /** One person by their code; 404 when there is none. */
  @GET
  @Path("{code}")
  public PersonDto get(@PathParam("code") String code) {
    return directory
        .findPerson(code)
        .map(DirectoryDtoMapper::toDto)
        .orElseThrow(() -> new NotFoundException("no person with code '" + code + "'"));
  }

  /** Adds a person; 201 with the location, 409 when the code exists, 422 for unknown references. */
  @POST
  public Response add(@NotNull @Valid PersonDto person, @Context UriInfo uri) {
    Person added = directory.addPerson(DirectoryDtoMapper.toCommand(person));
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .entity(DirectoryDtoMapper.toDto(added))
        .build();
  }
}
