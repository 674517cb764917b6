package org.triagedesk;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.triagedesk.api.ApiClient;

/**
 * What every Arquillian suite starts from: the WAR the build packaged (failsafe passes its path as
 * {@code triage.war}), deployed as it is, and API clients for it: anonymous, and the administrator whose password
 * {@code arquillian.xml} sets ({@code -Dtriage.admin.password}), who creates the suite's own users.
 */
public final class TriageDeskDeployment {

    /** The administrator's password of the deployment under test, as arquillian.xml passes it to the server. */
    public static final String ADMIN_PASSWORD = "arquillian-admin-pw";

    private TriageDeskDeployment() {
    }

    /** The WAR under test, for a suite's {@code @Deployment(testable = false)} method. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("triage.war")));
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(URI.create(deployment.toString()), null, null);
    }

    public static ApiClient admin(URL deployment) {
        return new ApiClient(URI.create(deployment.toString()), "admin", ADMIN_PASSWORD);
    }
}
