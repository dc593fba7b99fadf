package fi.rekisteri.rights.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays(new FinnishHolidays());

  @ParameterizedTest(name = "{0} ({2}) working: {1}")
  @CsvSource({
    "2026-02-02, true, Monday",
    "2026-02-06, true, Friday",
    "2026-04-02, true, Maundy Thursday",
    "2026-04-07, true, Tuesday after Easter",
    "2026-05-25, true, Whit Monday is not a holiday",
    "2026-06-18, true, Thursday before Midsummer",
    "2026-06-22, true, Monday after Midsummer",
    "2026-11-02, true, Monday after All Saints",
    "2026-12-23, true, Wednesday before Christmas",
    "2026-12-28, true, Monday after Christmas",
    "2026-12-31, true, New Year's Eve",
    "2026-02-07, false, Saturday",
    "2026-02-08, false, Sunday",
    "2026-01-01, false, New Year's Day on Thursday",
    "2026-01-06, false, Epiphany on Tuesday",
    "2026-04-03, false, Good Friday",
    "2026-04-06, false, Easter Monday",
    "2026-05-01, false, May Day on Friday",
    "2026-05-14, false, Ascension Day",
    "2026-06-19, false, Midsummer Eve",
    "2024-12-06, false, Independence Day on Friday",
    "2027-12-06, false, Independence Day on Monday",
    "2026-12-24, false, Christmas Eve on Thursday",
    "2026-12-25, false, Christmas Day on Friday",
    "2025-12-26, false, St Stephen's Day on Friday",
  })
  void givenDate_whenIsWorkingDay_thenMatchesCalendar(
      LocalDate date, boolean expected, String what) {
    assertThat(workingDays.isWorkingDay(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} rolls to {1}")
  @CsvSource({
    "2026-02-03, 2026-02-03",
    "2026-02-07, 2026-02-09",
    "2026-02-08, 2026-02-09",
    "2026-04-03, 2026-04-07",
    "2026-06-19, 2026-06-22",
    "2026-12-24, 2026-12-28",
    "2025-12-24, 2025-12-29",
    "2027-01-01, 2027-01-04",
    "2026-10-31, 2026-11-02",
  })
  void givenDate_whenRollToWorkingDay_thenFirstWorkingDayOnOrAfter(
      LocalDate date, LocalDate expected) {
    assertThat(workingDays.rollToWorkingDay(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-02-02, 1, 2026-02-03",
    "2026-02-06, 1, 2026-02-09",
    "2026-02-07, 1, 2026-02-09",
    "2026-02-08, 1, 2026-02-09",
    "2026-02-02, 5, 2026-02-09",
    "2026-04-02, 1, 2026-04-07",
    "2026-06-18, 1, 2026-06-22",
    "2026-12-23, 1, 2026-12-28",
    "2025-12-23, 1, 2025-12-29",
    "2026-12-14, 14, 2027-01-07",
    "2025-12-15, 14, 2026-01-09",
    "2026-03-30, 14, 2026-04-21",
  })
  void givenStart_whenPlusWorkingDays_thenStartDayNotCounted(
      LocalDate start, int n, LocalDate expected) {
    assertThat(workingDays.plusWorkingDays(start, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + 0 working days = {1}")
  @CsvSource({"2026-02-03, 2026-02-03", "2026-02-07, 2026-02-09", "2026-12-24, 2026-12-28"})
  void givenZero_whenPlusWorkingDays_thenStartRolled(LocalDate start, LocalDate expected) {
    assertThat(workingDays.plusWorkingDays(start, 0)).isEqualTo(expected);
  }

  @Test
  void givenNegative_whenPlusWorkingDays_thenThrows() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2026, 2, 2), -1))
        .withMessageContaining("-1");
  }

  @Test
  void givenNull_whenCalculating_thenNullPointerException() {
    assertThatNullPointerException()
        .isThrownBy(() -> new WorkingDays(null))
        .withMessage("holidays must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> workingDays.isWorkingDay(null))
        .withMessage("date must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> workingDays.rollToWorkingDay(null))
        .withMessage("date must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> workingDays.plusWorkingDays(null, 1))
        .withMessage("start must not be null");
  }

  @Test
  void givenDefaultConstructor_whenCheckingHoliday_thenFinnishHolidaysUsed() {
    assertThat(new WorkingDays().isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
  }
}
