package org.triagedesk.api;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed} on resource methods (a method's annotation wins over its class's):
 * {@code 401} with a Basic challenge when nobody signed in, {@code 403} when the caller lacks the role.
 * A resource without any annotation is closed: it needs a signed-in caller.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] roles = roles(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new Filter(roles));
        }
    }

    private static String[] roles(AnnotatedElement method, AnnotatedElement type) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, type}) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                return allowed.value();
            }
        }
        return new String[0];
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {
        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(ApiError.response(401, "Unauthorized", "Authorization",
                        "sign in with HTTP Basic")).header("WWW-Authenticate", "Basic realm=\"Triage Desk\"").build());
            } else if (roles.length > 0 && Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(ApiError.response(403, "Forbidden", "Authorization",
                        "needs one of the roles " + String.join(", ", roles)));
            }
        }
    }
}
