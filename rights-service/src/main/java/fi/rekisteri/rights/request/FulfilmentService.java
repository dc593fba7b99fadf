package fi.rekisteri.rights.request;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.accesspackage.AccessPackages;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.letter.ErasureLines;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterRejectedException;
import fi.rekisteri.rights.register.RegisterUnavailableException;
import fi.rekisteri.rights.subject.SubjectRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Everything that calls the register: matching the subject, executing a request, lifting a
 * restriction, and retrying those while the register is down. A register call never runs inside a
 * database transaction: the request is read in one transaction, the register is called, and the
 * outcome is recorded in another.
 */
@ApplicationScoped
public class FulfilmentService {

  private static final Logger LOG = Logger.getLogger(FulfilmentService.class);

  /** Register events may be stamped a little before this service created the request. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  static final String CONTACT_ERASED = "ContactErased";

  private final RequestRepository repository;
  private final RegisterGateway register;
  private final SubjectRepository subjects;
  private final LetterWriter letters;
  private final MeterRegistry registry;
  private final Duration backoff;
  private final Duration maxBackoff;

  public FulfilmentService(
      RequestRepository repository,
      RegisterGateway register,
      SubjectRepository subjects,
      LetterWriter letters,
      MeterRegistry registry,
      @ConfigProperty(name = "rekisteri.register.retry-backoff", defaultValue = "30s")
          Duration backoff,
      @ConfigProperty(name = "rekisteri.register.retry-max-backoff", defaultValue = "15m")
          Duration maxBackoff) {
    this.repository = repository;
    this.register = register;
    this.subjects = subjects;
    this.letters = letters;
    this.registry = registry;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
  }

  /** What one register step needs, read from the request in a short transaction. */
  record Plan(
      UUID id,
      RequestType type,
      PendingAction action,
      UUID subjectId,
      RegisterApi.SearchQuery query,
      RectificationChanges changes,
      ObjectionKind objectionKind,
      String situation) {}

  // ---- entry points

  public Execution match(UUID id, Long version, String actor) {
    Plan plan =
        tx(
            () -> {
              DataSubjectRequest request = find(id);
              request.requireVersion(version);
              if (request.status().isTerminal() || request.executed()) {
                throw DomainException.conflict(
                    "The request is " + request.status() + "; its subject can no longer change.");
              }
              return plan(request, PendingAction.MATCH, null);
            });
    return performMatch(plan, actor);
  }

  public Execution execute(UUID id, Long version, ExecuteRequest body, String actor) {
    RectificationChanges changes = body == null ? null : body.changes();
    Plan plan =
        tx(
            () -> {
              DataSubjectRequest request = find(id);
              request.requireVersion(version);
              request.requireExecutable();
              if (request.type() == RequestType.RECTIFICATION && changes == null) {
                throw DomainException.invalidField(
                    "changes", "a rectification names the contact fields to change");
              }
              if (request.type() != RequestType.RECTIFICATION && changes != null) {
                throw DomainException.invalidField("changes", "only a RECTIFICATION has changes");
              }
              request.startProcessing(actor, Instant.now());
              return plan(request, PendingAction.EXECUTE, changes);
            });
    return perform(plan, actor);
  }

  public Execution liftRestriction(UUID id, Long version, String actor) {
    Plan plan =
        tx(
            () -> {
              DataSubjectRequest request = find(id);
              request.requireVersion(version);
              // Art. 18(3): the subject is told before the restriction is lifted
              request.noticeRestrictionLift(
                  letters.restrictionLiftNotice(request.letterContext()), actor, Instant.now());
              return plan(request, PendingAction.LIFT_RESTRICTION, null);
            });
    return performLift(plan, actor);
  }

  /** The scheduled retry of every request whose register call is due again. */
  public int retryDue() {
    List<UUID> due = tx(() -> repository.dueForRetry(Instant.now(), 20));
    for (UUID id : due) {
      try {
        retry(id);
      } catch (DomainException e) {
        LOG.infof("retry of request %s ended with status %d", id, e.status());
      } catch (RuntimeException e) {
        LOG.warnf("retry of request %s failed: %s", id, e.getClass().getSimpleName());
      }
    }
    return due.size();
  }

