package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterRejectedException;
import fi.rekisteri.rights.register.RegisterUnavailableException;
import fi.rekisteri.rights.request.Candidate;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.ExecuteRequest;
import fi.rekisteri.rights.request.Execution;
import fi.rekisteri.rights.request.PendingAction;
import fi.rekisteri.rights.request.RectificationChanges;
import fi.rekisteri.rights.request.RequestFulfilment;
import fi.rekisteri.rights.request.RequestStatus;
import fi.rekisteri.rights.request.RequestView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Everything that calls the register: matching the subject, executing a request (by the effect of
 * its type), lifting a restriction, and retrying those while the register is down. A register call
 * never runs inside a database transaction: the request is read in one transaction, the register is
 * called, and the outcome is recorded in another.
 */
@ApplicationScoped
public class FulfilmentService implements RequestFulfilment {

  private static final Logger LOG = Logger.getLogger(FulfilmentService.class);

  private final RequestTransactions transactions;
  private final RegisterGateway register;
  private final EffectExecutor executor;
  private final RegisterFailures failures;
  private final LetterWriter letters;
  private final Today today;
  private final int liftNoticeDays;

  FulfilmentService(
      RequestTransactions transactions,
      RegisterGateway register,
      EffectExecutor executor,
      RegisterFailures failures,
      LetterWriter letters,
      Today today,
      @ConfigProperty(name = "rekisteri.restriction.lift-notice-days", defaultValue = "14")
          int liftNoticeDays) {
    this.today = today;
    this.transactions = transactions;
    this.register = register;
    this.executor = executor;
    this.failures = failures;
    this.letters = letters;
    this.liftNoticeDays = liftNoticeDays;
  }

  // ---- entry points

