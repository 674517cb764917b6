package org.triagedesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as HTML for previews: raw HTML in the text is shown as text, and links or images to
 * anything but safe schemes ({@code javascript:}, {@code data:}, …) lose their address. This is the
 * one producer of HTML that pages may output unescaped.
 */
@Named
@ApplicationScoped
public class MarkdownPreview {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }
}