  /** Completes erasures whose ContactErased event this service has consumed. */
  public int confirmErasures() {
    List<UUID> awaiting = tx(() -> repository.awaitingConfirmation(50));
    int confirmed = 0;
    for (UUID id : awaiting) {
      try {
        if (tx(() -> confirmIfSeen(find(id), DataSubjectRequest.SYSTEM))) {
          confirmed++;
        }
      } catch (RuntimeException e) {
        LOG.warnf("confirming request %s failed: %s", id, e.getClass().getSimpleName());
      }
    }
    return confirmed;
  }

  void retry(UUID id) {
    Plan plan =
        tx(
            () -> {
              DataSubjectRequest request = find(id);
              if (request.pendingAction() == null || request.status() == RequestStatus.ON_HOLD) {
                return null;
              }
              RectificationChanges changes =
                  JsonText.read(request.pendingPayload(), RectificationChanges.class);
              return plan(request, request.pendingAction(), changes);
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
          tx(
              () -> {
                DataSubjectRequest request = find(plan.id());
                Instant now = Instant.now();
                request.registerAvailable(actor, now);
                request.recordSearch(found, actor, now);
                RequestService.flagRepeatAccess(repository, request, actor, now);
                return flushed(request);
              });
      return new Execution(view, false);
    } catch (RegisterUnavailableException e) {
      return waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw refused(plan, e, actor);
    }
  }

  private Execution perform(Plan plan, String actor) {
    try {
      UUID subjectId = plan.subjectId();
      if (subjectId == null) {
        List<Candidate> found = search(plan);
        subjectId =
            tx(
                () -> {
                  DataSubjectRequest request = find(plan.id());
                  Instant now = Instant.now();
                  request.registerAvailable(actor, now);
                  request.recordSearch(found, actor, now);
                  return request.subjectId();
                });
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
      }
      Function<DataSubjectRequest, Effect> effect = callRegister(plan, subjectId);
      RequestView view =
          tx(
              () -> {
                DataSubjectRequest request = find(plan.id());
                Instant now = Instant.now();
                RequestService.flagRepeatAccess(repository, request, actor, now);
                request.applyEffect(effect.apply(request), actor, now);
                boolean confirmed = confirmIfSeen(request, actor);
                if (request.status().isTerminal() && !confirmed) {
                  closed(request);
                }
                return flushed(request);
              });
      LOG.infof("request %s executed: %s", plan.id(), view.status());
      return new Execution(view, view.status().isOpen());
    } catch (RegisterUnavailableException e) {
      return waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw refused(plan, e, actor);
    }
  }

  private Execution performLift(Plan plan, String actor) {
    try {
      register.liftRestriction(plan.subjectId(), plan.id());
      RequestView view =
          tx(
              () -> {
                DataSubjectRequest request = find(plan.id());
                request.restrictionLifted(actor, Instant.now());
                return flushed(request);
              });
      return new Execution(view, false);
    } catch (RegisterUnavailableException e) {
      return waiting(plan, actor);
    } catch (RegisterRejectedException e) {
      throw refused(plan, e, actor);
    }
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

  /** Calls the register for the request's type; the returned function records the effect. */
  private Function<DataSubjectRequest, Effect> callRegister(Plan plan, UUID subjectId) {
    UUID id = plan.id();
    switch (plan.type()) {
      case ACCESS -> {
        JsonNode export = register.export(subjectId, id);
        ControllerProfile profile = register.controllerProfile();
        return request -> {
          Instant now = Instant.now();
          String pkg =
              JsonText.write(
                  AccessPackages.access(
                      request,
                      export,
                      profile,
                      repository.ofSubject(request.subjectId(), request.email()),
                      now));
          return new Effect(
              "ACCESS_PROVIDED",
              "copy of the register's and this service's data"
                  + (profile.fallback() ? "; controller facts from the fallback text" : ""),
              null,
              pkg,
              RequestStatus.COMPLETED,
              letters.accessProvided(request.letterContext()),
              List.of(),
              null);
        };
      }
      case PORTABILITY -> {
        JsonNode export = register.export(subjectId, id);
        return request ->
            new Effect(
                "DATA_PROVIDED",
                "the data the subject provided, as JSON and CSV",
                null,
                JsonText.write(AccessPackages.portability(request, export, Instant.now())),
                RequestStatus.COMPLETED,
                letters.portabilityProvided(request.letterContext()),
                List.of(),
                null);
      }
      case RECTIFICATION -> {
        RegisterApi.RectifyResult result =
            register.rectify(subjectId, id, plan.changes().toRegister());
        List<String> changed =
            result.changedFields() == null ? List.of() : List.copyOf(result.changedFields());
        List<Effect.Recipient> recipients =
            changed.isEmpty() ? List.of() : recipients(register.controllerProfile());
        return request ->
            new Effect(
                "RECTIFIED",
                "changed fields: " + (changed.isEmpty() ? "none" : String.join(", ", changed)),
                JsonText.write(result),
                null,
                RequestStatus.COMPLETED,
                letters.rectified(request.letterContext(), changed),
                recipients,
                null);
      }
      case ERASURE -> {
        RegisterApi.EraseResult result = register.erase(subjectId, id);
        List<Effect.Recipient> recipients = recipients(register.controllerProfile());
        int erased = result.erased() == null ? 0 : result.erased().size();
        int kept = result.kept() == null ? 0 : result.kept().size();
        return request ->
            new Effect(
                result.outcome() == null ? "ERASED" : result.outcome(),
                erased + " categories erased, " + kept + " kept",
                JsonText.write(result),
                null,
                null,
                null,
                recipients,
                result.restricted() ? Boolean.TRUE : null);
      }
      case RESTRICTION -> {
        RegisterApi.RestrictionResult result =
            register.restrict(subjectId, id, "data-subject request " + id + " (GDPR Art. 18)");
        List<Effect.Recipient> recipients = recipients(register.controllerProfile());
        return request ->
            new Effect(
                "RESTRICTED",
                "processing restricted in the register",
                JsonText.write(result),
                null,
                RequestStatus.COMPLETED,
                letters.restricted(request.letterContext()),
                recipients,
                Boolean.TRUE);
      }
      case OBJECTION -> {
        return objection(plan, subjectId);
      }
      default -> throw new IllegalStateException("unknown request type " + plan.type());
    }
  }

  private Function<DataSubjectRequest, Effect> objection(Plan plan, UUID subjectId) {
    ObjectionKind kind =
        plan.objectionKind() == null ? ObjectionKind.DIRECT_MARKETING : plan.objectionKind();
    String situation = kind == ObjectionKind.PARTICULAR_SITUATION ? plan.situation() : null;
    RegisterApi.ObjectionResult result =
        register.objection(subjectId, plan.id(), kind.name(), situation);
    return request ->
        new Effect(
            "OBJECTION_RECORDED",
            "objection recorded: " + kind,
            JsonText.write(result),
            null,
            RequestStatus.COMPLETED,
            letters.objectionRecorded(
                request.letterContext(), kind == ObjectionKind.DIRECT_MARKETING),
            List.of(),
            null);
  }

  private static List<Effect.Recipient> recipients(ControllerProfile profile) {
    List<Effect.Recipient> recipients = new ArrayList<>();
    profile
        .recipients()
        .forEach(
            name ->
                recipients.add(
                    new Effect.Recipient(name, NotificationTask.RecipientKind.RECIPIENT)));
    profile
        .processors()
        .forEach(
            name ->
                recipients.add(
                    new Effect.Recipient(name, NotificationTask.RecipientKind.PROCESSOR)));
    return recipients;
  }

  /** Completes an erasure once the register's ContactErased event has been consumed. */
  private boolean confirmIfSeen(DataSubjectRequest request, String actor) {
    if (!request.awaitingConfirmation() || request.subjectId() == null) {
      return false;
    }
    if (!subjects.hasEvent(
        request.subjectId(), CONTACT_ERASED, request.createdAt().minus(CLOCK_SKEW))) {
      return false;
    }
    RegisterApi.EraseResult result = JsonText.read(request.result(), RegisterApi.EraseResult.class);
    ErasureLines lines =
        new ErasureLines(
            result.erased() == null
                ? List.of()
                : result.erased().stream()
                    .map(e -> new ErasureLines.Erased(e.category(), e.action()))
                    .toList(),
            result.kept() == null
                ? List.of()
                : result.kept().stream()
                    .map(
                        k ->
                            new ErasureLines.Kept(
                                k.category(), k.ground(), k.legalBasis(), k.until()))
                    .toList());
    request.confirmErasure(
        result.partial() ? RequestStatus.PARTIALLY_COMPLETED : RequestStatus.COMPLETED,
        letters.erasure(request.letterContext(), lines),
        actor,
        Instant.now());
    closed(request);
    LOG.infof("request %s: erasure confirmed by the register's event", request.id());
    return true;
  }

  private Execution waiting(Plan plan, String actor) {
    RequestView view =
        tx(
            () -> {
              DataSubjectRequest request = find(plan.id());
              Instant now = Instant.now();
              int retries = request.pendingAction() == plan.action() ? request.retryCount() + 1 : 0;
              request.waitForRegister(
                  plan.action(),
                  plan.changes() == null ? null : JsonText.write(plan.changes()),
                  now.plus(delay(retries)),
                  actor,
                  now);
              return flushed(request);
            });
    LOG.infof("request %s waits for the register (%s)", plan.id(), plan.action());
    return new Execution(view, true);
  }

  Duration delay(int retries) {
    Duration delay = backoff.multipliedBy(1L << Math.min(retries, 10));
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  private DomainException refused(Plan plan, RegisterRejectedException e, String actor) {
    tx(
        () -> {
          DataSubjectRequest request = find(plan.id());
          request.registerRefused(e.operation(), e.status(), actor, Instant.now());
          return null;
        });
    return switch (e.status()) {
      case 404 ->
          DomainException.conflict(
              "The register has no such subject (it may have been erased); choose another subject"
                  + " or complete the request.");
      case 400, 422 -> {
        List<String> fields =
            e.fields().stream()
                .map(
                    f ->
                        plan.type() == RequestType.RECTIFICATION && !f.startsWith("changes")
                            ? "changes." + f
                            : f)
                .toList();
        yield fields.isEmpty()
            ? new DomainException(
                400, "Invalid request", "The register refused a value of the request.", null)
            : new DomainException(
                400,
                "Invalid request",
                "The register refused the value of " + String.join(", ", fields) + ".",
                fields.get(0));
      }
      case 409 -> DomainException.conflict("The register refused the change as conflicting.");
      default ->
          new DomainException(
              502,
              "Bad gateway",
              "The register refused the call (status " + e.status() + ").",
              null);
    };
  }

  private Plan plan(
      DataSubjectRequest request, PendingAction action, RectificationChanges changes) {
    SubjectDetails subject = request.subject();
    return new Plan(
        request.id(),
        request.type(),
        action,
        request.subjectId(),
        new RegisterApi.SearchQuery(
            subject.email(), subject.phone(), subject.firstName(), subject.lastName(), null),
        changes,
        request.objectionKind(),
        request.objectionSituation());
  }

  private DataSubjectRequest find(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request"));
  }

  private RequestView flushed(DataSubjectRequest request) {
    repository.flush();
    return request.view(Today.inHelsinki());
  }

  private void closed(DataSubjectRequest request) {
    registry
        .counter(
            "rights.requests.closed",
            "type",
            request.type().name(),
            "status",
            request.status().name())
        .increment();
  }

  /** One transaction, flushed inside so that a concurrent change fails as a 409, not at commit. */
  private <T> T tx(Supplier<T> work) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              T result = work.get();
              repository.flush();
              return result;
            });
  }
}
