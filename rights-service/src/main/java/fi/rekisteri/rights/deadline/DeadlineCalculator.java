package fi.rekisteri.rights.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines of GDPR art. 12(3), counted as in Regulation (EEC, Euratom) No 1182/71 art. 3: the day
 * of receipt is not counted, a month period ends on the same date of the last month (or that
 * month's last day if it has no such date), and a period ending on a Saturday, Sunday or holiday
 * ends on the next working day.
 */
public final class DeadlineCalculator {

  private final WorkingDays calendar;
  private final int targetWorkingDays;

  public DeadlineCalculator(WorkingDays calendar, int targetWorkingDays) {
    this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    if (targetWorkingDays < 0) {
      throw new IllegalArgumentException(
          "targetWorkingDays must not be negative, was " + targetWorkingDays);
    }
    this.targetWorkingDays = targetWorkingDays;
  }

  public LocalDate legalDueDate(LocalDate receivedOn) {
    Objects.requireNonNull(receivedOn, "receivedOn must not be null");
    // plusMonths clamps to the month's last day, exactly as art. 3(2)(c) requires.
    return calendar.rollToWorkingDay(receivedOn.plusMonths(1));
  }

  public LocalDate extendedDueDate(LocalDate receivedOn) {
    Objects.requireNonNull(receivedOn, "receivedOn must not be null");
    // Counted from receipt, not from the first deadline: 31 Jan + 1 month + 2 months would give
    // 28 Apr instead of 30 Apr because the February clamp would carry over.
    return calendar.rollToWorkingDay(receivedOn.plusMonths(3));
  }

  public LocalDate internalTarget(LocalDate receivedOn) {
    Objects.requireNonNull(receivedOn, "receivedOn must not be null");
    return calendar.plusWorkingDays(receivedOn, targetWorkingDays);
  }

  /** GDPR art. 12(3) requires the extension to be notified within the first month. */
  public boolean extensionAllowedOn(LocalDate receivedOn, LocalDate today) {
    Objects.requireNonNull(receivedOn, "receivedOn must not be null");
    Objects.requireNonNull(today, "today must not be null");
    return !today.isAfter(legalDueDate(receivedOn));
  }

  public Deadlines deadlinesFor(LocalDate receivedOn) {
    return new Deadlines(legalDueDate(receivedOn), internalTarget(receivedOn));
  }
}
