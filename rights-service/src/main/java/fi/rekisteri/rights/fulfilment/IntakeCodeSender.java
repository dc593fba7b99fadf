package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.delivery.IdentityCodes;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.IntakeIdentityCodes;
import fi.rekisteri.rights.request.MatchState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The intake's one-time code (see {@link IntakeIdentityCodes}); off with a setting. */
@ApplicationScoped
class IntakeCodeSender implements IntakeIdentityCodes {

  private static final Logger LOG = Logger.getLogger(IntakeCodeSender.class);
  private static final Set<Channel> BY_MESSAGE = Set.of(Channel.EMAIL, Channel.LETTER);

  private final RequestTransactions transactions;
  private final FulfilmentService fulfilment;
  private final IdentityCodes codes;
  private volatile boolean enabled;

  IntakeCodeSender(
      RequestTransactions transactions,
      FulfilmentService fulfilment,
      IdentityCodes codes,
      @ConfigProperty(name = "rekisteri.identity-code.at-intake") boolean enabled) {
    this.transactions = transactions;
    this.fulfilment = fulfilment;
    this.codes = codes;
    this.enabled = enabled;
  }

  /** What the intake needs to know of the request before and after the search. */
  private record State(
      boolean byMessage,
      boolean verified,
      boolean open,
      MatchState match,
      UUID subjectId,
      boolean byEmail) {

    static State of(DataSubjectRequest request) {
      UUID subjectId = request.subjectId();
      return new State(
          BY_MESSAGE.contains(request.channel()),
          request.identity().verified(),
          request.status().isOpen() && !request.resolution().executed(),
          request.subjectMatch().state(),
          subjectId,
          subjectId != null
              && request.subjectMatch().candidates().stream()
                  .anyMatch(
                      c ->
                          subjectId.equals(c.subjectId())
                              && c.matchedOn() != null
                              && c.matchedOn().contains("email")));
    }
  }

  /** Turns the intake's code on or off while running (a test turns it on for itself). */
  void enabled(boolean on) {
    enabled = on;
  }

  @Override
  public void received(UUID requestId) {
    if (!enabled) {
      return;
    }
    State before = transactions.tx(() -> State.of(transactions.find(requestId)));
    if (!before.byMessage() || before.verified() || !before.open()) {
      return;
    }
    try {
      if (before.match() == MatchState.NOT_SEARCHED) {
        fulfilment.match(requestId, null, DataSubjectRequest.SYSTEM);
      }
      State after = transactions.tx(() -> State.of(transactions.find(requestId)));
      // one contact identified by the email the requester gave: the match attached it
      if (after.match() != MatchState.ONE || !after.byEmail() || after.verified()) {
        return;
      }
      codes.send(requestId, DataSubjectRequest.SYSTEM);
      LOG.infof("request %s: identity code sent at intake", requestId);
    } catch (DomainException e) {
      // e.g. the register holds no email for the contact (422) or a limit (429): the DPO decides
      LOG.infof("request %s: no identity code at intake (%d %s)", requestId, e.status(), e.title());
    } catch (RuntimeException e) {
      LOG.warnf(
          "request %s: no identity code at intake: %s", requestId, e.getClass().getSimpleName());
    }
  }
}
