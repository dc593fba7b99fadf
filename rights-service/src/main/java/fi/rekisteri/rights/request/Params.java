package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters and headers parsed so that a bad value is a 400 naming the parameter. */
final class Params {

  private Params() {}

  static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(
          name,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(name, "must be a date YYYY-MM-DD");
    }
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw DomainException.invalidField(name, "must be true or false");
    };
  }

  static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(name, "must be a whole number");
    }
  }

  /** The version of an optional If-Match header; a malformed one is stale (412). */
  static Long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    try {
      return Long.valueOf(value.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw DomainException.staleVersion();
    }
  }
}
