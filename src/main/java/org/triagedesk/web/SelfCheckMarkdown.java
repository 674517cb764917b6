package org.triagedesk.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A known issue's workaround is Markdown (steps, commands in code blocks). It is rendered on the
 * server with raw HTML escaped and link targets sanitised, so a record can never inject markup.
 */
public final class SelfCheckMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SelfCheckMarkdown() {
    }

    public static String html(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
