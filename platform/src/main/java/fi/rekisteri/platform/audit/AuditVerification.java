package fi.rekisteri.platform.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of a walk along the audit chain: whether every entry holds the hash of the one before
 * it and its own fields' hash, how many entries were walked, the first that did not hold and what
 * broke; the latest head published outside the database that the walk had to pass through, and how
 * many entries came after it (not yet published).
 */
public record AuditVerification(
    boolean valid,
    @Schema(description = "Entries walked, from the retention checkpoint to the head") long entries,
    @Schema(description = "The first entry that broke the chain, or the position that is missing")
        Long firstBrokenId,
    @Schema(description = "What broke the chain; null when it holds") ChainBreak broken,
    @Schema(
            description =
                "The latest signed head published outside the database (Kafka topic"
                    + " audit.heads); null before the first publication")
        PublishedHead publishedHead,
    @Schema(description = "Entries after the published head, not yet published")
        long unpublishedEntries,
    @Schema(
            description =
                "Records of this chain on the heads topic that were newer than the published head"
                    + " and failed their signature check: ignored, never trusted")
        int refusedPublications) {

  /** What broke the chain. */
  public enum ChainBreak {
    /** An entry does not name the hash of the one before it, or does not hash to what it stores. */
    ENTRY_ALTERED,
    /** The chain's head names a hash that the last entry does not have (entries gone). */
    HEAD_NOT_IN_CHAIN,
    /** Entries at or before the retention checkpoint or after the head: never verified. */
    ENTRIES_OUTSIDE_CHAIN,
    /** The latest published head is not in the database (rewritten, deleted or moved past). */
    PUBLISHED_HEAD_NOT_IN_DATABASE,
    /** The published heads could not be read: nothing to check the chain against. */
    PUBLISHED_HEADS_UNREADABLE
  }

  /** The latest published head: the last entry's id then, and when it was published. */
  public record PublishedHead(long position, @NotNull Instant at) {}
}
