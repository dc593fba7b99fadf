package fi.rekisteri.register.announcement;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The notice announcement's settings, {@code rekisteri.announcement.*}. */
@ConfigMapping(prefix = "rekisteri.announcement")
public interface AnnouncementConfig {

  /** Where the links in the letter point (the public privacy notice's host). */
  String pagesBase();

  /** Letters sent per tick. */
  int batch();

  /** How long a failed letter waits before it is tried again. */
  Duration retryBackoff();

  /** After this many failures a letter is given up. */
  int maxAttempts();

  /** How often the job runs ({@code off}: never), read by its {@code @Scheduled}. */
  String every();

  /** How long after startup the job first runs, read by its {@code @Scheduled}. */
  String delay();
}
