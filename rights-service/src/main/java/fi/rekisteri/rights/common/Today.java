package fi.rekisteri.rights.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates of deadlines are dates in Finland (the README: API conventions). */
public final class Today {

  public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private Today() {}

  public static LocalDate inHelsinki() {
    return LocalDate.now(HELSINKI);
  }
}
