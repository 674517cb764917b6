package org.triagedesk.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.triagedesk.kernel.validation.BodyLimit;

/**
 * Bodies are limited to {@link BodyLimit} (1 MiB unless set otherwise; the pages hold their forms to the same limit
 * with the same message), evidence uploads to 20 MiB: a larger declared length is refused at once with
 * {@code 413}; a chunked body is cut off as soon as it passes the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = BodyLimit.bytes();
    /** Evidence uploads (support bundles) may be larger: 20 MiB per upload. */
    static final long MAX_UPLOAD_BYTES = 20L * 1_048_576;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean upload = request.getUriInfo().getPath().matches("/?cases/[^/]+/evidence/?");
        long limit = upload ? MAX_UPLOAD_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            drain(request.getEntityStream(), request.getLength());
            throw tooLarge(limit);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    /** Up to this much of a refused body is read and dropped, so that the client, still sending, hears the 413. */
    static final long MAX_DRAIN_BYTES = 32L * 1_048_576;

    /**
     * Reads and drops a refused body (up to {@value #MAX_DRAIN_BYTES} bytes): a client that is still
     * sending would otherwise block on a full connection and never read the answer. Larger bodies
     * are left to the container, which closes the connection.
     */
    static void drain(InputStream body, long declared) {
        if (body == null || declared > MAX_DRAIN_BYTES) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long left = declared;
        try {
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;) {
                left -= n;
            }
        } catch (IOException e) {
            // the client gave up; the 413 goes out if it can
        }
    }

    static WebApplicationException tooLarge(long limit) {
        String message = limit != MAX_UPLOAD_BYTES ? BodyLimit.message(Locale.ENGLISH)
                : "the body is larger than " + limit / 1_048_576 + " MiB (" + limit + " bytes)";
        return new WebApplicationException(ApiError.response(413, "Payload Too Large", "body", message));
    }

    private static final class Limited extends FilterInputStream {
        private long read;
        private final long limit;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
