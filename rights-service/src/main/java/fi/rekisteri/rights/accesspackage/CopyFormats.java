package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates, times and money as a reader of the copy writes them: 30.11.2026, klo 14.30 and 1 200,00 €
 * in Finnish (non-breaking spaces); 30 November 2026, 14:30 and €1,200.00 in English. Times are
 * Finnish local time.
 */
final class CopyFormats {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter FI_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter FI_TIME = DateTimeFormatter.ofPattern("H.mm");
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final char NBSP = '\u00a0';

  private final boolean english;

  CopyFormats(boolean english) {
    this.english = english;
  }

  String date(LocalDate date) {
    return date == null ? "" : date.format(english ? EN_DATE : FI_DATE);
  }

  String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(HELSINKI);
    return english
        ? local.format(EN_DATE) + " at " + local.format(EN_TIME)
        : local.format(FI_DATE) + " klo " + local.format(FI_TIME);
  }

  String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    if (english) {
      DecimalFormat format =
          new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
      return "€" + format.format(amount);
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(NBSP);
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(amount) + NBSP + "€";
  }

  /** A JSON date or timestamp, whichever it is; anything else as it is. */
  String date(JsonNode node) {
    String text = text(node);
    if (text == null) {
      return "";
    }
    try {
      return text.length() <= 10
          ? date(LocalDate.parse(text))
          : date(localDate(Instant.parse(text)));
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  String dateTime(JsonNode node) {
    String text = text(node);
    try {
      return text == null ? "" : dateTime(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return date(node);
    }
  }

  String money(JsonNode node) {
    String text = text(node);
    try {
      return text == null ? "" : money(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(HELSINKI).toLocalDate();
  }

  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank()
        ? null
        : node.asText();
  }
}
