package fi.rekisteri.register.announcement;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * How far the email announcement of a significant privacy notice version is: counts of its messages
 * (one per eligible contact). {@code queuedAll} is null while contacts are still being queued;
 * {@code failed} counts messages that failed and wait for a retry or were given up.
 */
public record AnnouncementProgress(
    int version,
    @NotNull Instant startedAt,
    Instant queuedAll,
    long queued,
    long sent,
    long failed,
    long skipped) {}
