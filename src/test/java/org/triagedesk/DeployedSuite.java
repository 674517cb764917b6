package org.triagedesk;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.triagedesk.api.ApiClient;

/**
 * What every Arquillian suite starts from, written once: the WAR the build packaged (failsafe passes its path as
 * {@code triage.war}), deployed as it is and tested from outside ({@code testable = false}, one deployment a suite),
 * its address, and two API clients made before each test: {@link #anonymous} and {@link #admin}, the administrator
 * whose password {@code arquillian.xml} sets ({@code -Dtriage.admin.password}), who creates the suite's own users
 * ({@link ApiClient#ensureUser}). Arquillian finds the {@code @Deployment} method and the {@code @ArquillianResource}
 * field on this superclass.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedSuite {

    /** The administrator's password of the deployment under test, as arquillian.xml passes it to the server. */
    public static final String ADMIN_PASSWORD = "arquillian-admin-pw";

    /** Where the WAR is deployed, ending in a slash. */
    @ArquillianResource
    protected URL deployment;

    /** A client that sends no credentials. */
    protected ApiClient anonymous;

    /** A client signed in as the built-in administrator. */
    protected ApiClient admin;

    /** The WAR under test. */
    @Deployment(testable = false)
    public static WebArchive triageDesk() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("triage.war")));
    }

    @BeforeEach
    void connectToTheDeployment() {
        assertNotNull(deployment, "Arquillian injects the deployment's address into this superclass's field");
        URI base = URI.create(deployment.toString());
        anonymous = new ApiClient(base, null, null);
        admin = new ApiClient(base, "admin", ADMIN_PASSWORD);
    }
}
