package fi.rekisteri.rights.request;

import java.util.UUID;

/**
 * See docs/operations.md: a request that came by email or letter gets a one-time code at intake
 * when the requester's email identifies exactly one contact of the register: the register is
 * searched at once, and the code goes to the email the register holds, never to an address the
 * requester typed. Implemented by the fulfilment package, which calls the register outside any
 * transaction.
 */
public interface IntakeIdentityCodes {

  /**
   * For a new request by EMAIL or LETTER whose identity is not verified: searches the register and,
   * when one contact matches on email, sends the code. Anything else (another channel, no or
   * several matches, the register away, a limit reached) leaves the request for the DPO.
   */
  void received(UUID requestId);
}
