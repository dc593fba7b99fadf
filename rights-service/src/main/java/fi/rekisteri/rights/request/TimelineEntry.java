package fi.rekisteri.rights.request;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of the timeline: who ({@code actor}), when, what ({@code action}), why. {@code reason} and
 * {@code detail} are text in the language asked (Accept-Language fi or en): a note the service
 * wrote is worded from its code ({@code reasonNote}, {@code detailNote}); what a person typed is
 * shown as typed, without a note.
 */
public record TimelineEntry(
    int seq,
    Instant at,
    String actor,
    String action,
    RequestStatus fromStatus,
    RequestStatus toStatus,
    @Schema(
            description =
                "Why, in the language asked (Accept-Language fi or en); the DPO's own words as"
                    + " typed")
        String reason,
    @Schema(description = "What exactly, in the language asked (Accept-Language fi or en)")
        String detail,
    @Schema(description = "The code and parameters of the reason when the service wrote it")
        TimelineNote reasonNote,
    @Schema(description = "The code and parameters of the detail when the service wrote it")
        TimelineNote detailNote) {}
