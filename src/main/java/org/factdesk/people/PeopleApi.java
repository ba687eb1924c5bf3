package org.factdesk.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.people.PeopleDirectory.Person;
import org.factdesk.security.Roles;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class PeopleApi {

    private final PeopleDirectory people;

    PeopleApi(PeopleDirectory people) {
        this.people = people;
    }

    @GET
    @Operation(summary = "The people who can be assigned to claims (roles: reviewer, editor, admin)")
    public List<Person> list() {
        return people.list();
    }
}
