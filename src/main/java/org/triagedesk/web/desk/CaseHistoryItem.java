package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.web.PageTexts;

/** One line of a case's history as the page shows it: when, who, what, and the reason of an area correction. */
public record CaseHistoryItem(String at, String actor, String action, String text, String reason) implements Serializable {

    /** Words the history in the page's language; codes (statuses, areas, verdicts) become their labels. */
    static List<CaseHistoryItem> of(List<HistoryEntry> entries, PageTexts texts) {
        List<CaseHistoryItem> items = new ArrayList<>();
        for (HistoryEntry h : entries) {
            String reason = null;
            String text = switch (h.action()) {
                case "filed" -> texts.get("desk", "history.filed");
                case "triaged" -> {
                    String[] parts = String.valueOf(h.after()).split(" / ", 2);
                    yield texts.get("desk", "history.triaged", area(parts[0], texts), parts.length > 1 ? label("verdict", parts[1], texts) : "");
                }
                case "status", "reopened" -> texts.get("desk", "history." + h.action(), label("status", h.before(), texts),
                        label("status", h.after(), texts));
                case "area" -> {
                    String after = String.valueOf(h.after());
                    int open = after.indexOf(" (");
                    String to = open < 0 ? after : after.substring(0, open);
                    reason = open < 0 ? null : after.substring(open + 2, after.endsWith(")") ? after.length() - 1 : after.length());
                    yield texts.get("desk", "history.area", area(h.before(), texts), area(to, texts));
                }
                case "evidence" -> texts.get("desk", "history.evidence", h.after());
                case "draft" -> draft(String.valueOf(h.after()), texts);
                case "profile" -> texts.get("desk", "history.profile", String.join(texts.get("desk", "list.separator"),
                        Arrays.stream(String.valueOf(h.after()).split(",")).filter(f -> !f.isBlank())
                                .map(f -> texts.get("desk", "case.profile.f." + f)).toList()));
                default -> texts.get("desk", "history.other", h.action(), h.after());
            };
            items.add(new CaseHistoryItem(CaseTexts.time(h.changed().at()), h.changed().by(), h.action(), text, reason));
        }
        return items;
    }

    /** {@code version 3 from unsupported.en} (see {@code CaseDraft.historyText}) in the page's words. */
    private static String draft(String after, PageTexts texts) {
        Matcher m = DRAFT.matcher(after);
        if (!m.matches()) {
            return texts.get("desk", "history.other", "draft", after);
        }
        return m.group(2) == null ? texts.get("desk", "history.draft", m.group(1))
                : texts.get("desk", "history.draftFrom", m.group(1), m.group(2), texts.get("desk", "case.draft.lang." + m.group(3)));
    }

    private static final Pattern DRAFT = Pattern.compile("version (\\d+)(?: from (.+)\\.([a-z]{2}))?");

    private static String area(String code, PageTexts texts) {
        return code == null || code.isBlank() || code.equals("null") ? texts.get("desk", "area.none") : label("area", code, texts);
    }

    private static String label(String kind, String code, PageTexts texts) {
        if (code == null || code.equals("null")) {
            return texts.get("desk", kind + ".none");
        }
        String label = texts.get("msg", kind + "." + code);
        return label.equals(kind + "." + code) ? code : label;
    }
}
