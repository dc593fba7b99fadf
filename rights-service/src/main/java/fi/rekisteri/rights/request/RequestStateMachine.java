package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestStatus.AWAITING_IDENTITY;
import static fi.rekisteri.rights.request.RequestStatus.COMPLETED;
import static fi.rekisteri.rights.request.RequestStatus.EXTENDED;
import static fi.rekisteri.rights.request.RequestStatus.IN_PROGRESS;
import static fi.rekisteri.rights.request.RequestStatus.ON_HOLD;
import static fi.rekisteri.rights.request.RequestStatus.PARTIALLY_COMPLETED;
import static fi.rekisteri.rights.request.RequestStatus.RECEIVED;
import static fi.rekisteri.rights.request.RequestStatus.REFUSED;
import static fi.rekisteri.rights.request.RequestStatus.WAITING_FOR_REGISTER;
import static fi.rekisteri.rights.request.RequestStatus.WITHDRAWN;

import fi.rekisteri.rights.common.DomainException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status transitions of a request. EXTENDED means "in progress with the extended
 * deadline"; COMPLETED, PARTIALLY_COMPLETED, REFUSED and WITHDRAWN are final.
 */
public final class RequestStateMachine {

  private static final Map<RequestStatus, EnumSet<RequestStatus>> ALLOWED =
      new EnumMap<>(RequestStatus.class);

  static {
    ALLOWED.put(
        RECEIVED,
        EnumSet.of(
            AWAITING_IDENTITY,
            IN_PROGRESS,
            EXTENDED,
            WAITING_FOR_REGISTER,
            ON_HOLD,
            COMPLETED,
            REFUSED,
            WITHDRAWN));
    ALLOWED.put(
        AWAITING_IDENTITY,
        EnumSet.of(
            IN_PROGRESS, EXTENDED, WAITING_FOR_REGISTER, ON_HOLD, COMPLETED, REFUSED, WITHDRAWN));
    ALLOWED.put(
        IN_PROGRESS,
        EnumSet.of(
            AWAITING_IDENTITY,
            EXTENDED,
            WAITING_FOR_REGISTER,
            ON_HOLD,
            COMPLETED,
            PARTIALLY_COMPLETED,
            REFUSED,
            WITHDRAWN));
    ALLOWED.put(
        EXTENDED,
        EnumSet.of(
            AWAITING_IDENTITY,
            WAITING_FOR_REGISTER,
            ON_HOLD,
            COMPLETED,
            PARTIALLY_COMPLETED,
            REFUSED,
            WITHDRAWN));
    ALLOWED.put(
        WAITING_FOR_REGISTER,
        EnumSet.of(
            RECEIVED,
            AWAITING_IDENTITY,
            IN_PROGRESS,
            EXTENDED,
            ON_HOLD,
            COMPLETED,
            PARTIALLY_COMPLETED,
            REFUSED,
            WITHDRAWN));
    ALLOWED.put(
        ON_HOLD,
        EnumSet.of(
            RECEIVED,
            AWAITING_IDENTITY,
            IN_PROGRESS,
            EXTENDED,
            WAITING_FOR_REGISTER,
            REFUSED,
            WITHDRAWN));
    for (RequestStatus status : RequestStatus.values()) {
      ALLOWED.putIfAbsent(status, EnumSet.noneOf(RequestStatus.class));
    }
  }

  private RequestStateMachine() {}

  public static boolean allows(RequestStatus from, RequestStatus to) {
    return from != null && to != null && ALLOWED.get(from).contains(to);
  }

  public static Set<RequestStatus> next(RequestStatus from) {
    return EnumSet.copyOf(ALLOWED.get(from));
  }

  /** Refuses an illegal transition with 409; the message names the statuses, nothing personal. */
  public static void check(RequestStatus from, RequestStatus to) {
    if (!allows(from, to)) {
      throw DomainException.conflict("A request in status " + from + " cannot move to " + to + ".");
    }
  }
}
