package fi.rekisteri.rights.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

public final class WorkingDays {

  private final FinnishHolidays holidays;

  public WorkingDays() {
    this(new FinnishHolidays());
  }

  public WorkingDays(FinnishHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays must not be null");
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  public LocalDate rollToWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The {@code n}th working day after {@code start}; {@code start} itself is never counted. For
   * {@code n == 0} this is {@code start} rolled forward, so the result is always a working day.
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start must not be null");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    if (n == 0) {
      return rollToWorkingDay(start);
    }
    LocalDate day = start;
    for (int counted = 0; counted < n; counted++) {
      day = rollToWorkingDay(day.plusDays(1));
    }
    return day;
  }
}
