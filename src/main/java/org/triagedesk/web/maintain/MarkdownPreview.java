package org.triagedesk.web.maintain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.triagedesk.web.SafeMarkdown;

/** The editor's Markdown preview as the page asks for it ({@code #{markdownPreview.html(...)}}): see {@link SafeMarkdown}. */
@Named
@ApplicationScoped
public class MarkdownPreview {

    public String html(String markdown) {
        return SafeMarkdown.html(markdown);
    }
}
