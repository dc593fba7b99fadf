package fi.rekisteri.rights.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Includes Midsummer Eve and Christmas Eve: not statutory holidays, but de facto days off on which
 * nobody can be expected to handle a request.
 */
public final class FinnishHolidays {

  // The Meeus algorithm is only defined for the Gregorian calendar.
  private static final int FIRST_GREGORIAN_YEAR = 1583;

  private final ConcurrentMap<Integer, SortedMap<LocalDate, String>> byYear =
      new ConcurrentHashMap<>();

  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return holidaysByDate(date.getYear()).containsKey(date);
  }

  /** English name; two holidays on one day (May Day and Ascension Day in 2008) are joined. */
  public Optional<String> holidayName(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return Optional.ofNullable(holidaysByDate(date.getYear()).get(date));
  }

  /** Iterates in ascending order; unmodifiable. */
  public Set<LocalDate> holidaysOf(int year) {
    return holidaysByDate(year).keySet();
  }

  public LocalDate easterSunday(int year) {
    requireGregorian(year);
    // Variable names follow Meeus, Astronomical Algorithms, so the steps can be checked against it.
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private SortedMap<LocalDate, String> holidaysByDate(int year) {
    requireGregorian(year);
    return byYear.computeIfAbsent(year, this::compute);
  }

  private SortedMap<LocalDate, String> compute(int year) {
    SortedMap<LocalDate, String> days = new TreeMap<>();
    LocalDate easter = easterSunday(year);
    add(days, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
    add(days, LocalDate.of(year, Month.JANUARY, 6), "Epiphany");
    add(days, easter.minusDays(2), "Good Friday");
    add(days, easter, "Easter Sunday");
    add(days, easter.plusDays(1), "Easter Monday");
    add(days, LocalDate.of(year, Month.MAY, 1), "May Day");
    add(days, easter.plusDays(39), "Ascension Day");
    add(days, easter.plusDays(49), "Whitsun");
    LocalDate midsummerEve =
        LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    add(days, midsummerEve, "Midsummer Eve");
    add(days, midsummerEve.plusDays(1), "Midsummer Day");
    add(
        days,
        LocalDate.of(year, Month.OCTOBER, 31)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
        "All Saints' Day");
    add(days, LocalDate.of(year, Month.DECEMBER, 6), "Independence Day");
    add(days, LocalDate.of(year, Month.DECEMBER, 24), "Christmas Eve");
    add(days, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
    add(days, LocalDate.of(year, Month.DECEMBER, 26), "St Stephen's Day");
    return Collections.unmodifiableSortedMap(days);
  }

  private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
    days.merge(date, name, (first, second) -> first + " / " + second);
  }

  private static void requireGregorian(int year) {
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new IllegalArgumentException(
          "year must be " + FIRST_GREGORIAN_YEAR + " or later, was " + year);
    }
  }
}
