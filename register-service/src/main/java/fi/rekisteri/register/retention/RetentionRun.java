package fi.rekisteri.register.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<java.util.LinkedHashMap<String, Long>> COUNTS =
      new TypeReference<>() {};

  @Id UUID id;

  @Column(name = "run_date")
  LocalDate runDate;

  @Column(name = "started_at")
  Instant startedAt;

  @Column(name = "finished_at")
  Instant finishedAt;

  /** Counts by record type, a JSON object of numbers. */
  @JdbcTypeCode(SqlTypes.JSON)
  String counts;

  protected RetentionRun() {}

  RetentionRun(LocalDate runDate, Instant startedAt, Map<String, Long> counts) {
    this.id = UUID.randomUUID();
    this.runDate = runDate;
    this.startedAt = startedAt;
    this.finishedAt = Instant.now();
    try {
      this.counts = JSON.writeValueAsString(counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("retention counts not serialisable", e);
    }
  }

  RetentionRecords.RunView view() {
    try {
      return new RetentionRecords.RunView(
          id, runDate, startedAt, finishedAt, JSON.readValue(counts, COUNTS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("retention counts not readable", e);
    }
  }
}
