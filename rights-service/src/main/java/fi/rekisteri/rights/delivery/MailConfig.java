package fi.rekisteri.rights.delivery;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/**
 * The email delivery's settings, {@code rekisteri.mail.*} (application.properties documents each).
 */
@ConfigMapping(prefix = "rekisteri.mail")
public interface MailConfig {

  /** The service's public address that the emails' links point to (pages /me/ and /verify.html). */
  String pagesBase();

  /** How often the sender looks for queued messages (a scheduler expression's period). */
  String sendEvery();

  /** The first wait after a temporary failure; doubled per try. */
  Duration retryBackoff();

  /** The longest wait between two tries. */
  Duration retryMaxBackoff();

  /** Tries in all for a temporary failure; a permanent (5xx) answer is tried once. */
  int maxAttempts();

  /** The mailbox that undeliverable mail returns to, read over IMAP. */
  Bounces bounces();

  /** {@code rekisteri.mail.bounces.*}: off while the host is empty. */
  interface Bounces {
    Optional<String> host();

    int port();

    boolean ssl();

    String user();

    Optional<String> password();

    /** How often the mailbox is read (a scheduler expression's period). */
    String every();
  }
}
