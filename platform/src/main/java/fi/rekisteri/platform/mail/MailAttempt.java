package fi.rekisteri.platform.mail;

import io.vertx.ext.mail.SMTPException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What both services decide the same way about one try of an outgoing email: whether the address
 * can go to the relay at all, what a failed try means (the relay's answer, and whether it is worth
 * trying again), and how long to wait before the next try.
 */
public final class MailAttempt {

  // an address the relay can take without SMTPUTF8 (RFC 6531), which is not assumed
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final int MAX_ANSWER = 480;

  private MailAttempt() {}

  /** Whether the relay can take this address (ASCII only; no SMTPUTF8). */
  public static boolean sendable(String address) {
    return address != null && ADDRESS.matcher(address.strip()).matches();
  }

  /**
   * A failed try: the relay's answer (its reply code and text, or that it could not be reached) and
   * whether to try again (anything but a permanent 5xx reply).
   */
  public record Failure(String answer, boolean temporary, Integer replyCode) {

    /** For a log line: the reply code or "no connection"; never the answer's text. */
    public String summary() {
      return replyCode == null ? "no connection" : "reply " + replyCode;
    }
  }

  /** Reads what went wrong from the exception the mailer threw. */
  public static Failure failure(Throwable e) {
    SMTPException smtp = null;
    for (Throwable t = e; t != null && smtp == null; t = t.getCause()) {
      if (t instanceof SMTPException found) {
        smtp = found;
      }
    }
    if (smtp != null) {
      return new Failure(
          truncated(smtp.getReplyCode() + " " + String.join(" ", smtp.getReplyMessages())),
          !smtp.isPermanent(),
          smtp.getReplyCode());
    }
    return new Failure(
        truncated("no connection to the mail relay (" + rootMessage(e) + ")"), true, null);
  }

  /** The wait before the next try: {@code base} doubled per failed try, at most {@code max}. */
  public static Duration backoff(int attempts, Duration base, Duration max) {
    Duration wait = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return wait.compareTo(max) > 0 ? max : wait;
  }

  /** An answer flattened to one line of at most 480 characters, as it is stored. */
  public static String truncated(String answer) {
    String flat = answer.replaceAll("\\s+", " ").strip();
    return flat.length() > MAX_ANSWER ? flat.substring(0, MAX_ANSWER) : flat;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String text = root.getMessage();
    return text == null ? root.getClass().getSimpleName() : text;
  }
}
