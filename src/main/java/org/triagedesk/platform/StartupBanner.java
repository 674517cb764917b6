package org.triagedesk.platform;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Tells the operator, once the web application has started, where to find it and where its data
 * lives. Payara prints its own "ready in" line right after.
 */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String host = "http://localhost" + httpPort().map(p -> ":" + p).orElse("");
        String root = host + event.getServletContext().getContextPath() + "/";
        LOG.info(() -> "Triage Desk is ready at " + root + " (API " + root + "api/v1, OpenAPI " + root + "openapi); data in "
                + TriageSettings.dataDirectory() + ", knowledge base in " + TriageSettings.kbDirectory());
    }

    /** The HTTP port Payara Micro listens on, read through its public runtime API when it is there. */
    private static Optional<Integer> httpPort() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            return Optional.of((Integer) micro.getMethod("getHttpPort").invoke(instance)).filter(p -> p > 0);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return Optional.empty();
        }
    }
}
