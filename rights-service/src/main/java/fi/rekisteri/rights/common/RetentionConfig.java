package fi.rekisteri.rights.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long this service keeps what it holds, {@code rekisteri.retention.*} (docs/retention.md). */
@ConfigMapping(prefix = "rekisteri.retention")
public interface RetentionConfig {

  /** Days a delivered access or portability copy is kept after its request closed. */
  @WithDefault("90")
  int accessCopyDays();

  /** Years a closed request is kept. */
  @WithDefault("5")
  int requestYears();

  /** Years an audit entry is kept. */
  @WithDefault("3")
  int auditYears();

  /** When the retention jobs run (a scheduler cron expression). */
  String cron();
}
