package fi.rekisteri.rights.request;

import java.time.Instant;

/** A step of the timeline: who ({@code actor}), when, what ({@code action}), why. */
public record TimelineEntry(
    int seq,
    Instant at,
    String actor,
    String action,
    RequestStatus fromStatus,
    RequestStatus toStatus,
    String reason,
    String detail) {}
