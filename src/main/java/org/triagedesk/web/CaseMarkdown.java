package org.triagedesk.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Known-issue texts (workarounds) are Markdown written by KB maintainers; this renders them to HTML
 * with every raw HTML tag escaped and unsafe link targets removed, so the page may show the result as is.
 */
final class CaseMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private CaseMarkdown() {
    }

    static String html(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
