package fi.rekisteri.rights.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

  private final WorkingDays calendar = new WorkingDays(new FinnishHolidays());
  private final DeadlineCalculator calculator = new DeadlineCalculator(calendar, 14);

  @ParameterizedTest(name = "received {0} -> due {1}")
  @CsvSource({
    // Same date next month on a working day.
    "2026-02-10, 2026-03-10",
    "2026-06-30, 2026-07-30",
    // 31 Jan: leap years end on 29 Feb, others on 28 Feb (2026-02-28 is a Saturday).
    "2024-01-31, 2024-02-29",
    "2028-01-31, 2028-02-29",
    "2025-01-31, 2025-02-28",
    "2026-01-31, 2026-03-02",
    // 31st into a 30-day month.
    "2026-03-31, 2026-04-30",
    "2026-05-31, 2026-06-30",
    "2026-08-31, 2026-09-30",
    "2026-10-31, 2026-11-30",
    // 2026-05-30 is a Saturday.
    "2026-04-30, 2026-06-01",
  })
  void givenMonthEnds_whenLegalDueDate_thenClampedToLastDay(
      LocalDate receivedOn, LocalDate expected) {
    assertThat(calculator.legalDueDate(receivedOn)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "received {0} -> due {1}")
  @CsvSource({"2026-02-14, 2026-03-16", "2026-02-15, 2026-03-16", "2026-10-01, 2026-11-02"})
  void givenWeekend_whenLegalDueDate_thenRolledToMonday(LocalDate receivedOn, LocalDate expected) {
    assertThat(calculator.legalDueDate(receivedOn)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "received {0} -> due {1} ({2})")
  @CsvSource({
    "2025-12-01, 2026-01-02, New Year's Day Thursday",
    "2026-12-01, 2027-01-04, New Year's Day Friday then weekend",
    "2025-12-06, 2026-01-07, Epiphany Tuesday",
    "2026-03-03, 2026-04-07, Good Friday through Easter Monday",
    "2026-03-06, 2026-04-07, Easter Monday",
    "2026-04-01, 2026-05-04, May Day Friday then weekend",
    "2026-04-14, 2026-05-15, Ascension Day",
    "2024-11-06, 2024-12-09, Independence Day Friday",
    "2027-11-06, 2027-12-07, Independence Day Monday",
    "2025-11-24, 2025-12-29, Christmas Eve Wednesday",
    "2025-11-26, 2025-12-29, St Stephen's Day Friday",
    "2026-11-24, 2026-12-28, Christmas Eve Thursday",
    "2026-11-25, 2026-12-28, Christmas Day Friday",
    "2027-11-24, 2027-12-27, Christmas Eve Friday",
    "2026-12-24, 2027-01-25, received on a holiday",
  })
  void givenHoliday_whenLegalDueDate_thenNextWorkingDay(
      LocalDate receivedOn, LocalDate expected, String what) {
    assertThat(calculator.legalDueDate(receivedOn)).isEqualTo(expected);
  }

  @Test
  void givenMidsummer_whenLegalDueDate_thenRolledPastIt() {
    // Midsummer Eve Friday 19 June, Midsummer Day Saturday, then Sunday.
    assertThat(calculator.legalDueDate(LocalDate.of(2026, 5, 19)))
        .isEqualTo(LocalDate.of(2026, 6, 22));
    assertThat(calculator.legalDueDate(LocalDate.of(2025, 5, 20)))
        .isEqualTo(LocalDate.of(2025, 6, 23));
  }

  @ParameterizedTest(name = "received {0} -> extended {1}")
  @CsvSource({
    "2026-01-31, 2026-04-30",
    "2025-01-31, 2025-04-30",
    "2027-01-31, 2027-04-30",
    // 2022-04-30 is a Saturday and 1 May a Sunday and May Day.
    "2022-01-31, 2022-05-02",
    "2033-01-31, 2033-05-02",
    // 30 Nov: end of February; 2026-02-28 Saturday, 2027-02-28 Sunday, 2028 leap.
    "2024-11-30, 2025-02-28",
    "2025-11-30, 2026-03-02",
    "2026-11-30, 2027-03-01",
    "2027-11-30, 2028-02-29",
    "2026-01-03, 2026-04-07",
    "2026-09-24, 2026-12-28",
  })
  void givenReceipt_whenExtendedDueDate_thenThreeMonthsFromReceipt(
      LocalDate receivedOn, LocalDate expected) {
    assertThat(calculator.extendedDueDate(receivedOn)).isEqualTo(expected);
  }

  @Test
  void givenMonthEndReceipt_whenExtendedDueDate_thenNotFirstDeadlinePlusTwoMonths() {
    LocalDate receivedOn = LocalDate.of(2025, 1, 31);

    // 28 Feb + 2 months would lose two days to February's clamp.
    assertThat(calculator.legalDueDate(receivedOn).plusMonths(2))
        .isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(calculator.extendedDueDate(receivedOn)).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @ParameterizedTest(name = "received {0} -> target {1}")
  @CsvSource({
    "2026-02-02, 2026-02-20",
    "2026-02-06, 2026-02-26",
    "2026-02-07, 2026-02-26",
    "2026-03-30, 2026-04-21",
    // Christmas Eve to St Stephen's, New Year's Day and Epiphany are skipped.
    "2026-12-14, 2027-01-07",
    "2025-12-15, 2026-01-09",
  })
  void givenFourteenWorkingDays_whenInternalTarget_thenHolidaysSkipped(
      LocalDate receivedOn, LocalDate expected) {
    assertThat(calculator.internalTarget(receivedOn)).isEqualTo(expected);
  }

  @Test
  void givenZeroTarget_whenInternalTarget_thenReceiptRolled() {
    DeadlineCalculator sameDay = new DeadlineCalculator(calendar, 0);

    assertThat(sameDay.internalTarget(LocalDate.of(2026, 12, 24)))
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(sameDay.internalTarget(LocalDate.of(2026, 2, 3)))
        .isEqualTo(LocalDate.of(2026, 2, 3));
  }

  @ParameterizedTest(name = "received {0}, today {1} -> {2}")
  @CsvSource({
    "2026-05-19, 2026-05-19, true",
    "2026-05-19, 2026-06-19, true",
    "2026-05-19, 2026-06-22, true",
    "2026-05-19, 2026-06-23, false",
    "2026-01-31, 2026-02-28, true",
    "2026-01-31, 2026-03-02, true",
    "2026-01-31, 2026-03-03, false",
    "2025-01-31, 2025-02-28, true",
    "2025-01-31, 2025-03-01, false",
  })
  void givenToday_whenExtensionAllowedOn_thenUntilLegalDueDate(
      LocalDate receivedOn, LocalDate today, boolean expected) {
    assertThat(calculator.extensionAllowedOn(receivedOn, today)).isEqualTo(expected);
  }

  @Test
  void givenReceipt_whenDeadlinesFor_thenDueAndTarget() {
    assertThat(calculator.deadlinesFor(LocalDate.of(2026, 12, 14)))
        .isEqualTo(new Deadlines(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 7)));
    assertThat(calculator.deadlinesFor(LocalDate.of(2026, 5, 19)))
        .isEqualTo(new Deadlines(LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 8)));
  }

  @Test
  void givenInvalidArguments_whenConstructed_thenThrows() {
    assertThatNullPointerException()
        .isThrownBy(() -> new DeadlineCalculator(null, 14))
        .withMessage("calendar must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DeadlineCalculator(calendar, -1))
        .withMessage("targetWorkingDays must not be negative, was -1");
  }

  @Test
  void givenNull_whenCalculating_thenNullPointerException() {
    LocalDate day = LocalDate.of(2026, 2, 2);
    String message = "receivedOn must not be null";

    assertThatNullPointerException()
        .isThrownBy(() -> calculator.legalDueDate(null))
        .withMessage(message);
    assertThatNullPointerException()
        .isThrownBy(() -> calculator.extendedDueDate(null))
        .withMessage(message);
    assertThatNullPointerException()
        .isThrownBy(() -> calculator.internalTarget(null))
        .withMessage(message);
    assertThatNullPointerException()
        .isThrownBy(() -> calculator.deadlinesFor(null))
        .withMessage(message);
    assertThatNullPointerException()
        .isThrownBy(() -> calculator.extensionAllowedOn(null, day))
        .withMessage(message);
    assertThatNullPointerException()
        .isThrownBy(() -> calculator.extensionAllowedOn(day, null))
        .withMessage("today must not be null");
  }

  @Test
  void givenNullDate_whenDeadlinesBuilt_thenNullPointerException() {
    LocalDate day = LocalDate.of(2026, 2, 2);

    assertThatNullPointerException()
        .isThrownBy(() -> new Deadlines(null, day))
        .withMessage("dueDate must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new Deadlines(day, null))
        .withMessage("targetDate must not be null");
  }
}
