package org.triagedesk.cases.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * {@code Get-AzureStackHCI}: the {@code LastConnected} line is the day the host last synced with
 * Azure, written in the culture of the machine that ran it (US, ISO or Japanese date order).
 */
public class AzureSyncParser implements FactParser {

    static final String FACT = "lastAzureConnection";
    private static final Pattern LAST_CONNECTED = Pattern.compile("^\\s*LastConnected\\s*:\\s*(\\S+)");
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT));

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LAST_CONNECTED.matcher(lines.get(i));
            if (m.find()) {
                int line = i + 1;
                day(m.group(1)).ifPresent(d -> found.accept(
                        new ExtractedFact(FACT, d.toString(), evidence.name(), line, lines.get(line - 1), "Get-AzureStackHCI")));
            }
        }
    }

    static Optional<LocalDate> day(String text) {
        String day = text.split("T")[0];
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException next) {
                // try the next culture's order
            }
        }
        return Optional.empty();
    }
}
