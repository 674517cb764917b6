package org.triagedesk.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.triagedesk.platform.Language;

/**
 * Known issues are written in one language each. A list shown to a reader keeps the record in the reader's
 * language where the matches hold one for the same upstream report, and leaves out its version in the other
 * language; the others stay, marked as written in another language (see {@code FindingTexts.languageNote}).
 */
public final class IssueLanguages {

    private IssueLanguages() {
    }

    public static <T> List<T> inReadersLanguage(List<T> issues, Function<T, String> upstreamUrl, Function<T, String> language,
            Language reader) {
        Set<String> inReadersLanguage = issues.stream().filter(i -> reader.code().equals(language.apply(i)))
                .map(upstreamUrl).filter(u -> u != null && !u.isBlank()).collect(Collectors.toSet());
        return issues.stream().filter(i -> reader.code().equals(language.apply(i)) || upstreamUrl.apply(i) == null
                || !inReadersLanguage.contains(upstreamUrl.apply(i))).toList();
    }
}
