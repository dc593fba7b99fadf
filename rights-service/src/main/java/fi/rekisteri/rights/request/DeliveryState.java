package fi.rekisteri.rights.request;

/** Where a message to the requester is: waiting for the relay, accepted by it, or refused. */
public enum DeliveryState {
  QUEUED,
  SENT,
  FAILED
}
