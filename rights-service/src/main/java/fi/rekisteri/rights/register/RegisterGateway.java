package fi.rekisteri.rights.register;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls the register and sorts every failure into "unavailable, retry later" or "refused". Logs and
 * metric tags carry the operation and status only, never personal data.
 */
@ApplicationScoped
public class RegisterGateway {

  private static final Logger LOG = Logger.getLogger(RegisterGateway.class);

  private final RegisterClient client;
  private final MeterRegistry registry;

  public RegisterGateway(@RestClient RegisterClient client, MeterRegistry registry) {
    this.client = client;
    this.registry = registry;
  }

  public List<RegisterApi.Match> search(RegisterApi.SearchQuery query) {
    RegisterApi.SearchResult result = call("search", () -> client.search(query));
    return result == null || result.matches() == null ? List.of() : result.matches();
  }

  public JsonNode export(UUID subjectId, UUID requestId) {
    return call("export", () -> client.export(subjectId, requestId));
  }

  public RegisterApi.RectifyResult rectify(UUID subjectId, UUID requestId, JsonNode changes) {
    return call(
        "rectify",
        () ->
            client.rectify(
                subjectId,
                requestId.toString(),
                new RegisterApi.RectifyCommand(requestId, changes)));
  }

  public RegisterApi.EraseResult erase(UUID subjectId, UUID requestId) {
    return call(
        "erase",
        () ->
            client.erase(subjectId, requestId.toString(), new RegisterApi.EraseCommand(requestId)));
  }

  public RegisterApi.RestrictionResult restrict(UUID subjectId, UUID requestId, String reason) {
    return call(
        "restrict",
        () ->
            client.restrict(
                subjectId,
                requestId.toString(),
                new RegisterApi.RestrictCommand(requestId, reason)));
  }

  public RegisterApi.RestrictionResult liftRestriction(UUID subjectId, UUID requestId) {
    return call(
        "lift-restriction",
        () ->
            client.liftRestriction(
                subjectId, requestId.toString(), new RegisterApi.LiftCommand(requestId)));
  }

  /**
   * Tells the register the day the Art. 18(3) notice named for the end of the request's cause of
   * restriction (the DPO sees it with the contact); the lift itself comes on that day.
   */
  public RegisterApi.RestrictionResult scheduleLift(
      UUID subjectId, UUID requestId, java.time.LocalDate endsOn) {
    return call(
        "schedule-lift",
        () ->
            client.scheduleLift(
                subjectId,
                requestId.toString(),
                new RegisterApi.ScheduleLiftCommand(requestId, endsOn)));
  }

  public RegisterApi.ObjectionResult objection(
      UUID subjectId, UUID requestId, String kind, String situation) {
    return call(
        "objection",
        () ->
            client.objection(
                subjectId,
                requestId.toString(),
                new RegisterApi.ObjectionCommand(requestId, kind, situation)));
  }

  /** Each distinct recipient and processor in the subject's disclosure ledger (R20). */
  public List<RegisterApi.LedgerRecipient> recipients(UUID subjectId) {
    RegisterApi.Recipients result = call("recipients", () -> client.recipients(subjectId));
    return result == null || result.recipients() == null ? List.of() : result.recipients();
  }

  /** Where the subject is mentioned in other records' free text (docs/promises.md). */
  public List<RegisterApi.Mention> mentions(UUID subjectId) {
    RegisterApi.Mentions result = call("mentions", () -> client.mentions(subjectId));
    return result == null || result.mentions() == null ? List.of() : result.mentions();
  }

  /** Redacts one mention: the DPO's confirmation of a mention found by name alone. */
  public RegisterApi.Mention redactMention(UUID subjectId, UUID mentionId, UUID requestId) {
    return call(
        "redact-mention",
        () ->
            client.redactMention(
                subjectId,
                mentionId,
                requestId + ":" + mentionId,
                new RegisterApi.RedactCommand(requestId)));
  }

  /**
   * The register's erasures made again from the erasure ledger at its last start (docs/backups.md).
   */
  public JsonNode reappliedErasures() {
    return call("reapplied-erasures", client::reappliedErasures);
  }

  /** The controller profile, or the fallback when the register has none or cannot answer. */
  public ControllerProfile controllerProfile() {
    try {
      return Optional.ofNullable(call("controller", client::controller))
          .filter(JsonNode::isObject)
          .map(ControllerProfile::of)
          .orElseGet(ControllerProfile::none);
    } catch (RegisterUnavailableException | RegisterRejectedException e) {
      return ControllerProfile.none();
    }
  }

  private <T> T call(String operation, Supplier<T> call) {
    try {
      T result = call.get();
      count(operation, "ok");
      return result;
    } catch (WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status >= 500 || status == 408 || status == 429) {
        count(operation, "unavailable");
        LOG.warnf("register %s failed with status %d; will retry", operation, status);
        throw new RegisterUnavailableException(operation);
      }
      count(operation, "refused");
      LOG.infof("register refused %s with status %d", operation, status);
      throw new RegisterRejectedException(status, operation, fields(e.getResponse()));
    } catch (RuntimeException e) {
      // connection refused, timeout, no token from the OIDC server: the register is out of reach
      count(operation, "unavailable");
      LOG.warnf(
          "register %s unreachable (%s); will retry", operation, e.getClass().getSimpleName());
      throw new RegisterUnavailableException(operation);
    }
  }

  private void count(String operation, String outcome) {
    registry
        .counter("rights.register.calls", "operation", operation, "outcome", outcome)
        .increment();
  }

  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    try {
      JsonNode problem = response.readEntity(JsonNode.class);
      if (problem != null && problem.path("errors").isArray()) {
        for (JsonNode error : problem.path("errors")) {
          if (error.hasNonNull("field")) {
            fields.add(error.get("field").asText());
          }
        }
      }
    } catch (RuntimeException e) {
      // no readable problem body: the status alone tells
    }
    return fields;
  }
}
