package org.triagedesk.kernel;

import java.util.List;

/** A piece of evidence the customer sent: command output, a log, a file from a support bundle. */
public record Evidence(String name, String content) {

    public List<String> lines() {
        return content == null ? List.of() : content.lines().toList();
    }
}
