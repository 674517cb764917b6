package org.triagedesk.templates.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.triagedesk.templates.entity.ResponseTemplate;

/** The response templates of kb/response-templates, as last loaded; a reload replaces them at once. */
@ApplicationScoped
public class ResponseTemplates {

    private volatile Map<String, ResponseTemplate> byKeyAndLanguage = Map.of();

    public void replace(List<ResponseTemplate> templates) {
        Map<String, ResponseTemplate> map = new ConcurrentHashMap<>();
        templates.forEach(t -> map.put(t.key() + "." + t.language(), t));
        byKeyAndLanguage = Map.copyOf(map);
    }

    /** The template for a situation in a language, falling back to English. */
    public Optional<ResponseTemplate> find(String key, String language) {
        ResponseTemplate template = byKeyAndLanguage.get(key + "." + language);
        return Optional.ofNullable(template != null ? template : byKeyAndLanguage.get(key + ".en"));
    }

    public int size() {
        return byKeyAndLanguage.size();
    }
}
