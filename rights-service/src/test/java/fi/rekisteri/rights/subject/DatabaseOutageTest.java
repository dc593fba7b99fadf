package fi.rekisteri.rights.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * Which failures of the register-event consumer's transaction are an outage of its database (the
 * batch waits and is applied again) and which are not (the failure stands).
 */
class DatabaseOutageTest {

  @Test
  void givenServerKilledDuringCommit_whenClassified_thenOutageFoundInTheSuppressedException() {
    // as Narayana reports it: the driver's exception only as a suppressed one of the rollback
    XAException commitFailed = new XAException("Error trying to transactionCommit");
    commitFailed.initCause(
        new SQLException(
            "FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit");
    rollback.addSuppressed(commitFailed);

    assertThat(DatabaseOutage.sqlState(new IllegalStateException(rollback))).isEqualTo("57P01");
  }

  @Test
  void givenConnectionFailureOrRefusal_whenClassified_thenOutage() {
    assertThat(DatabaseOutage.sqlState(new RuntimeException(new SQLException("gone", "08006"))))
        .isEqualTo("08006");
    assertThat(DatabaseOutage.sqlState(new RuntimeException(new ConnectException("refused"))))
        .isEqualTo("connect");
  }

  @Test
  void givenAFailureOfTheWorkItself_whenClassified_thenNoOutage() {
    RuntimeException constraint = new RuntimeException(new SQLException("duplicate key", "23505"));
    constraint.addSuppressed(new IllegalArgumentException("not an outage"));

    assertThat(DatabaseOutage.sqlState(constraint)).isNull();
    assertThat(DatabaseOutage.sqlState(new RollbackException("marked rollback only"))).isNull();
  }

  @Test
  void givenACycleOfSuppressedExceptions_whenClassified_thenAnswersWithoutLooping() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.addSuppressed(second);

    assertThat(DatabaseOutage.sqlState(first)).isNull();
  }
}
