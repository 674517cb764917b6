package org.triagedesk.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** A small HTTP client for the API tests: JSON in, JSON out, optional HTTP Basic. */
public final class ApiClient {

    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    public ApiClient(URI base, String user, String password) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ApiClient as(String user, String password) {
        return new ApiClient(base, user, password);
    }

    /** As an admin: makes sure a user with that role exists (created now or by an earlier test), and signs in as them. */
    /** Like {@link #ensureUser(String, String, String)} with several roles. */
    public ApiClient ensureUserWithRoles(String name, String password, List<String> roles) {
        String list = String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList());
        int status = post("api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[" + list + "]}")
                .status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating " + name + " answered " + status);
        }
        return as(name, password);
    }

    public ApiClient ensureUser(String name, String password, String role) {
        int status = post("api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}")
                .status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating " + name + " answered " + status);
        }
        return as(name, password);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    public Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }
}
