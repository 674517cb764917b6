package org.triagedesk.web.desk;

import java.io.Serializable;

/** One piece of evidence pasted into the new-case form: a file name and its text. */
public class CaseEvidenceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String content;

    boolean isEmpty() {
        return content == null || content.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
