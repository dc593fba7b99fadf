package fi.rekisteri.rights.delivery;

import fi.rekisteri.rights.request.IdentityVerifiedOtherwise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * A one-time code is pointless once the DPO has verified the identity otherwise: the code and any
 * message of it not yet sent are withdrawn in the same transaction, so the requester's address and
 * name do not stay queued (and are gone before an erasure completes).
 */
@ApplicationScoped
class CodeWithdrawal {

  private final EntityManager em;

  CodeWithdrawal(EntityManager em) {
    this.em = em;
  }

  void withdraw(@Observes IdentityVerifiedOtherwise verified) {
    em.createQuery(
            "delete from MailMessage m where m.requestId = :request and m.kind = :kind"
                + " and m.nextAttemptAt is not null")
        .setParameter("request", verified.requestId())
        .setParameter("kind", MailMessage.Kind.IDENTITY_CODE)
        .executeUpdate();
    em.createQuery("delete from IdentityCode c where c.requestId = :request")
        .setParameter("request", verified.requestId())
        .executeUpdate();
  }
}
