package org.triagedesk.kernel.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CalendarDayTest {

    @Test
    void readsADayInTheFormat() {
        assertEquals(LocalDate.of(2024, 2, 29), CalendarDay.read(" 2024-02-29 ", Locale.ENGLISH).day().orElseThrow());
        assertNull(CalendarDay.read("2024-02-29", Locale.ENGLISH).problem());
    }

    @Test
    void februaryHasNo30thInEitherLanguage() {
        CalendarDay en = CalendarDay.read("2024-02-30", Locale.ENGLISH);
        assertTrue(en.day().isEmpty());
        assertEquals("\"2024-02-30\" is not a date: February has no 30th", en.problem());
        assertEquals("「2024-02-30」は日付ではありません。2 月に 30 日はありません。", CalendarDay.read("2024-02-30", Locale.JAPANESE).problem());
    }

    @Test
    void namesTheMonthAndTheOrdinalOfAnyDayTheMonthLacks() {
        assertEquals("\"2025-04-31\" is not a date: April has no 31st", CalendarDay.read("2025-04-31", Locale.ENGLISH).problem());
        assertEquals("\"2025-06-00\" is not a date: June has no 0th", CalendarDay.read("2025-06-00", Locale.ENGLISH).problem());
        assertEquals("\"2025-02-32\" is not a date: February has no 32nd", CalendarDay.read("2025-02-32", Locale.ENGLISH).problem());
    }

    @Test
    void aFebruary29thOutsideALeapYearSaysSo() {
        assertEquals("\"2025-02-29\" is not a date: February 2025 has no 29th; 2025 is not a leap year",
                CalendarDay.read("2025-02-29", Locale.ENGLISH).problem());
        assertTrue(CalendarDay.read("2025-02-29", Locale.JAPANESE).problem().contains("2025 年はうるう年ではない"));
    }

    @Test
    void aMonthThatDoesNotExist() {
        assertEquals("\"2026-13-01\" is not a date: there is no month 13", CalendarDay.read("2026-13-01", Locale.ENGLISH).problem());
        assertTrue(CalendarDay.read("2026-13-01", Locale.JAPANESE).problem().contains("13 月という月はありません"));
    }

    @Test
    void onlyTextOutsideTheFormatIsToldTheFormat() {
        assertEquals("\"yesterday\" is not a date; use the format YYYY-MM-DD, e.g. 2025-01-31",
                CalendarDay.read("yesterday", Locale.ENGLISH).problem());
        assertTrue(CalendarDay.read("2025/01/31", Locale.JAPANESE).problem().contains("2025-01-31 の形式"));
        assertTrue(CalendarDay.read("2025-1-31", Locale.ENGLISH).day().isEmpty());
    }

    @Test
    void englishIsTheWordingWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("\"2024-02-30\" is not a date: February has no 30th", CalendarDay.read("2024-02-30", Locale.ENGLISH).problem());
        } finally {
            Locale.setDefault(before);
        }
    }
}
