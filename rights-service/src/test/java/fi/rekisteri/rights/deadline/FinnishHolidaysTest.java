package fi.rekisteri.rights.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishHolidaysTest {

  private final FinnishHolidays holidays = new FinnishHolidays();

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22",
    "1818, 1818-03-22",
    "1943, 1943-04-25",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2011, 2011-04-24",
  })
  void givenYear_whenEasterSunday_thenMeeusDate(int year, LocalDate expected) {
    assertThat(holidays.easterSunday(year)).isEqualTo(expected);
  }

  @Test
  void givenAnyYear_whenEasterSunday_thenSundayBetween22MarchAnd25April() {
    for (int year = 1583; year <= 3000; year++) {
      LocalDate easter = holidays.easterSunday(year);
      assertThat(easter.getDayOfWeek()).as("weekday in %d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("range in %d", year)
          .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void given2026_whenHolidaysOf_thenAllFifteenDaysInOrder() {
    assertThat(holidays.holidaysOf(2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 6),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 5),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 24),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 6, 20),
            LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 12, 6),
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26));
  }

  @Test
  void given2025_whenHolidaysOf_thenAllFifteenDaysInOrder() {
    assertThat(holidays.holidaysOf(2025))
        .containsExactly(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 20),
            LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 29),
            LocalDate.of(2025, 6, 8),
            LocalDate.of(2025, 6, 20),
            LocalDate.of(2025, 6, 21),
            LocalDate.of(2025, 11, 1),
            LocalDate.of(2025, 12, 6),
            LocalDate.of(2025, 12, 24),
            LocalDate.of(2025, 12, 25),
            LocalDate.of(2025, 12, 26));
  }

  @Test
  void givenYear_whenHolidaysOf_thenUnmodifiableSet() {
    Set<LocalDate> days = holidays.holidaysOf(2026);

    assertThatThrownBy(() -> days.add(LocalDate.of(2026, 3, 3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(holidays.isHoliday(LocalDate.of(2026, 3, 3))).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-01 | New Year's Day",
        "2026-01-06 | Epiphany",
        "2026-04-03 | Good Friday",
        "2026-04-05 | Easter Sunday",
        "2026-04-06 | Easter Monday",
        "2026-05-01 | May Day",
        "2026-05-14 | Ascension Day",
        "2026-05-24 | Whitsun",
        "2026-06-19 | Midsummer Eve",
        "2026-06-20 | Midsummer Day",
        "2026-10-31 | All Saints' Day",
        "2026-12-06 | Independence Day",
        "2026-12-24 | Christmas Eve",
        "2026-12-25 | Christmas Day",
        "2026-12-26 | St Stephen's Day",
        "2025-06-20 | Midsummer Eve",
        "2025-06-21 | Midsummer Day",
        "2025-11-01 | All Saints' Day",
        "2021-06-25 | Midsummer Eve",
        "2021-06-26 | Midsummer Day",
        "2021-11-06 | All Saints' Day",
        "2027-01-06 | Epiphany",
        "2027-03-26 | Good Friday",
        "2027-03-29 | Easter Monday",
        "2024-12-06 | Independence Day",
      })
  void givenHoliday_whenHolidayName_thenEnglishName(LocalDate date, String expected) {
    assertThat(holidays.isHoliday(date)).isTrue();
    assertThat(holidays.holidayName(date)).contains(expected);
  }

  @ParameterizedTest(name = "{0} is no holiday")
  @CsvSource({
    // Maundy Thursday, Whit Monday, All Souls' Monday and New Year's Eve are ordinary days.
    "2026-04-02",
    "2026-05-25",
    "2026-11-02",
    "2026-12-31",
    // The other Friday/Saturday candidates around Midsummer and All Saints'.
    "2026-06-26",
    "2026-06-27",
    "2025-06-27",
    "2025-10-31",
    // A plain Sunday is a weekend day, not a holiday.
    "2026-12-27",
  })
  void givenOrdinaryDay_whenHolidayName_thenEmpty(LocalDate date) {
    assertThat(holidays.isHoliday(date)).isFalse();
    assertThat(holidays.holidayName(date)).isEmpty();
  }

  @Test
  void givenMayDayOnAscension2008_whenHolidayName_thenBothNamesJoined() {
    LocalDate mayDay = LocalDate.of(2008, 5, 1);

    assertThat(holidays.holidayName(mayDay)).contains("May Day / Ascension Day");
    assertThat(holidays.holidaysOf(2008)).hasSize(14).contains(mayDay);
  }

  @Test
  void givenManyYears_whenHolidaysOf_thenMovableDaysOnTheirWeekdays() {
    for (int year = 1900; year <= 2400; year++) {
      LocalDate midsummerEve = onlyDayNamed(year, "Midsummer Eve");
      assertThat(midsummerEve.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(midsummerEve).isBetween(LocalDate.of(year, 6, 19), LocalDate.of(year, 6, 25));
      assertThat(onlyDayNamed(year, "Midsummer Day")).isEqualTo(midsummerEve.plusDays(1));

      LocalDate allSaints = onlyDayNamed(year, "All Saints' Day");
      assertThat(allSaints.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(allSaints).isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6));

      LocalDate ascension = onlyDayNamed(year, "Ascension Day");
      assertThat(ascension.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
      assertThat(onlyDayNamed(year, "Whitsun")).isEqualTo(ascension.plusDays(10));
    }
  }

  private LocalDate onlyDayNamed(int year, String name) {
    List<LocalDate> days =
        holidays.holidaysOf(year).stream()
            .filter(d -> holidays.holidayName(d).orElseThrow().contains(name))
            .collect(Collectors.toList());
    assertThat(days).as("%s %d", name, year).hasSize(1);
    return days.get(0);
  }

  @Test
  void givenConcurrentCallers_whenHolidaysOf_thenSameDays() {
    List<Set<LocalDate>> results =
        IntStream.range(0, 200)
            .parallel()
            .mapToObj(i -> holidays.holidaysOf(2000 + i % 10))
            .collect(Collectors.toList());

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(new FinnishHolidays().holidaysOf(2000 + i % 10));
    }
  }

  @Test
  void givenPreGregorianYear_whenEasterSunday_thenThrows() {
    assertThatThrownBy(() -> holidays.easterSunday(1582))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1582");
    assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(1500, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenNull_whenIsHoliday_thenNullPointerException() {
    assertThatNullPointerException()
        .isThrownBy(() -> holidays.isHoliday(null))
        .withMessage("date must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> holidays.holidayName(null))
        .withMessage("date must not be null");
  }
}
