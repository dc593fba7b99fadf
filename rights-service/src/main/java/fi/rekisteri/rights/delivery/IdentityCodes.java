package fi.rekisteri.rights.delivery;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.TimelineAction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-time codes for the requester's identity (GDPR Art. 12(6)): six digits sent to the email the
 * register holds on the subject, never to an address the requester typed; stored as a keyed hash,
 * valid {@code rekisteri.identity-code.ttl}, five wrong tries, sends limited per request and per
 * address. An unknown request, a mismatch and an expired code answer alike.
 */
@ApplicationScoped
public class IdentityCodes {

  static final int TRIES = 5;
  private static final int FORGET_ABOVE = 10_000;

  /** How a code entry ended; the answer is given after the transaction has counted the try. */
  enum Outcome {
    VERIFIED,
    WRONG,
    LOCKED
  }

  private final EntityManager em;
  private final MailOutbox outbox;
  private final Addressees addressees;
  private final CodeHashes hashes;
  private final Duration ttl;
  private final int perRequest;
  private final int perAddress;
  private final String pagesBase;
  // wrong tries for requests that have no code (or do not exist): answered like any other
  private final Map<UUID, Integer> unknown = new ConcurrentHashMap<>();

  IdentityCodes(
      EntityManager em,
      MailOutbox outbox,
      Addressees addressees,
      @ConfigProperty(name = "rekisteri.identity-code.key") String key,
      @ConfigProperty(name = "rekisteri.identity-code.ttl") Duration ttl,
      @ConfigProperty(name = "rekisteri.identity-code.sends-per-request-per-hour") int perRequest,
      @ConfigProperty(name = "rekisteri.identity-code.sends-per-address-per-hour") int perAddress,
      MailConfig mail) {
    this.em = em;
    this.outbox = outbox;
    this.addressees = addressees;
    this.hashes = new CodeHashes(key);
    this.ttl = ttl;
    this.perRequest = perRequest;
    this.perAddress = perAddress;
    this.pagesBase = mail.pagesBase();
  }

  private record Subject(UUID subjectId) {}

  /** Sends a new code to the register's email of the request's subject; the old one is void. */
  public void send(UUID requestId, String actor) {
    Subject subject =
        QuarkusTransaction.requiringNew()
            .call(() -> new Subject(sendable(outbox.lockRequest(requestId)).subjectId()));
    Addressees.Addressee to = addressees.held(subject.subjectId(), requestId);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              DataSubjectRequest request = sendable(outbox.lockRequest(requestId));
              Instant now = Instant.now();
              String address = hashes.ofAddress(to.email());
              Instant hourAgo = now.minus(Duration.ofHours(1));
              if (sends("request_id", requestId, hourAgo) >= perRequest
                  || sends("address_hash", address, hourAgo) >= perAddress) {
                throw new DomainException(
                    429,
                    "Too Many Requests",
                    "Too many codes sent for this request or to this address in the last hour.",
                    null);
              }
              String code = CodeHashes.newCode();
              Instant expires = now.plus(ttl);
              IdentityCode old = em.find(IdentityCode.class, requestId);
              if (old != null) {
                em.remove(old);
                em.flush();
              }
              em.persist(new IdentityCode(requestId, hashes.ofCode(requestId, code), expires, now));
              em.createNativeQuery(
                      "insert into identity_code_send (id, request_id, address_hash, sent_at)"
                          + " values (?1, ?2, ?3, ?4)")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, requestId)
                  .setParameter(3, address)
                  .setParameter(4, now)
                  .executeUpdate();
              outbox.queueCode(
                  request,
                  to.email(),
                  MailTexts.code(to.name(), code, requestId, pagesBase, (int) ttl.toMinutes()),
                  expires,
                  now);
              request
                  .timeline()
                  .mail(TimelineAction.MAIL_QUEUED, MailOutbox.CODE, null, actor, now);
            });
  }

  /**
   * The requester's entry of {@code code}: 200 and the identity verified with method ONE_TIME_CODE
   * when it matches, 422 when it does not (or the request is unknown, or the code expired), 429
   * after {@value #TRIES} wrong tries.
   */
  public void verify(UUID requestId, String code) {
    Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(requestId, code));
    switch (outcome) {
      case VERIFIED -> {}
      case LOCKED ->
          throw new DomainException(
              429,
              "Too Many Requests",
              "Too many wrong codes; ask the controller for a new one.",
              "code");
      case WRONG ->
          throw new DomainException(
              422, "Unprocessable Content", "The code does not match or has expired.", "code");
    }
  }

  private Outcome check(UUID requestId, String code) {
    IdentityCode stored = em.find(IdentityCode.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (stored == null) {
      return unknownTry(requestId);
    }
    if (stored.failures >= TRIES) {
      return Outcome.LOCKED;
    }
    // locked, as the mail sender locks it to record the code's delivery: the two take turns
    // instead of one failing on the other's version
    DataSubjectRequest request =
        em.find(DataSubjectRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (now.isBefore(stored.expiresAt)
        && request.status().isOpen()
        && CodeHashes.same(stored.codeHash, hashes.ofCode(requestId, code))) {
      em.remove(stored);
      request.verification().byCode(now);
      return Outcome.VERIFIED;
    }
    stored.failures++;
    return Outcome.WRONG;
  }

  private Outcome unknownTry(UUID requestId) {
    if (unknown.size() > FORGET_ABOVE) {
      unknown.clear();
    }
    int before = unknown.getOrDefault(requestId, 0);
    if (before >= TRIES) {
      return Outcome.LOCKED;
    }
    unknown.put(requestId, before + 1);
    return Outcome.WRONG;
  }

  private long sends(String column, Object value, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from identity_code_send where "
                        + column
                        + " = ?1 and sent_at > ?2")
                .setParameter(1, value)
                .setParameter(2, since)
                .getSingleResult())
        .longValue();
  }

  private static DataSubjectRequest sendable(DataSubjectRequest request) {
    if (!request.status().isOpen()) {
      throw DomainException.conflict("The request is " + request.status() + ".");
    }
    if (request.identity().verified()) {
      throw DomainException.conflict("The requester's identity is verified already.");
    }
    if (request.channel() != Channel.EMAIL && request.channel() != Channel.LETTER) {
      throw DomainException.conflict(
          "A one-time code is for a request that came by email or letter.");
    }
    return request;
  }
}
