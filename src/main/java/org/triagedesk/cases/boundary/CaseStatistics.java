package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The desk's figures over recent weeks (UTC, weeks start on Monday): cases filed per week by coverage
 * area and by verdict, the known issues matched most often, and per area how many of the cases the
 * classifier put there an engineer moved elsewhere, which shows where the classifier is weakest.
 */
@Stateless
public class CaseStatistics {

    static final String NONE = "NONE";

    /** One series per area or verdict code, one count per week of {@code weeks}. */
    public record Overview(List<LocalDate> weeks, long cases, Map<String, long[]> byArea, Map<String, long[]> byVerdict,
            List<KnownIssueCount> topKnownIssues, List<AreaCorrections> corrections) {
    }

    public record KnownIssueCount(String key, long triages) {
    }

    /** Cases first triaged into {@code area} in the period, and how many of them were corrected away from it. */
    public record AreaCorrections(String area, long classified, long corrected) {
        public double rate() {
            return classified == 0 ? 0 : (double) corrected / classified;
        }
    }

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    public Overview overview(int weekCount) {
        LocalDate firstWeek = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(Math.max(1, weekCount) - 1L);
        Instant since = firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i < Math.max(1, weekCount); i++) {
            weeks.add(firstWeek.plusWeeks(i));
        }
        Map<String, long[]> byArea = new LinkedHashMap<>();
        Map<String, long[]> byVerdict = new LinkedHashMap<>();
        long cases = 0;
        for (Object[] row : em.createQuery("select cast(c.createdAt as LocalDate), c.coverageArea, c.verdict, count(c) from SupportCase c"
                + " where c.createdAt >= :since group by cast(c.createdAt as LocalDate), c.coverageArea, c.verdict", Object[].class)
                .setParameter("since", since).getResultList()) {
            int week = (int) ChronoUnit.WEEKS.between(firstWeek, (LocalDate) row[0]);
            long count = ((Number) row[3]).longValue();
            if (week >= 0 && week < weeks.size()) {
                byArea.computeIfAbsent(code(row[1]), k -> new long[weeks.size()])[week] += count;
                byVerdict.computeIfAbsent(code(row[2]), k -> new long[weeks.size()])[week] += count;
                cases += count;
            }
        }
        return new Overview(weeks, cases, byArea, byVerdict, topKnownIssues(since, 10), corrections(since));
    }

    private List<KnownIssueCount> topKnownIssues(Instant since, int limit) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select t.knownIssues from TriageRecord t where t.triagedAt >= :since and t.knownIssues is not null", String.class)
                .setParameter("since", since).getResultStream()
                .forEach(keys -> {
                    for (String key : keys.split(",")) {
                        if (!key.isBlank()) {
                            counts.merge(key, 1L, Long::sum);
                        }
                    }
                });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new KnownIssueCount(e.getKey(), e.getValue())).toList();
    }

    private List<AreaCorrections> corrections(Instant since) {
        Map<String, Long> classified = counts("select t.coverageArea, count(distinct t.supportCase) from TriageRecord t"
                + " where t.triagedAt >= :since group by t.coverageArea", since);
        Map<String, Long> corrected = counts("select a.fromArea, count(distinct a.supportCase) from AreaCorrection a"
                + " where a.corrected.at >= :since group by a.fromArea", since);
        List<AreaCorrections> rows = new ArrayList<>();
        classified.forEach((area, n) -> rows.add(new AreaCorrections(area, n, Math.min(n, corrected.getOrDefault(area, 0L)))));
        corrected.forEach((area, n) -> {
            if (!classified.containsKey(area)) {
                rows.add(new AreaCorrections(area, n, n));
            }
        });
        rows.sort(Comparator.comparingDouble(AreaCorrections::rate).reversed().thenComparing(AreaCorrections::area));
        return rows;
    }

    private Map<String, Long> counts(String query, Instant since) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("since", since).getResultList()) {
            counts.merge(code(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static String code(Object value) {
        return value == null ? NONE : value.toString();
    }
}
