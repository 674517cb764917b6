package org.triagedesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /openapi}: the API's OpenAPI document exactly as written in {@code META-INF/openapi.yaml}
 * (the file the build lints and whose examples the tests validate), as YAML, or as JSON for
 * {@code ?format=JSON} or an {@code Accept} that asks for JSON and not YAML. Payara's own
 * {@code /openapi} rebuilds the document through its model and loses what that model cannot hold
 * ({@code security: []}, {@code null} values in examples) and adds a key of its own, so the
 * application answers {@code /openapi} itself; {@link Subpaths} keeps Payara's {@code /openapi/*}
 * from answering with its version.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String RESOURCE = "/META-INF/openapi.yaml";

    private transient byte[] yaml;
    private transient byte[] json;

    @Override
    public void init() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            yaml = in.readAllBytes();
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asJson = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        byte[] body = asJson ? json : yaml;
        response.setContentType((asJson ? "application/json" : "application/yaml") + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    /** JSON for {@code format=JSON}, or when the caller accepts JSON but not YAML; YAML otherwise (as Payara's endpoint did). */
    static boolean wantsJson(String format, String accept) {
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("application/json") && !a.contains("yaml");
    }

    /** {@code /openapi/…} answers the same document (or the JSON 404 for deeper paths), never Payara's rebuilt one. */
    @WebFilter("/openapi/*")
    public static class Subpaths extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String rest = request.getRequestURI().substring(request.getContextPath().length() + "/openapi".length());
            if (rest.isEmpty()) {
                chain.doFilter(request, response); // "/openapi/*" also maps "/openapi" itself: the servlet above
            } else if (rest.equals("/")) {
                request.getRequestDispatcher("/openapi").forward(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
