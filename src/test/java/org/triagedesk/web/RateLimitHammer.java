package org.triagedesk.web;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Keeps one client's bucket of the public rate limit empty, so a browser test can meet the limit
 * at the deployment's real settings (600 at once, then 600 a minute): two threads call
 * {@code POST /api/v1/triage} as that client (X-Forwarded-For) without pause until closed. The
 * bucket still grows a token every 100 ms, which a submit may win now and then; so
 * {@link #untilRefused} submits again until the page shows the refusal.
 */
final class RateLimitHammer implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch limited = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    RateLimitHammer(URL deployment, String client) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest call = HttpRequest.newBuilder(URI.create(deployment + "api/v1/triage")).header("X-Forwarded-For", client)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("")).build();
        for (int i = 0; i < 2; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        if (http.send(call, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
                            limited.countDown();
                        }
                    } catch (IOException e) {
                        // the next call tries again
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rate-limit-hammer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        if (!limited.await(90, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("the public rate limit never answered 429 for " + client);
        }
    }

    /** Submits until {@code refused} holds, at most ten times; whether it did. */
    boolean untilRefused(Runnable submit, BooleanSupplier refused) {
        for (int attempt = 0; attempt < 10; attempt++) {
            submit.run();
            if (refused.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(15_000);
        }
    }
}
