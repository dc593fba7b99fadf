package fi.rekisteri.rights.request;

import java.util.UUID;

/**
 * An objection to direct marketing takes effect on receipt (GDPR Art. 21(3), R19): the register
 * leaves the requester off every marketing list before any identity step. Implemented by the
 * fulfilment package, which calls the register outside any transaction.
 */
public interface MarketingObjections {

  /**
   * For a new OBJECTION to DIRECT_MARKETING: asks the register to take the only contact with the
   * requester's email off every marketing list; while the register is down, the retry job asks
   * again. Any other request is left as it is.
   */
  void received(UUID requestId);
}
