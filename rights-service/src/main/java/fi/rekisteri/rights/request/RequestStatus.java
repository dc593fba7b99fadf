package fi.rekisteri.rights.request;

import java.util.EnumSet;
import java.util.Set;

public enum RequestStatus {
  RECEIVED,
  AWAITING_IDENTITY,
  IN_PROGRESS,
  WAITING_FOR_REGISTER,
  EXTENDED,
  ON_HOLD,
  COMPLETED,
  PARTIALLY_COMPLETED,
  REFUSED,
  WITHDRAWN;

  public static final Set<RequestStatus> OPEN =
      EnumSet.of(RECEIVED, AWAITING_IDENTITY, IN_PROGRESS, WAITING_FOR_REGISTER, EXTENDED, ON_HOLD);

  /** Statuses in which the request waits on something other than the DPO's own work. */
  public static final Set<RequestStatus> BLOCKED = EnumSet.of(WAITING_FOR_REGISTER, ON_HOLD);

  /** Closed with an answer to the subject; the figures count these. */
  public static final Set<RequestStatus> ANSWERED =
      EnumSet.of(COMPLETED, PARTIALLY_COMPLETED, REFUSED);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public boolean isTerminal() {
    return !isOpen();
  }
}
