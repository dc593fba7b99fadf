package fi.rekisteri.rights.request;

import java.util.UUID;

/**
 * The DPO recorded the requester's identity by another method than a one-time code, in the
 * transaction that records it: a code still waiting to be sent is void (the delivery package
 * withdraws it, with the address and the name it would carry).
 */
public record IdentityVerifiedOtherwise(UUID requestId) {}
