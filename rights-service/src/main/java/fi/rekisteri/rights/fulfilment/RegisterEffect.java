package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Effect;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What executing one type of request does in the register: one implementation per type. */
interface RegisterEffect {

  RequestType type();

  /**
   * Calls the register (outside a transaction) for the request of {@code plan} about {@code
   * subjectId}; the answer records the effect in the request afterwards.
   */
  Called call(Plan plan, UUID subjectId);

  /** The register's answer: how to record it, and who is to be told of it (Art. 19). */
  record Called(Function<DataSubjectRequest, Effect> effect, List<Recipient> recipients) {

    static Called untold(Function<DataSubjectRequest, Effect> effect) {
      return new Called(effect, List.of());
    }
  }
}
