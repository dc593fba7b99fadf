package fi.rekisteri.rights.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.deadline.DeadlineCalculator;
import fi.rekisteri.rights.deadline.WorkingDays;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request entity's own state changes, without Quarkus or a database. Time comes from a fixed
 * {@link Clock}: the entity takes the instant of each change as a parameter, and the first-month
 * rule of an extension is decided, as {@link RequestService#extend} does, by {@link
 * DeadlineCalculator#extensionAllowedOn} for the clock's date in Helsinki.
 */
class DataSubjectRequestTest {

  private static final String DPO = "dpo";

  /** Tuesday 10 March 2026, 10:00 in Helsinki: a working day well inside a month. */
  private static final Clock RECEIPT_DAY =
      Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), Today.HELSINKI);

  private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(new WorkingDays(), 14);

  private Clock clock = RECEIPT_DAY;

  // ---- helpers

  private Instant now() {
    return Instant.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Moves the fixed clock on; every later change happens at the new instant. */
  private Instant advance(Duration by) {
    clock = Clock.offset(clock, by);
    return now();
  }

  private DataSubjectRequest received(RequestType type) {
    return received(type, null);
  }

  private DataSubjectRequest received(RequestType type, IdentityMethod verifiedBy) {
    LocalDate receivedOn = today();
    NewRequest intake =
        new NewRequest(
            type,
            Channel.EMAIL,
            Origin.DPO,
            receivedOn,
            Language.FI,
            new SubjectDetails("subject@example.test", "Testi", "Henkilö", null),
            "Pyyntö sähköpostitse",
            null,
            null,
            verifiedBy,
            verifiedBy == null ? null : "checked on intake");
    return intake.receive(UUID.randomUUID(), DEADLINES.deadlinesFor(receivedOn), DPO, now());
  }

  private DataSubjectRequest inProgress(RequestType type) {
    DataSubjectRequest request = received(type);
    request.verification().verify(IdentityMethod.DPO_CHECK, "called back", DPO, now());
    return request;
  }

  /** What {@link RequestService#extend} passes the entity, for the clock's date in Helsinki. */
  private void extend(DataSubjectRequest request, String reason) {
    LocalDate extended = DEADLINES.extendedDueDate(request.receivedOn());
    request
        .schedule()
        .extend(
            reason,
            DEADLINES.extensionAllowedOn(
                request.receivedOn(), LocalDate.now(clock.withZone(Today.HELSINKI))),
            extended,
            letter(LetterKind.EXTENSION_NOTICE),
            DPO,
            now());
  }

  private static LetterText letter(LetterKind kind) {
    return new LetterText(kind, kind.name(), "Body of " + kind);
  }

  private static TimelineEntry last(DataSubjectRequest request) {
    List<RequestEvent> timeline = request.timeline().events();
    return timeline.get(timeline.size() - 1).view();
  }

  private static List<String> actions(DataSubjectRequest request) {
    return request.timeline().events().stream().map(e -> e.action().name()).toList();
  }

  private static List<LetterKind> letterKinds(DataSubjectRequest request) {
    return request.letters().all().stream().map(Letter::kind).toList();
  }

  private static void assertConflict(Runnable change, String detailPart) {
    assertThatThrownBy(change::run)
        .isInstanceOf(DomainException.class)
        .hasMessageContaining(detailPart)
        .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409));
  }

  // ---- intake

  @Test
  void givenNewRequest_whenCreated_thenReceivedWithDeadlinesAndFirstStepAtClockTime() {
    DataSubjectRequest request = received(RequestType.ACCESS);

    assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(request.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(request.createdAt()).isEqualTo(now());
    assertThat(request.updatedAt()).isEqualTo(now());
    assertThat(request.identity().verified()).isFalse();
    assertThat(request.extension().extended()).isFalse();
    assertThat(last(request).action()).isEqualTo("RECEIVED");
    assertThat(last(request).at()).isEqualTo(now());
    assertThat(last(request).toStatus()).isEqualTo(RequestStatus.RECEIVED);
  }

  @Test
  void givenIdentityCheckedOnIntake_whenCreated_thenVerifiedButStillReceived() {
    DataSubjectRequest request = received(RequestType.ACCESS, IdentityMethod.TOKEN_EMAIL);

    assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(request.identity().verified()).isTrue();
    assertThat(request.identity().verifiedAt()).isEqualTo(now());
    assertThat(actions(request)).containsExactly("RECEIVED", "IDENTITY_VERIFIED");

    Instant later = advance(Duration.ofHours(2));
    request.startProcessing(DPO, later);

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(last(request).action()).isEqualTo("PROCESSING_STARTED");
    assertThat(request.updatedAt()).isEqualTo(later);
  }

  // ---- identity

  @Test
  void givenReceivedRequest_whenIdentityVerified_thenInProgressAndCheckRecordedAtClockTime() {
    DataSubjectRequest request = received(RequestType.ACCESS);
    Instant verifiedAt = advance(Duration.ofMinutes(30));

    request.verification().verify(IdentityMethod.DPO_CHECK, "called back", DPO, verifiedAt);

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.identity())
        .isEqualTo(new IdentityCheck(IdentityMethod.DPO_CHECK, "called back", verifiedAt, DPO));
    assertThat(request.updatedAt()).isEqualTo(verifiedAt);
    TimelineEntry step = last(request);
    assertThat(step.action()).isEqualTo("IDENTITY_VERIFIED");
    assertThat(step.fromStatus()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(step.toStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(step.at()).isEqualTo(verifiedAt);
  }

  @Test
  void givenAwaitingIdentity_whenIdentityVerified_thenInProgress() {
    DataSubjectRequest request = received(RequestType.ERASURE);
    request.verification().await("please send proof", DPO, now());
    assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);

    request
        .verification()
        .verify(IdentityMethod.REGISTER_MATCH, null, DPO, advance(Duration.ofDays(1)));

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(actions(request))
        .containsExactly("RECEIVED", "IDENTITY_REQUESTED", "IDENTITY_VERIFIED");
  }

  @Test
  void givenExtendedRequest_whenIdentityVerified_thenStaysExtended() {
    DataSubjectRequest request = received(RequestType.ACCESS);
    extend(request, "Laaja aineisto");

    request.verification().verify(IdentityMethod.DPO_CHECK, null, DPO, advance(Duration.ofDays(1)));

    assertThat(request.status()).isEqualTo(RequestStatus.EXTENDED);
    assertThat(last(request).toStatus()).isNull();
  }

  // ---- extension

  @Test
  void givenRequestInFirstMonth_whenExtended_thenExtendedOnceWithNewDueDateAndNotice() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    Instant extendedAt = advance(Duration.ofDays(20));

    extend(request, "Pyyntö koskee laajaa aineistoa");

    assertThat(request.status()).isEqualTo(RequestStatus.EXTENDED);
    // received Tue 10 March 2026: three months from receipt is Wed 10 June 2026
    assertThat(request.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(request.extension())
        .isEqualTo(new Extension(true, "Pyyntö koskee laajaa aineistoa", extendedAt));
    assertThat(letterKinds(request)).containsExactly(LetterKind.EXTENSION_NOTICE);
    assertThat(last(request).detailNote())
        .isEqualTo(
            TimelineNote.of(
                TimelineNote.Code.DUE_DATE_MOVED, "from", "2026-04-10", "to", "2026-06-10"));
  }

  @Test
  void givenLastDayOfFirstMonth_whenExtended_thenStillAllowed() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    // the first month ends with the legal due date, Friday 10 April 2026, 23:30 in Helsinki
    clock = Clock.fixed(Instant.parse("2026-04-10T20:30:00Z"), Today.HELSINKI);

    extend(request, "Ruuhka");

    assertThat(request.status()).isEqualTo(RequestStatus.EXTENDED);
  }

  @Test
  void givenFirstMonthPassed_whenExtended_thenConflictAndNothingChanges() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    LocalDate due = request.deadline().dueDate();
    int steps = request.timeline().events().size();
    // 00:30 on Saturday 11 April 2026 in Helsinki, still 10 April in UTC
    clock = Clock.fixed(Instant.parse("2026-04-10T21:30:00Z"), ZoneOffset.UTC);

    assertConflict(() -> extend(request, "Ruuhka"), "first month");

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.deadline().dueDate()).isEqualTo(due);
    assertThat(request.extension().extended()).isFalse();
    assertThat(request.timeline().events()).hasSize(steps);
    assertThat(request.letters().all()).isEmpty();
  }

  @Test
  void givenExtendedOnce_whenExtendedAgain_thenConflictAndFirstExtensionKept() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    extend(request, "Ruuhka");
    Extension first = request.extension();
    LocalDate due = request.deadline().dueDate();

    advance(Duration.ofDays(1));
    assertConflict(() -> extend(request, "Vielä lisää aikaa"), "once");

    assertThat(request.extension()).isEqualTo(first);
    assertThat(request.deadline().dueDate()).isEqualTo(due);
    assertThat(letterKinds(request)).containsExactly(LetterKind.EXTENSION_NOTICE);
  }

  @Test
  void givenBlankReason_whenExtended_thenConflictNamingReason() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);

    assertThatThrownBy(() -> extend(request, "  "))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.field()).isEqualTo("reason");
            });
    assertThat(request.extension().extended()).isFalse();
  }

  @Test
  void givenRequestOnHold_whenExtended_thenStaysHeldAndResumesExtended() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    request.schedule().hold("Odotetaan tarkennusta", DPO, advance(Duration.ofDays(1)));

    extend(request, "Laaja aineisto");

    assertThat(request.status()).isEqualTo(RequestStatus.ON_HOLD);
    assertThat(request.extension().extended()).isTrue();
    request.schedule().resume(DPO, advance(Duration.ofDays(1)));
    assertThat(request.status()).isEqualTo(RequestStatus.EXTENDED);
  }

  // ---- hold and resume

  @Test
  void givenRequestInProgress_whenHeldAndResumed_thenBackInProgressAndHoldCleared() {
    DataSubjectRequest request = inProgress(RequestType.RECTIFICATION);
    Instant heldAt = advance(Duration.ofHours(1));

    request.schedule().hold("Odotetaan asiakkaan tarkennusta", DPO, heldAt);

    assertThat(request.status()).isEqualTo(RequestStatus.ON_HOLD);
    assertThat(request.hold())
        .isEqualTo(new Hold("Odotetaan asiakkaan tarkennusta", RequestStatus.IN_PROGRESS));
    assertThat(request.updatedAt()).isEqualTo(heldAt);

    Instant resumedAt = advance(Duration.ofDays(2));
    request.schedule().resume(DPO, resumedAt);

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.hold()).isEqualTo(Hold.NONE);
    assertThat(last(request).action()).isEqualTo("RESUMED");
    assertThat(last(request).at()).isEqualTo(resumedAt);
  }

  @Test
  void givenReceivedRequest_whenHeldAndResumed_thenReceivedAgain() {
    DataSubjectRequest request = received(RequestType.ACCESS);
    request.schedule().hold("Odotetaan", DPO, now());

    request.schedule().resume(DPO, advance(Duration.ofHours(1)));

    assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
  }

  @Test
  void givenRequestNotOnHold_whenResumed_thenConflict() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);

    assertConflict(() -> request.schedule().resume(DPO, now()), "ON_HOLD");
    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
  }

  @Test
  void givenWaitingForRegisterThenHeld_whenResumed_thenWaitingAndRetriedAtResumeTime() {
    DataSubjectRequest request = inProgress(RequestType.RECTIFICATION);
    Instant retryAt = now().plusSeconds(30);
    request.register().waiting(PendingAction.EXECUTE, "{}", retryAt, DPO, now());
    assertThat(request.status()).isEqualTo(RequestStatus.WAITING_FOR_REGISTER);
    request.schedule().hold("Tarkistetaan", DPO, advance(Duration.ofSeconds(5)));

    Instant resumedAt = advance(Duration.ofHours(1));
    request.schedule().resume(DPO, resumedAt);

    assertThat(request.status()).isEqualTo(RequestStatus.WAITING_FOR_REGISTER);
    assertThat(request.registerWait().action()).isEqualTo(PendingAction.EXECUTE);
    assertThat(request.registerWait().nextRetryAt()).isEqualTo(resumedAt);

    request.register().available(DataSubjectRequest.SYSTEM, advance(Duration.ofSeconds(1)));
    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.registerWait().action()).isNull();
  }

  // ---- withdrawal and closing

  @Test
  void givenOpenRequest_whenWithdrawn_thenClosedAtClockTimeWithConfirmationLetter() {
    DataSubjectRequest request = inProgress(RequestType.OBJECTION);
    Instant withdrawnAt = advance(Duration.ofDays(3));

    request.withdraw(
        "Changed my mind", letter(LetterKind.WITHDRAWAL_CONFIRMATION), "data-subject", withdrawnAt);

    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.resolution().outcome()).isEqualTo("WITHDRAWN");
    assertThat(request.closedAt()).isEqualTo(withdrawnAt);
    assertThat(letterKinds(request)).containsExactly(LetterKind.WITHDRAWAL_CONFIRMATION);
    assertThat(request.letters().all().get(0).view().createdAt()).isEqualTo(withdrawnAt);
    assertThat(last(request).fromStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(last(request).reason()).isEqualTo("Changed my mind");
  }

  @Test
  void givenHeldRequest_whenWithdrawn_thenWithdrawnAndHoldReasonDropped() {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    request.schedule().hold("Odotetaan", DPO, now());

    request.withdraw(
        null, letter(LetterKind.WITHDRAWAL_CONFIRMATION), DPO, advance(Duration.ofDays(1)));

    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.hold().reason()).isNull();
  }

  @Test
  void givenErasureAwaitingConfirmation_whenWithdrawn_thenConflictUntilConfirmed() {
    DataSubjectRequest request = inProgress(RequestType.ERASURE);
    Instant executedAt = advance(Duration.ofMinutes(5));
    request
        .execution()
        .apply(
            new Effect.Erased(
                "ERASED", TimelineNote.of(TimelineNote.Code.ERASURE_COUNTS), "{}", 0, false),
            DPO,
            executedAt);
    assertThat(request.resolution().awaitingConfirmation()).isTrue();

    assertConflict(
        () -> request.withdraw(null, letter(LetterKind.WITHDRAWAL_CONFIRMATION), DPO, now()),
        "confirms");

    Instant confirmedAt = advance(Duration.ofSeconds(2));
    request
        .execution()
        .confirmErasure(
            RequestStatus.COMPLETED,
            letter(LetterKind.COMPLETION),
            DataSubjectRequest.SYSTEM,
            confirmedAt);
    assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(request.resolution().confirmedAt()).isEqualTo(confirmedAt);
    assertThat(request.closedAt()).isEqualTo(confirmedAt);
    assertThat(letterKinds(request)).containsExactly(LetterKind.COMPLETION);
  }

  /** Each way a request closes, and the same request a second later. */
  static Stream<Arguments> closings() {
    return Stream.of(
        Arguments.of(
            "withdrawn",
            (Consumer<DataSubjectRequest>)
                r ->
                    r.withdraw(
                        "no longer needed",
                        letter(LetterKind.WITHDRAWAL_CONFIRMATION),
                        DPO,
                        RECEIPT_DAY.instant())),
        Arguments.of(
            "refused",
            (Consumer<DataSubjectRequest>)
                r ->
                    r.refuse(
                        "manifestly unfounded",
                        RefusalGround.MANIFESTLY_UNFOUNDED,
                        letter(LetterKind.REFUSAL),
                        DPO,
                        RECEIPT_DAY.instant())),
        Arguments.of(
            "completed",
            (Consumer<DataSubjectRequest>)
                r ->
                    r.complete(
                        "no data held",
                        letter(LetterKind.NO_DATA_HELD),
                        DPO,
                        RECEIPT_DAY.instant())),
        Arguments.of(
            "executed",
            (Consumer<DataSubjectRequest>)
                r ->
                    r.execution()
                        .apply(
                            new Effect.AccessProvided(
                                TimelineNote.of(TimelineNote.Code.ACCESS_COPY),
                                "{}",
                                letter(LetterKind.COMPLETION)),
                            DPO,
                            RECEIPT_DAY.instant())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closings")
  void givenClosedRequest_whenAnyChangeAttempted_thenConflictAndNothingChanges(
      String how, Consumer<DataSubjectRequest> close) {
    DataSubjectRequest request = inProgress(RequestType.ACCESS);
    close.accept(request);
    assertThat(request.status().isTerminal()).as(how).isTrue();
    RequestStatus closedAs = request.status();
    Instant updatedAt = request.updatedAt();
    Instant closedAt = request.closedAt();
    String outcome = request.resolution().outcome();
    int steps = request.timeline().events().size();
    int letters = request.letters().all().size();
    Instant later = advance(Duration.ofDays(1));
    LetterText text = letter(LetterKind.COMPLETION);

    List<Runnable> changes =
        List.of(
            () -> request.verification().verify(IdentityMethod.DPO_CHECK, null, DPO, later),
            () -> request.verification().await("proof", DPO, later),
            () -> extend(request, "Ruuhka"),
            () -> request.schedule().hold("Odotetaan", DPO, later),
            () -> request.schedule().resume(DPO, later),
            () -> request.refuse("late", null, letter(LetterKind.REFUSAL), DPO, later),
            () -> request.withdraw("late", letter(LetterKind.WITHDRAWAL_CONFIRMATION), DPO, later),
            () -> request.complete("late", text, DPO, later),
            () -> request.subjectSearch().record(List.of(), DPO, later),
            () -> request.subjectSearch().choose(UUID.randomUUID(), "a reason", DPO, later),
            () ->
                request
                    .execution()
                    .apply(
                        new Effect.AccessProvided(
                            TimelineNote.of(TimelineNote.Code.ACCESS_COPY), "{}", text),
                        DPO,
                        later));
    for (Runnable change : changes) {
      assertThatThrownBy(change::run)
          .as("a change of a request closed as %s", closedAs)
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.status()).isEqualTo(409));
    }
    request.startProcessing(DPO, later);

    assertThat(request.status()).isEqualTo(closedAs);
    assertThat(request.updatedAt()).isEqualTo(updatedAt);
    assertThat(request.closedAt()).isEqualTo(closedAt);
    assertThat(request.resolution().outcome()).isEqualTo(outcome);
    assertThat(request.timeline().events()).hasSize(steps);
    assertThat(request.letters().all()).hasSize(letters);
  }
}
