package org.triagedesk.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as HTML that a page may output unescaped: the workarounds of known issues and the previews of the
 * editor. Raw HTML in the text is shown as text, and links or images to anything but safe schemes
 * ({@code javascript:}, {@code data:}, …) lose their address. The one producer of unescaped HTML of the pages.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {
    }

    public static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