  @Override
  public Execution match(UUID id, Long version, String actor) {
    Plan plan =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              request.requireVersion(version);
              if (request.status().isTerminal() || request.resolution().executed()) {
                throw DomainException.conflict(
                    "The request is " + request.status() + "; its subject can no longer change.");
              }
              return Plan.of(request, PendingAction.MATCH, null);
            });
    return performMatch(plan, actor);
  }

  @Override
  public Execution execute(UUID id, Long version, ExecuteRequest body, String actor) {
    RectificationChanges changes = body == null ? null : body.changes();
    Plan plan =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              request.requireVersion(version);
              request.requireExecutable();
              if (request.type() == RequestType.RECTIFICATION && changes == null) {
                throw DomainException.invalidField(
                    "changes", "a rectification names the contact fields to change");
              }
              if (request.type() != RequestType.RECTIFICATION && changes != null) {
                throw DomainException.invalidField("changes", "only a RECTIFICATION has changes");
              }
              if (changes != null) {
                changes.check();
              }
              request.startProcessing(actor, Instant.now());
              return Plan.of(request, PendingAction.EXECUTE, changes);
            });
    return perform(plan, actor);
  }

  @Override
  public Execution liftRestriction(UUID id, Long version, String reasons, String actor) {
    LocalDate liftOn = today.inHelsinki().plusDays(liftNoticeDays);
    Plan plan =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              request.requireVersion(version);
              // Art. 18(3): the subject is told before the restriction is lifted, with the
              // reasons, the day it ends and the remedies (Art. 12(4)); lifting an objection's
              // restriction answers the objection: rejected, with the reasons (Art. 21(1))
              request
                  .execution()
                  .noticeRestrictionLift(
                      request.type() == RequestType.OBJECTION
                          ? letters.objectionRejected(request.letterContext(), reasons, liftOn)
                          : letters.restrictionLiftNotice(request.letterContext(), reasons, liftOn),
                      liftOn,
                      actor,
                      Instant.now());
              return Plan.of(request, PendingAction.LIFT_RESTRICTION, null);
            });
    scheduleInRegister(plan, liftOn);
    return liftIfDue(plan.id(), actor, today.inHelsinki());
  }

  /**
   * The register shows the DPO the day this request's cause of restriction ends. Only a display:
   * the lift on that day does not depend on it, so a register that is down or refuses is logged.
   */
  private void scheduleInRegister(Plan plan, LocalDate liftOn) {
    if (plan.subjectId() == null || !liftOn.isAfter(today.inHelsinki())) {
      return;
    }
    try {
      register.scheduleLift(plan.subjectId(), plan.id(), liftOn);
    } catch (RegisterUnavailableException | RegisterRejectedException e) {
      LOG.infof(
          "the lift day of request %s was not recorded in the register: %s",
          plan.id(), e.getClass().getSimpleName());
    }
  }

  /** Lifts in the register when the day told in the notice has come; until then nothing. */
  Execution liftIfDue(UUID id, String actor, LocalDate today) {
    Plan due =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              LocalDate liftOn = request.restriction().liftOn();
              return liftOn != null && !liftOn.isAfter(today) && request.restriction().inForce()
                  ? Plan.of(request, PendingAction.LIFT_RESTRICTION, null)
                  : null;
            });
    if (due == null) {
      return new Execution(
          transactions.tx(() -> transactions.flushed(transactions.find(id))), false);
    }
    return performLift(due, actor);
  }

  /** The lift of a request whose notice's day has come (RestrictionLiftJob). */
  void liftDue(UUID id, LocalDate today) {
    liftIfDue(id, DataSubjectRequest.SYSTEM, today);
  }

  /** Retries the register call a request waits for, if it still waits. */
  void retry(UUID id) {
    Plan plan =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              if (request.registerWait().action() == null
                  || request.status() == RequestStatus.ON_HOLD) {
                return null;
              }
              RectificationChanges changes =
                  JsonText.read(request.registerWait().payload(), RectificationChanges.class);
              return Plan.of(request, request.registerWait().action(), changes);
            });
    if (plan == null) {
      return;
    }
    LOG.infof("retrying %s of request %s", plan.action(), id);
    switch (plan.action()) {
      case MATCH -> performMatch(plan, DataSubjectRequest.SYSTEM);
      case EXECUTE -> perform(plan, DataSubjectRequest.SYSTEM);
      case LIFT_RESTRICTION -> performLift(plan, DataSubjectRequest.SYSTEM);
    }
  }

  // ---- the register steps

  private Execution performMatch(Plan plan, String actor) {
    try {
      List<Candidate> found = search(plan);
      RequestView view =
          transactions.tx(
              () -> {
                DataSubjectRequest request = recordSearch(plan, found, actor);
                transactions.flagRepeat(request, actor, Instant.now());
                return transactions.flushed(request);
              });
      return new Execution(view, false);
    } catch (RegisterUnavailableException e) {
      return failures.waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw failures.refused(plan, e, actor);
    }
  }

  private Execution perform(Plan plan, String actor) {
    try {
      UUID subjectId = plan.subjectId() != null ? plan.subjectId() : matchFirst(plan, actor);
      RequestView view = executor.execute(plan, subjectId, actor);
      LOG.infof("request %s executed: %s", plan.id(), view.status());
      return new Execution(view, view.status().isOpen());
    } catch (RegisterUnavailableException e) {
      return failures.waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw failures.refused(plan, e, actor);
    }
  }

  /** Executing without a chosen subject searches first; the search is committed either way. */
  private UUID matchFirst(Plan plan, String actor) {
    List<Candidate> found = search(plan);
    UUID subjectId = transactions.tx(() -> recordSearch(plan, found, actor).subjectId());
    if (subjectId == null) {
      // committed: the DPO sees the search's result in the request
      throw found.isEmpty()
          ? DomainException.conflict(
              "No subject in the register matches the requester; complete the request with a"
                  + " 'no data held' answer (POST /api/v1/requests/{id}/complete).")
          : DomainException.conflict(
              "Several subjects in the register match the requester, or the only one shares"
                  + " just the name; choose one with POST /api/v1/requests/{id}/subject.");
    }
    return subjectId;
  }

  private Execution performLift(Plan plan, String actor) {
    try {
      register.liftRestriction(plan.subjectId(), plan.id());
      RequestView view =
          transactions.tx(
              () -> {
                DataSubjectRequest request = transactions.find(plan.id());
                request.execution().restrictionLifted(actor, Instant.now());
                return transactions.flushed(request);
              });
      return new Execution(view, false);
    } catch (RegisterUnavailableException e) {
      return failures.waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw failures.refused(plan, e, actor);
    }
  }

  /** In the caller's transaction: the register answered, with these candidates. */
  private DataSubjectRequest recordSearch(Plan plan, List<Candidate> found, String actor) {
    DataSubjectRequest request = transactions.find(plan.id());
    Instant now = Instant.now();
    request.register().available(actor, now);
    request.subjectSearch().record(found, actor, now);
    return request;
  }

  private List<Candidate> search(Plan plan) {
    return register.search(plan.query()).stream()
        .filter(m -> m.subjectId() != null)
        .map(
            m ->
                new Candidate(
                    m.subjectId(),
                    m.firstName(),
                    m.lastName(),
                    m.organisationName(),
                    m.matchedOn() == null ? List.of() : m.matchedOn()))
        .toList();
  }
}
