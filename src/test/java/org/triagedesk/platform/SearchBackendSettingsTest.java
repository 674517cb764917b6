package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchBackendSettings;
import org.hibernate.search.engine.cfg.EngineSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one switch TRIAGE_SEARCH_BACKEND and what it gives Hibernate Search, by the names Hibernate Search defines. */
class SearchBackendSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("triage.search.backend");
        System.clearProperty("triage.search.hosts");
    }

    @Test
    void luceneByDefaultWithNothingElseToSay() {
        Map<String, String> settings = SearchBackendSettings.settings();
        assertEquals(Map.of(EngineSettings.BACKEND + "." + "type", "lucene"), settings);
        assertFalse(TriageSettings.searchOnElasticsearch());
    }

    @Test
    void elasticsearchBringsItsHostsAndOutboxPolling() {
        System.setProperty("triage.search.backend", "Elasticsearch");
        System.setProperty("triage.search.hosts", "search-1:9200,search-2:9200");
        Map<String, String> settings = SearchBackendSettings.settings();
        assertEquals("elasticsearch", settings.get("hibernate.search.backend.type"));
        assertEquals("search-1:9200,search-2:9200", settings.get("hibernate.search.backend." + ElasticsearchBackendSettings.HOSTS));
        assertEquals("outbox-polling", settings.get(HibernateOrmMapperSettings.COORDINATION_STRATEGY));
        assertTrue(settings.containsKey(EngineSettings.CONFIGURATION_PROPERTY_CHECKING_STRATEGY));
        assertEquals("none", settings.get(HibernateOrmMapperSettings.SCHEMA_MANAGEMENT_STRATEGY), "SearchIndexes creates them under a lock");
    }

    @Test
    void anUnknownBackendStopsTheStartNamingTheSetting() {
        System.setProperty("triage.search.backend", "solr");
        IllegalStateException refused = assertThrows(IllegalStateException.class, SearchBackendSettings::settings);
        assertTrue(refused.getMessage().contains("TRIAGE_SEARCH_BACKEND"), refused.getMessage());
    }
}
