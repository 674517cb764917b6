package org.triagedesk.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrentAccessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.hibernate.StaleStateException;
import org.triagedesk.accounts.boundary.LastAdminException;
import org.triagedesk.cases.entity.IllegalStatusChangeException;
import org.triagedesk.cases.entity.StaleCaseException;
import org.triagedesk.classification.boundary.ModelNotReadyException;
import org.triagedesk.knowledgebase.boundary.DuplicateKnownIssueException;
import org.triagedesk.knowledgebase.boundary.StaleKnownIssueException;
import org.triagedesk.platform.DatabaseUnavailable;

/**
 * Every failure leaves the API as the contract's error body: never a stack trace, never HTML.
 * Unexpected failures are logged with an incident id that the answer repeats.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return ApiError.response(400, "Bad Request", e.violations());
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String error = type == null ? "Error" : type.getReasonPhrase();
            Response response = ApiError.response(status, error, status == 401 || status == 403 ? "Authorization" : "request",
                    detail(status, e));
            if (status == 401) {
                return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"Triage Desk\"").build();
            }
            if (e.getResponse().getHeaderString("Allow") != null) {
                return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return response;
        }

        private static String detail(int status, WebApplicationException e) {
            return switch (status) {
                case 401 -> "sign in with HTTP Basic";
                case 403 -> "your roles do not allow this";
                case 404 -> "no such resource";
                case 405 -> "method not allowed here";
                case 415 -> "unsupported Content-Type: send application/json (multipart/form-data for evidence uploads)";
                case 406 -> "this resource answers application/json";
                default -> e.getMessage() == null ? "request refused" : e.getMessage();
            };
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while ((cause instanceof EJBException || cause instanceof RollbackException
                    || cause instanceof PersistenceException && !(cause instanceof OptimisticLockException))
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidRequestException invalid) {
                return new InvalidRequest().toResponse(invalid);
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplication().toResponse(web);
            }
            if (cause instanceof DuplicateKnownIssueException
                    || cause instanceof StaleKnownIssueException) {
                return ApiError.response(409, "Conflict", cause instanceof StaleKnownIssueException
                        ? "version" : "key", cause.getMessage());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof ConcurrentAccessException) {
                return ApiError.response(409, "Conflict", "version", "the record was changed meanwhile; reload it");
            }
            if (cause instanceof IllegalStatusChangeException
                    || cause instanceof StaleCaseException) {
                return ApiError.response(409, "Conflict", cause instanceof StaleCaseException ? "version" : "status",
                        cause.getMessage());
            }
            if (cause instanceof LastAdminException last) {
                return ApiError.response(409, "Conflict", "username", last.getMessage());
            }
            if (cause instanceof EJBAccessException) {
                return ApiError.response(403, "Forbidden");
            }
            if (cause instanceof ModelNotReadyException notReady) {
                LOG.log(Level.WARNING, notReady.getMessage());
                return Response.fromResponse(ApiError.response(503, "Service Unavailable", "coverageArea", notReady.getMessage()))
                        .header("Retry-After", ModelNotReadyException.RETRY_AFTER_SECONDS).build();
            }
            if (DatabaseUnavailable.is(e)) {
                boolean search = DatabaseUnavailable.searchIndex(e);
                LOG.log(Level.WARNING, (search ? "search index" : "database") + " unavailable: " + e);
                return Response.fromResponse(ApiError.response(503, "Service Unavailable", search ? "searchIndex" : "database",
                        search ? "the search index cannot be reached just now; try again in a few seconds"
                                : "the database cannot be reached just now; try again in a few seconds"))
                        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident, e);
            return ApiError.response(500, "Internal Server Error", "incident", "logged as " + incident);
        }
    }
}
