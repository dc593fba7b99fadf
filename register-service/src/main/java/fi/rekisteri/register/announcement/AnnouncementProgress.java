package fi.rekisteri.register.announcement;

import java.time.Instant;

/**
 * How far the email announcement of a privacy notice version is: counts of its messages (one per
 * eligible contact). A version that is not significant is not announced: {@code significant} false
 * and every count 0. {@code startedAt} is null until the job has started the announcement, {@code
 * queuedAll} while contacts are still being queued; {@code failed} counts messages that failed and
 * wait for a retry or were given up.
 */
public record AnnouncementProgress(
    int version,
    boolean significant,
    Instant startedAt,
    Instant queuedAll,
    long queued,
    long sent,
    long failed,
    long skipped) {}
