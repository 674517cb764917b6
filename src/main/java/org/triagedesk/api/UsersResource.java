package org.triagedesk.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.triagedesk.accounts.boundary.Users;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.accounts.entity.UserAccount;
import org.triagedesk.platform.Jsons;

/** Users and their roles; admins only. Passwords go in, never out. */
@Path("users")
@Produces(ApiError.JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

    static final int MIN_PASSWORD = 10;

    @Inject
    Users users;

    @GET
    public String list() {
        return Jsons.arrayOf(users.all(), UsersResource::json).build().toString();
    }

    @GET
    @Path("{username}")
    public String one(@PathParam("username") String username) {
        return users.find(username).map(u -> json(u).build().toString()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body, @Context UriInfo uri) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        String username = in.string(json, "username", "username", 64);
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            in.invalid("username", "1 to 64 letters, digits, dots, dashes, underscores or @");
        }
        String password = password(in, json, true);
        Set<Role> roles = roles(in, json, true);
        in.check();
        UserAccount user = users.create(username, password, roles).orElseThrow(() -> new WebApplicationException(
                ApiError.response(409, "Conflict", "username", "a user named " + username + " exists")));
        return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build())
                .entity(json(user).build().toString()).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("username") String username, byte[] body) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        String password = password(in, json, false);
        Set<Role> roles = roles(in, json, false);
        Boolean enabled = in.bool(json, "enabled", "enabled");
        in.check();
        return users.update(username, password, roles, enabled).map(u -> json(u).build().toString())
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        if (!users.delete(username)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static String password(JsonInput in, JsonObject json, boolean required) {
        String password = in.string(json, "password", "password", 256);
        if ((password == null && required) || (password != null && password.length() < MIN_PASSWORD)) {
            return in.invalid("password", "at least " + MIN_PASSWORD + " characters");
        }
        return password;
    }

    private static Set<Role> roles(JsonInput in, JsonObject json, boolean required) {
        if (!json.containsKey("roles")) {
            return required ? in.invalid("roles", "at least one of " + List.of(Role.values())) : null;
        }
        List<Role> roles = in.list(json, "roles", "roles", 3, item -> {
            String code = item.value() instanceof JsonString s ? s.getString() : "";
            try {
                return Role.valueOf(code);
            } catch (IllegalArgumentException e) {
                return in.invalid(item.path(), "unknown role \"" + code + "\"; one of " + List.of(Role.values()));
            }
        });
        if (roles.isEmpty() && in.valid()) {
            return in.invalid("roles", "at least one of " + List.of(Role.values()));
        }
        return roles.isEmpty() ? null : EnumSet.copyOf(roles);
    }

    private static JsonObjectBuilder json(UserAccount user) {
        JsonArrayBuilder roles = Jsons.createArrayBuilder();
        user.roles().forEach(r -> roles.add(r.name()));
        return Jsons.createObjectBuilder()
                .add("username", user.username())
                .add("roles", roles)
                .add("enabled", user.enabled())
                .add("createdAt", user.createdAt().toString());
    }
}
