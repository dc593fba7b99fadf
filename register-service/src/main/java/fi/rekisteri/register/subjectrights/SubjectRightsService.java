package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.ContactObjectionRecorded;
import fi.rekisteri.register.contact.ContactEvent.ContactRectified;
import fi.rekisteri.register.contact.ContactEvent.ContactRestricted;
import fi.rekisteri.register.contact.ContactEvent.ContactRestrictionLifted;
import fi.rekisteri.register.contact.ContactRightsCommands;
import fi.rekisteri.register.contact.RestrictionCause;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.EraseRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.LiftRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ObjectionKind;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ObjectionRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ObjectionResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifiedSource;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifyRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifyResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RestrictRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RestrictionResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ScheduleLiftRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rights service's commands on one subject. Each is idempotent by request id, audit-logged, and
 * confirmed to the rights service by its event.
 */
@ApplicationScoped
public class SubjectRightsService {

  private static final String ERASE = "ERASE";

  private final ContactRightsCommands contacts;
  private final ConfirmedErasure erasure;
  private final OrderCorrections orderCorrections;
  private final RightsCommandLog commands;
  private final SubjectConfirmation confirmation;

  public SubjectRightsService(
      ContactRightsCommands contacts,
      ConfirmedErasure erasure,
      OrderCorrections orderCorrections,
      RightsCommandLog commands,
      SubjectConfirmation confirmation) {
    this.contacts = contacts;
    this.erasure = erasure;
    this.orderCorrections = orderCorrections;
    this.commands = commands;
    this.confirmation = confirmation;
  }

  @Transactional
  public RectifyResult rectify(UUID subjectId, RectifyRequest request) {
    RightsCommandLog.Command command =
        commands.command(request.requestId(), "RECTIFY", subjectId, request);
    return commands
        .previous(command, RectifyResult.class)
        .orElseGet(
            () -> {
              List<String> changed =
                  new ArrayList<>(contacts.rectify(subjectId, request.changes()));
              // the recorded source of the wrong data is told too (Art. 19): the contact's, if a
              // contact field changed, and each changed order's
              List<RectifiedSource> sources = new ArrayList<>();
              if (changed.stream().anyMatch(f -> !f.equals("supplementaryStatement"))) {
                sources.add(
                    new RectifiedSource(
                        "contact", contacts.findForRights(subjectId).sourceChannel()));
              }
              OrderCorrections.Corrected orders =
                  orderCorrections.correct(subjectId, request.changes());
              changed.addAll(orders.changedFields());
              sources.addAll(orders.sources());
              confirmation.confirm(
                  subjectId,
                  new ContactRectified(request.requestId(), changed),
                  AuditAction.RECTIFY);
              return commands.store(
                  command, new RectifyResult(request.requestId(), changed, sources));
            });
  }

  @Transactional
  public ErasureResult erase(UUID subjectId, String requestId) {
    return erase(subjectId, requestId, false);
  }

  /**
   * An erasure the erasure ledger holds but this database does not (it was restored from a backup
   * taken before it): the same erasure again under its original request id, with the same effects
   * (data erased, suppression entry, ContactErased for the rights service), fired as an {@link
   * ErasureRecorded} marked re-applied so that the ledger is not written twice. Nothing when the
   * command log already has the erasure (this database holds it) or the contact is not in this
   * database at all (it was created after the backup).
   */
  @Transactional
  public Optional<ErasureResult> reapplyErasure(UUID subjectId, String requestId) {
    if (commands.logged(requestId, ERASE) || contacts.findOptionalForRights(subjectId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(erase(subjectId, requestId, true));
  }

  private ErasureResult erase(UUID subjectId, String requestId, boolean reapplied) {
    RightsCommandLog.Command command =
        commands.command(requestId, ERASE, subjectId, new EraseRequest(requestId));
    return commands
        .previous(command, ErasureResult.class)
        .orElseGet(
            () -> {
              Contact contact = contacts.findForRights(subjectId);
              ErasureResult result = erasure.erase(subjectId, contact, requestId, reapplied);
              return commands.store(command, result);
            });
  }

  @Transactional
  public RestrictionResult restrict(
      UUID subjectId, String requestId, String reason, RestrictionCause cause) {
    RightsCommandLog.Command command =
        commands.command(
            requestId,
            "RESTRICT",
            subjectId,
            new RestrictRequest(
                requestId, reason, (cause == null ? RestrictionCause.REQUESTED : cause).name()));
    return commands
        .previous(command, RestrictionResult.class)
        .orElseGet(
            () -> {
              Contact contact = contacts.findForRights(subjectId);
              contacts.restrict(
                  contact,
                  requestId,
                  reason == null ? "Restricted on the data subject's request" : reason,
                  cause == null ? RestrictionCause.REQUESTED : cause);
              confirmation.confirm(
                  subjectId, new ContactRestricted(requestId), AuditAction.RESTRICT);
              return commands.store(command, new RestrictionResult(requestId, true));
            });
  }

  @Transactional
  public RestrictionResult liftRestriction(UUID subjectId, String requestId) {
    RightsCommandLog.Command command =
        commands.command(requestId, "LIFT_RESTRICTION", subjectId, new LiftRequest(requestId));
    return commands
        .previous(command, RestrictionResult.class)
        .orElseGet(
            () -> {
              Contact contact = contacts.findForRights(subjectId);
              boolean stillRestricted = contacts.liftRestriction(contact, requestId);
              confirmation.confirm(
                  subjectId,
                  new ContactRestrictionLifted(requestId, stillRestricted),
                  AuditAction.LIFT_RESTRICTION);
              return commands.store(command, new RestrictionResult(requestId, stillRestricted));
            });
  }

  /** Art. 18(3): the day the notice named for the end of the request's cause of restriction. */
  @Transactional
  public RestrictionResult scheduleLift(UUID subjectId, ScheduleLiftRequest request) {
    RightsCommandLog.Command command =
        commands.command(request.requestId(), "SCHEDULE_LIFT", subjectId, request);
    return commands
        .previous(command, RestrictionResult.class)
        .orElseGet(
            () -> {
              Contact contact = contacts.findForRights(subjectId);
              contacts.scheduleLift(contact, request.requestId(), request.endsOn());
              return commands.store(
                  command, new RestrictionResult(request.requestId(), contact.restricted()));
            });
  }

  @Transactional
  public ObjectionResult object(UUID subjectId, ObjectionRequest request) {
    RightsCommandLog.Command command =
        commands.command(request.requestId(), "OBJECTION", subjectId, request);
    return commands
        .previous(command, ObjectionResult.class)
        .orElseGet(
            () -> {
              Contact contact = contacts.findForRights(subjectId);
              if (request.kind() == ObjectionKind.DIRECT_MARKETING) {
                // Art. 21(2)-(3): absolute, no balancing
                contacts.recordDirectMarketingObjection(contact);
              } else {
                // Art. 21(1): the situation is recorded and processing on legitimate interest is
                // restricted until the controller has weighed it
                contacts.recordSituationObjection(contact, request.situation());
                contacts.restrict(
                    contact,
                    request.requestId(),
                    "Objection on grounds of a particular situation",
                    RestrictionCause.OBJECTION);
              }
              confirmation.confirm(
                  subjectId, new ContactObjectionRecorded(request.requestId()), AuditAction.OBJECT);
              return commands.store(
                  command, new ObjectionResult(request.requestId(), request.kind()));
            });
  }
}
