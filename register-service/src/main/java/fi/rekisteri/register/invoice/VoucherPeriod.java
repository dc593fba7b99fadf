package fi.rekisteri.register.invoice;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Kirjanpitolaki 2:10: a voucher is kept for six years from the end of the year in which the
 * financial period (tilikausi) containing it ended. An invoice is a voucher at its issue date; each
 * payment recorded against it is a voucher of its own at its payment date. The financial period
 * starts on the controller profile's {@code financialYearStart} (1 January by default). Pure, so
 * that the rule is unit-tested on dates; the erasure holds, the retention job and its rules all use
 * it.
 */
public final class VoucherPeriod {

  /** Years from the end of the year in which the financial period ended. */
  public static final int YEARS = 6;

  /** A financial year that is the calendar year. */
  public static final MonthDay CALENDAR_YEAR = MonthDay.of(1, 1);

  private VoucherPeriod() {}

  /** The first day of the financial period that contains {@code day}. */
  public static LocalDate financialPeriodStart(LocalDate day, MonthDay firstDay) {
    LocalDate thisYear = firstDay.atYear(day.getYear());
    return day.isBefore(thisYear) ? firstDay.atYear(day.getYear() - 1) : thisYear;
  }

  /** The last day of the financial period that contains {@code day}. */
  public static LocalDate financialPeriodEnd(LocalDate day, MonthDay firstDay) {
    return firstDay.atYear(financialPeriodStart(day, firstDay).getYear() + 1).minusDays(1);
  }

  /** The last day a voucher dated {@code voucherDate} must be kept. */
  public static LocalDate end(LocalDate voucherDate, MonthDay firstDay) {
    return LocalDate.of(financialPeriodEnd(voucherDate, firstDay).getYear() + YEARS, 12, 31);
  }

  /**
   * The earliest voucher date whose voucher is still kept on {@code today}: a voucher dated on or
   * after it is kept ({@code end(date) >= today}), one dated before it is not. The first day of the
   * financial period that ended in the year six years back, for the database's queries.
   */
  public static LocalDate firstDateKept(LocalDate today, MonthDay firstDay) {
    return financialPeriodStart(LocalDate.of(today.getYear() - YEARS, 1, 1), firstDay);
  }
}
