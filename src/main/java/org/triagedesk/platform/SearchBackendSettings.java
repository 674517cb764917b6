package org.triagedesk.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * The search backend's settings, derived from the one switch {@code TRIAGE_SEARCH_BACKEND} (issue 18) and handed to
 * Hibernate when it builds the persistence unit (a Hibernate service contributor, found through
 * {@code META-INF/services}): {@code lucene}, the default, keeps the indexes in the data folder; {@code elasticsearch}
 * uses the OpenSearch at {@code TRIAGE_SEARCH_HOSTS} and turns on outbox polling, so that every node's writes reach the
 * shared index exactly once. Done here rather than with {@code ${MPCONFIG=…}} in persistence.xml: Payara resolves
 * those before the application's own configuration source exists, so a derived value (the coordination strategy)
 * would be missing there.
 */
public class SearchBackendSettings implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        settings().forEach(registry::applySetting);
    }

    /** The Hibernate Search properties for this process's configuration. */
    public static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        boolean openSearch = TriageSettings.searchOnElasticsearch();
        settings.put("hibernate.search.backend.type", openSearch ? "elasticsearch" : "lucene");
        if (openSearch) {
            settings.put("hibernate.search.backend.hosts", TriageSettings.searchHosts());
            settings.put("hibernate.search.coordination.strategy", "outbox-polling");
            // nodes starting together would race to create the indexes ("already exists"): SearchIndexes creates or
            // validates them at start, one node at a time under a database lock
            settings.put("hibernate.search.schema_management.strategy", "none");
            // the Lucene backend's settings in persistence.xml are unread on OpenSearch: no warning for them at every start
            settings.put("hibernate.search.configuration_property_checking.strategy", "ignore");
        }
        return settings;
    }
}
