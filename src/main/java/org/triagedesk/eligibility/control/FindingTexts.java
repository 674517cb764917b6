package org.triagedesk.eligibility.control;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.platform.Language;

/** Words a finding or a missing fact in one language, from {@code i18n/messages*.properties}. */
public class FindingTexts {

    private final ResourceBundle bundle;
    private final Language language;

    public FindingTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.messages", language.locale(), FindingTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String message(Finding finding) {
        String base = "rule." + finding.rule().name();
        // a variant may change only the remediation (a deleted subscription): the message falls back to the rule's own
        String variant = finding.variant() == null ? null : base + "." + finding.variant() + ".message";
        String key = variant != null && bundle.containsKey(variant) ? variant : base + ".message";
        return format(key, finding.arguments().stream().map(this::value).toArray());
    }

    public String remediation(Finding finding) {
        String base = "rule." + finding.rule().name();
        String variant = finding.variant() == null ? null : base + "." + finding.variant() + ".remediation";
        String key = variant != null && bundle.containsKey(variant) ? variant : base + ".remediation";
        return format(key, finding.arguments().stream().map(this::value).toArray());
    }

    public String policySection(Finding finding) {
        return finding.rule().section().citation();
    }

    public String why(MissingFact fact) {
        return format("missing." + fact.fact());
    }

    /** Why a row of a catalog import is new, changed or unchanged. */
    public String importReason(CatalogImportPlan.Row row) {
        String month = row.found().releaseDate() == null ? "" : java.time.YearMonth.from(row.found().releaseDate()).toString();
        String current = row.current() == null ? "" : row.current().releaseDate().toString();
        String text = format("import.reason." + row.reason().name(), row.minor().toString(), String.valueOf(row.releaseDate()), current, month);
        if (row.removalChanged()) {
            String before = row.current() == null || row.current().removalDate() == null ? format("import.removalNone")
                    : row.current().removalDate().toString();
            text += " " + format("import.removalChanged", before, String.valueOf(row.removalDate()));
        }
        return text;
    }

    /**
     * Why a known issue matched ({@code reason.<code>}), in this language. A component's reason
     * ({@code componentAffected}, …) names its component by code first: that becomes the component's name.
     */
    public String reason(String code, java.util.List<String> arguments) {
        Object[] args = arguments.toArray();
        if (code.startsWith("component") && args.length > 0) {
            args[0] = component(String.valueOf(args[0]));
        }
        return format("reason." + code, args);
    }

    /** A component's name ({@code containerd}, {@code Linux kernel}) by its code; the code when it has none. */
    public String component(String code) {
        return bundle.containsKey("component." + code) ? bundle.getString("component." + code) : code;
    }

    /** Any text of the message files, filled with its arguments, in this language. */
    public String text(String key, Object... arguments) {
        return format(key, arguments);
    }

    /** A value's wording when the message files have one (a subscription state, an area), else the value. */
    public String value(String argument) {
        return bundle.containsKey("value." + argument) ? bundle.getString("value." + argument) : argument;
    }

    private String format(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + language, e);
        }
    }
}
