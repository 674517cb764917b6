package org.triagedesk.eligibility.control;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.triagedesk.eligibility.entity.EligibilityDecision;
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

    /**
     * A provisional verdict in words, with the facts still needed: "Supported so far — we still need: Kubernetes
     * version"; {@code null} when the verdict is final (nothing missing, or unsupported whatever is missing).
     */
    public String provisional(EligibilityDecision decision) {
        if (!decision.provisional()) {
            return null;
        }
        return format("provisional." + decision.verdict().name(), facts(decision.missingFacts()));
    }

    /** The missing facts by name in this language, in the order the rules asked for them: "Kubernetes version, Host platform". */
    public String facts(List<MissingFact> facts) {
        return facts.stream().map(f -> fact(f.fact())).collect(Collectors.joining(bundle.getString("provisional.separator")));
    }

    /** A fact's name ({@code fact.<name>}), the name itself when it has no wording. */
    public String fact(String name) {
        return bundle.containsKey("fact." + name) ? bundle.getString("fact." + name) : name;
    }

    public String why(MissingFact fact) {
        return format("missing." + fact.fact());
    }

    /** Why a row of a catalog import is new, changed or unchanged. */
    public String importReason(CatalogImportPlan.Row row) {
        String month = row.found().releaseDate() == null ? "" : YearMonth.from(row.found().releaseDate()).toString();
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
    public String reason(String code, List<String> arguments) {
        Object[] args = arguments.toArray();
        if (code.startsWith("component") && args.length > 0) {
            args[0] = component(String.valueOf(args[0]));
        }
        return format("reason." + code, args);
    }

    /**
     * A host platform as a reader knows it ({@code platform.<code>}: "Azure Local, version 24H2" for
     * {@code AZURE_LOCAL_24H2}), else the catalog's name for it, else the code as given.
     */
    public String platform(String code, String catalogName) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String key = "platform." + code.strip();
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return catalogName == null || catalogName.isBlank() ? code : catalogName;
    }

    /**
     * Says that a known issue's text is in another language than this one: "English only" on a Japanese page
     * (「英語のみ」), "Japanese only" on an English one; {@code null} when it is in this language (or has none).
     */
    public String languageNote(String issueLanguage) {
        if (issueLanguage == null || issueLanguage.isBlank() || issueLanguage.equals(language.code())) {
            return null;
        }
        String key = "issue.only." + issueLanguage;
        return bundle.containsKey(key) ? bundle.getString(key) : issueLanguage;
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
