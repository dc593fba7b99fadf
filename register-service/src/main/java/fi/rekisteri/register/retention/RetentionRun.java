package fi.rekisteri.register.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the retention job, for the DPO: what was erased, counts only. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

  @Id UUID id;

  @Column(name = "run_date")
  LocalDate runDate;

  @Column(name = "started_at")
  Instant startedAt;

  @Column(name = "finished_at")
  Instant finishedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Long> counts;

  protected RetentionRun() {}

  RetentionRun(LocalDate runDate, Instant startedAt, Map<String, Long> counts) {
    this.id = UUID.randomUUID();
    this.runDate = runDate;
    this.startedAt = startedAt;
    this.finishedAt = Instant.now();
    this.counts = counts;
  }

  RetentionRecords.RunView view() {
    return new RetentionRecords.RunView(id, runDate, startedAt, finishedAt, counts);
  }
}
