package fi.rekisteri.rights.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.rekisteri.rights.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestStateMachineTest {

  @Test
  void givenReceived_whenIdentityVerified_thenInProgressAllowed() {
    assertThat(RequestStateMachine.allows(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS))
        .isTrue();
    assertThat(
            RequestStateMachine.allows(RequestStatus.AWAITING_IDENTITY, RequestStatus.IN_PROGRESS))
        .isTrue();
  }

  @Test
  void givenInProgress_whenCompletedPartlyOrRefused_thenAllowed() {
    assertThat(RequestStateMachine.next(RequestStatus.IN_PROGRESS))
        .contains(
            RequestStatus.COMPLETED,
            RequestStatus.PARTIALLY_COMPLETED,
            RequestStatus.REFUSED,
            RequestStatus.WITHDRAWN,
            RequestStatus.EXTENDED,
            RequestStatus.WAITING_FOR_REGISTER,
            RequestStatus.ON_HOLD);
  }

  @Test
  void givenWaitingForRegister_whenRegisterBack_thenReturnsToWork() {
    assertThat(
            RequestStateMachine.allows(
                RequestStatus.WAITING_FOR_REGISTER, RequestStatus.IN_PROGRESS))
        .isTrue();
    assertThat(
            RequestStateMachine.allows(RequestStatus.WAITING_FOR_REGISTER, RequestStatus.EXTENDED))
        .isTrue();
  }

  @Test
  void givenExtended_whenBackToInProgress_thenRefused() {
    // EXTENDED is "in progress with the extended deadline": there is no way back
    assertThat(RequestStateMachine.allows(RequestStatus.EXTENDED, RequestStatus.IN_PROGRESS))
        .isFalse();
  }

  @Test
  void givenReceived_whenPartiallyCompleted_thenRefused() {
    assertThat(
            RequestStateMachine.allows(RequestStatus.RECEIVED, RequestStatus.PARTIALLY_COMPLETED))
        .isFalse();
  }

  @Test
  void givenOnHold_whenCompleted_thenRefused() {
    assertThat(RequestStateMachine.allows(RequestStatus.ON_HOLD, RequestStatus.COMPLETED))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"COMPLETED", "PARTIALLY_COMPLETED", "REFUSED", "WITHDRAWN"})
  void givenFinalStatus_whenAnyTransition_thenNoneAllowed(RequestStatus terminal) {
    assertThat(terminal.isTerminal()).isTrue();
    assertThat(RequestStateMachine.next(terminal)).isEmpty();
    for (RequestStatus to : RequestStatus.values()) {
      assertThat(RequestStateMachine.allows(terminal, to)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(RequestStatus.class)
  void givenAnyStatus_whenMovingToItself_thenRefused(RequestStatus status) {
    assertThat(RequestStateMachine.allows(status, status)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"COMPLETED", "PARTIALLY_COMPLETED", "REFUSED", "WITHDRAWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void givenOpenStatus_whenWithdrawnOrRefused_thenAllowed(RequestStatus open) {
    assertThat(RequestStateMachine.allows(open, RequestStatus.WITHDRAWN)).isTrue();
    assertThat(RequestStateMachine.allows(open, RequestStatus.REFUSED)).isTrue();
  }

  @Test
  void givenIllegalTransition_whenChecked_thenConflictNamingBothStatuses() {
    assertThatThrownBy(
            () -> RequestStateMachine.check(RequestStatus.COMPLETED, RequestStatus.IN_PROGRESS))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("COMPLETED")
        .hasMessageContaining("IN_PROGRESS")
        .extracting(e -> ((DomainException) e).status())
        .isEqualTo(409);
  }

  @Test
  void givenNull_whenAsked_thenNotAllowed() {
    assertThat(RequestStateMachine.allows(null, RequestStatus.RECEIVED)).isFalse();
    assertThat(RequestStateMachine.allows(RequestStatus.RECEIVED, null)).isFalse();
  }
}
