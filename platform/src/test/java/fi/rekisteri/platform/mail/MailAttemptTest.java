package fi.rekisteri.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailAttemptTest {

  @Test
  void givenFailedTries_thenBackoffDoublesUpToTheCeiling() {
    Duration base = Duration.ofSeconds(30);
    Duration max = Duration.ofMinutes(30);

    assertThat(MailAttempt.backoff(1, base, max)).isEqualTo(Duration.ofSeconds(30));
    assertThat(MailAttempt.backoff(2, base, max)).isEqualTo(Duration.ofMinutes(1));
    assertThat(MailAttempt.backoff(4, base, max)).isEqualTo(Duration.ofMinutes(4));
    assertThat(MailAttempt.backoff(9, base, max)).isEqualTo(max);
    assertThat(MailAttempt.backoff(200, base, max)).isEqualTo(max);
  }

  @Test
  void givenAddresses_thenOnlyWhatTheRelayTakesWithoutSmtputf8() {
    assertThat(MailAttempt.sendable("maija.meikalainen@example.fi")).isTrue();
    assertThat(MailAttempt.sendable(" maija@example.fi ")).isTrue();
    assertThat(MailAttempt.sendable("mäijä@example.fi")).isFalse();
    assertThat(MailAttempt.sendable("maija@localhost")).isFalse();
    assertThat(MailAttempt.sendable("maija")).isFalse();
    assertThat(MailAttempt.sendable(null)).isFalse();
  }

  @Test
  void givenAPermanentReply_thenNotRetriedAndTheAnswerKept() {
    RuntimeException thrown =
        new RuntimeException(
            new SMTPException(
                "550 rejected", 550, List.of("5.1.1 Mailbox", "  unavailable"), false));

    MailAttempt.Failure failure = MailAttempt.failure(thrown);

    assertThat(failure.temporary()).isFalse();
    assertThat(failure.answer()).isEqualTo("550 5.1.1 Mailbox unavailable");
    assertThat(failure.summary()).isEqualTo("reply 550");
  }

  @Test
  void givenATransientReplyOrNoConnection_thenRetried() {
    MailAttempt.Failure busy =
        MailAttempt.failure(new SMTPException("451", 451, List.of("4.3.0 Try later"), false));
    MailAttempt.Failure down =
        MailAttempt.failure(
            new RuntimeException(new IOException(new ConnectException("Connection refused"))));

    assertThat(busy.temporary()).isTrue();
    assertThat(busy.answer()).startsWith("451");
    assertThat(down.temporary()).isTrue();
    assertThat(down.answer()).isEqualTo("no connection to the mail relay (Connection refused)");
    assertThat(down.summary()).isEqualTo("no connection");
  }

  @Test
  void givenALongAnswer_thenOneLineOfAtMost480Characters() {
    String answer = MailAttempt.truncated("550\r\n" + "x".repeat(1000));

    assertThat(answer).hasSize(480).startsWith("550 x").doesNotContain("\n");
  }
}
