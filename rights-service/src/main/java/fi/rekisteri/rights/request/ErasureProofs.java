package fi.rekisteri.rights.request;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds an erasure's proof: the register's part is the search it made in its own tables in the
 * erasure's transaction (the erase command's {@code proof}, stored with the request's result); the
 * rights service's part is the search of its own stores (stored access copies of the subject's
 * requests) that {@link #record} makes and stores when the erasure is confirmed. A request
 * confirmed before parts were recorded gets its part searched when read.
 */
@ApplicationScoped
public class ErasureProofs {

  /** This service's own place: copies of the subject's data that her requests produced. */
  static final String ACCESS_COPIES = "access copies of the subject's requests";

  static final List<String> KEPT_BY_DESIGN =
      List.of("SUPPRESSION_KEYED_HASH", "ERASURE_LEDGER_ENTRY", "REQUEST_RECORD");

  /** How the count of stored access copies reads in {@code found}: "2 stored". */
  static final String STORED = " stored";

  private final RequestRepository repository;

  public ErasureProofs(RequestRepository repository) {
    this.repository = repository;
  }

  /**
   * Searches this service's stores for the subject of a confirmed erasure and records what it finds
   * on the request, in the caller's transaction (the confirmation's). Recorded once: a second call
   * keeps the first record.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(DataSubjectRequest request, Instant now) {
    if (request.subjectId() == null
        || repository.getEntityManager().find(ErasureProofPart.class, request.id()) != null) {
      return;
    }
    List<ErasureProofView.Place> checked = new ArrayList<>();
    List<ErasureProofView.Remaining> remaining = new ArrayList<>();
    searchOwnStores(request.subjectId(), checked, remaining);
    repository
        .getEntityManager()
        .persist(
            new ErasureProofPart(
                request.id(), JsonText.write(checked), JsonText.write(remaining), now));
  }

  /** This service's own stores: copies of the subject's data that its requests produced. */
  private void searchOwnStores(
      UUID subjectId,
      List<ErasureProofView.Place> checked,
      List<ErasureProofView.Remaining> remaining) {
    checked.add(new ErasureProofView.Place("rights", ACCESS_COPIES));
    long copies =
        repository.ofSubject(subjectId, null).stream()
            .filter(r -> r.resolution().packageJson() != null)
            .count();
    if (copies > 0) {
      remaining.add(
          new ErasureProofView.Remaining(
              "rights", ACCESS_COPIES, List.of(copies + STORED), List.of(), null));
    }
  }

  @Transactional
  public ErasureProofView proof(UUID id) {
    DataSubjectRequest request =
        repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request"));
    if (request.type() != RequestType.ERASURE) {
      throw DomainException.notFound("erasure proof");
    }
    JsonNode result = JsonText.read(request.resolution().result());
    if (result == null
        || request.subjectId() == null
        || request.resolution().confirmedAt() == null) {
      throw DomainException.conflict(
          "The erasure has not been carried out and confirmed by the register yet; its proof"
              + " follows the confirmation.");
    }
    List<ErasureProofView.Place> checked = new ArrayList<>();
    List<ErasureProofView.Remaining> remaining = new ArrayList<>();
    JsonNode proof = result.path("proof");
    proof
        .path("checked")
        .forEach(t -> checked.add(new ErasureProofView.Place("register", t.asText())));
    for (JsonNode r : proof.path("remaining")) {
      remaining.add(
          new ErasureProofView.Remaining(
              "register",
              r.path("place").asText(),
              strings(r.path("found")),
              strings(r.path("keptFor")),
              r.hasNonNull("until") ? LocalDate.parse(r.path("until").asText()) : null));
    }
    // mentions in other records' free text the erasure left: held, or found by name alone and
    // waiting for the DPO's confirmation (docs/promises.md)
    for (JsonNode m : proof.path("mentions")) {
      remaining.add(
          new ErasureProofView.Remaining(
              "register",
              m.path("place").asText(),
              List.of(m.path("matchedBy").asText().toLowerCase(java.util.Locale.ROOT)),
              List.of(m.path("reason").asText()),
              null));
    }
    // this service's own stores: as recorded at the confirmation (searched now for a request
    // confirmed before parts were recorded)
    ErasureProofPart part = repository.getEntityManager().find(ErasureProofPart.class, id);
    if (part == null) {
      searchOwnStores(request.subjectId(), checked, remaining);
    } else {
      checked.addAll(List.of(JsonText.read(part.checked, ErasureProofView.Place[].class)));
      remaining.addAll(List.of(JsonText.read(part.remaining, ErasureProofView.Remaining[].class)));
    }
    return new ErasureProofView(
        request.id(),
        request.subjectId(),
        result.path("outcome").asText(null),
        request.resolution().confirmedAt(),
        checked,
        remaining,
        KEPT_BY_DESIGN);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
