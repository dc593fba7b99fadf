package fi.rekisteri.rights.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code dueDate} is the legal one-month deadline; {@code targetDate} is the internal goal in
 * working days.
 */
public record Deadlines(LocalDate dueDate, LocalDate targetDate) {

  public Deadlines {
    Objects.requireNonNull(dueDate, "dueDate must not be null");
    Objects.requireNonNull(targetDate, "targetDate must not be null");
  }
}
