package fi.rekisteri.rights.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Finnish reader writes them (30.11.2026) and as an English one (30 November 2026). */
public final class LetterDates {

  private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private LetterDates() {}

  public static String format(LocalDate date, boolean english) {
    return date == null ? "" : date.format(english ? EN : FI);
  }
}
