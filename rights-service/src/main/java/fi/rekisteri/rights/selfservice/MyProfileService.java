package fi.rekisteri.rights.selfservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.rights.audit.AuditLog;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.Actors.VerifiedSubject;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterUnavailableException;
import fi.rekisteri.rights.request.ExecuteRequest;
import fi.rekisteri.rights.request.Execution;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.RectificationChanges;
import fi.rekisteri.rights.request.RequestFulfilment;
import fi.rekisteri.rights.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person's own online profile (R12): she reads what the register holds on her and corrects her
 * own contact details. A correction is a RECTIFICATION request of her own, filed through the
 * self-service channel, carried out in the register at once and answered with its letter, so it
 * sits in her list of requests like any other.
 */
@ApplicationScoped
public class MyProfileService {

  /** What she may correct herself; anything else goes through a rectification request. */
  static final Set<String> EDITABLE =
      Set.of(
          "firstName",
          "lastName",
          "title",
          "phone",
          "postalAddress",
          "billingAddress",
          "notes",
          "supplementaryStatement");

  private final RegisterGateway register;
  private final MyRequestService requests;
  private final RequestFulfilment fulfilment;
  private final AuditLog audit;

  public MyProfileService(
      RegisterGateway register,
      MyRequestService requests,
      RequestFulfilment fulfilment,
      AuditLog audit) {
    this.register = register;
    this.requests = requests;
    this.fulfilment = fulfilment;
    this.audit = audit;
  }

  /** The register's records whose email is the verified email of her login. */
  public MyData read(String email) {
    try {
      List<UUID> mine = matches(email);
      List<JsonNode> records =
          mine.stream().map(id -> register.export(id, UUID.randomUUID())).toList();
      // the register logs these exports as the rights service's; here the person is the actor
      mine.forEach(id -> audit.record(id, AuditLog.READ, "my-data"));
      return new MyData(email, records);
    } catch (RegisterUnavailableException e) {
      throw unavailable();
    }
  }

  /**
   * Applies her JSON Merge Patch to her one contact record. Nothing is filed or changed when the
   * patch is refused.
   */
  public MyData correct(ObjectNode patch, VerifiedSubject subject, Language language) {
    RectificationChanges changes = checked(patch);
    List<UUID> mine;
    try {
      mine = matches(subject.email());
    } catch (RegisterUnavailableException e) {
      throw unavailable();
    }
    if (mine.isEmpty()) {
      throw DomainException.notFound("contact");
    }
    if (mine.size() > 1) {
      throw DomainException.conflict(
          "The register holds more than one record with your email; file a rectification request"
              + " and the data protection officer will correct the right one.");
    }
    MyRequestView filed =
        requests.file(
            new SelfServiceIntake(RequestType.RECTIFICATION, language, null, null, null),
            subject,
            Actors.DATA_SUBJECT);
    Execution done =
        fulfilment.execute(filed.id(), null, new ExecuteRequest(changes), Actors.DATA_SUBJECT);
    if (done.request().status() != RequestStatus.COMPLETED) {
      throw unavailable();
    }
    return read(subject.email());
  }

  private static RectificationChanges checked(ObjectNode patch) {
    if (patch == null || patch.isEmpty()) {
      throw DomainException.invalidField("body", "name at least one field to change");
    }
    Iterator<String> fields = patch.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!EDITABLE.contains(field)) {
        throw DomainException.invalidField(
            field, "cannot be changed here; file a rectification request instead");
      }
    }
    try {
      return new RectificationChanges(patch.deepCopy()).check();
    } catch (DomainException e) {
      String field = e.field();
      throw field != null && field.startsWith("changes.")
          ? DomainException.invalidField(field.substring("changes.".length()), e.getMessage())
          : e;
    }
  }

  private List<UUID> matches(String email) {
    return register.search(new RegisterApi.SearchQuery(email, null, null, null, null)).stream()
        .filter(match -> match.matchedOn().contains("email"))
        .map(RegisterApi.Match::subjectId)
        .toList();
  }

  private static DomainException unavailable() {
    return new DomainException(
        503, "Service unavailable", "The register is not reachable; try again shortly.", null);
  }
}
