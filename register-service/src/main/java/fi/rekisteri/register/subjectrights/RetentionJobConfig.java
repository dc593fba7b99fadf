package fi.rekisteri.register.subjectrights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retention job's settings, {@code rekisteri.retention.*}. */
@ConfigMapping(prefix = "rekisteri.retention")
public interface RetentionJobConfig {

  /** Records handled per transaction. */
  @WithDefault("500")
  int pageSize();

  /** When the job runs, read by its {@code @Scheduled}. */
  String cron();
}
