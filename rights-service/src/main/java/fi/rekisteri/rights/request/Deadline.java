package fi.rekisteri.rights.request;

import fi.rekisteri.rights.deadline.Deadlines;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The day a request is due (GDPR Art. 12(3)) and the earlier day the controller aims at. */
@Embeddable
public record Deadline(
    @Column(name = "due_date") LocalDate dueDate,
    @Column(name = "target_date") LocalDate targetDate) {

  static Deadline of(Deadlines deadlines) {
    return new Deadline(deadlines.dueDate(), deadlines.targetDate());
  }

  /** The due date after an extension; the target stays. */
  Deadline movedTo(LocalDate newDueDate) {
    return new Deadline(newDueDate, targetDate);
  }

  boolean passed(LocalDate today) {
    return dueDate.isBefore(today);
  }
}
