package fi.rekisteri.rights.request;

import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates of deadlines are dates in Finland (DESIGN: API conventions). */
final class Today {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private Today() {}

  static LocalDate inHelsinki() {
    return LocalDate.now(HELSINKI);
  }
}
