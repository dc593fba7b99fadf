package fi.rekisteri.rights.delivery;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.DeliveryState;
import fi.rekisteri.rights.request.Letter;
import fi.rekisteri.rights.request.Origin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The DPO sends a letter by email: to the email the register holds on the subject, or with no match
 * to the address the request came from. A requester with a login gets a link to her requests page;
 * one without a login gets the letter as an attached PDF, and only once her identity is verified
 * (an identity request letter carries no personal data and can always be sent).
 */
@ApplicationScoped
public class LetterSending {

  private final MailOutbox outbox;
  private final Addressees addressees;
  private final String pagesBase;

  LetterSending(MailOutbox outbox, Addressees addressees, MailConfig config) {
    this.outbox = outbox;
    this.addressees = addressees;
    this.pagesBase = config.pagesBase();
  }

  private record Facts(UUID subjectId, String email, String name, boolean login) {}

  public void send(UUID requestId, UUID letterId, String actor) {
    // read, call the register outside any transaction, then queue in a second one
    Facts facts = QuarkusTransaction.requiringNew().call(() -> check(requestId, letterId));
    Addressees.Addressee to =
        addressees.forLetter(facts.subjectId(), requestId, facts.email(), facts.name());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              DataSubjectRequest request = outbox.lockRequest(requestId);
              check(request, letterId);
              boolean attach = !facts.login();
              outbox.queueLetter(
                  request,
                  request.letters().get(letterId),
                  to.email(),
                  MailTexts.letter(to.name(), attach, pagesBase),
                  attach,
                  actor,
                  Instant.now());
            });
  }

  private Facts check(UUID requestId, UUID letterId) {
    DataSubjectRequest request = outbox.lockRequest(requestId);
    check(request, letterId);
    return new Facts(
        request.subjectId(),
        request.email(),
        Addressees.name(request.requester().firstName(), request.requester().lastName()),
        request.origin() == Origin.SELF_SERVICE);
  }

  private static void check(DataSubjectRequest request, UUID letterId) {
    Letter letter = request.letters().get(letterId);
    if (letter.deliveryState() == DeliveryState.QUEUED
        || letter.deliveryState() == DeliveryState.SENT) {
      throw DomainException.conflict(
          "The letter is " + letter.deliveryState() + " already; it is sent once.");
    }
    if (request.origin() != Origin.SELF_SERVICE
        && letter.kind() != LetterKind.IDENTITY_REQUEST
        && !request.identity().verified()) {
      throw DomainException.conflict(
          "The requester has no login and her identity is not verified: only an identity request"
              + " letter can be sent to her. Verify her identity first (a one-time code: POST"
              + " /api/v1/requests/{id}/identity-code).");
    }
  }
}
