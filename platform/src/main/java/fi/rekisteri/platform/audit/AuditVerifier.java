package fi.rekisteri.platform.audit;

import fi.rekisteri.platform.audit.AuditVerification.ChainBreak;
import java.util.List;

/**
 * Walks the audit chain from the retention checkpoint to the head, a batch at a time: every entry
 * must name the hash of the one before it and hash to what it stores, the last must be the head, no
 * entry may lie outside that range, and the walk must pass through the latest head published
 * outside the database ({@link AuditHead}): at its position, the entry there must have its hash.
 */
public final class AuditVerifier {

  static final int BATCH = 500;

  private AuditVerifier() {}

  /** The end of a walk: where it stopped, and the entry that broke it (null when none did). */
  record Walk(long entries, long unpublished, boolean passed, Long brokenId, String lastHash) {}

  /** Walks {@code links} without a published head (none yet, or the heads unreadable). */
  public static AuditVerification verify(AuditLinks links) {
    return verify(links, null, 0);
  }

  /**
   * Walks {@code links}' chain against the latest published head ({@code published}, null when none
   * was published); call it in one REPEATABLE READ transaction (a consistent snapshot).
   */
  public static AuditVerification verify(AuditLinks links, AuditHead published, int refused) {
    AuditLinks.Head head = links.head();
    Walk walk = walk(links, head.anchorId(), head.anchorHash(), head.lastId(), published);
    ChainBreak broken = null;
    Long brokenId = walk.brokenId();
    if (brokenId != null) {
      broken = ChainBreak.ENTRY_ALTERED;
    } else if (!walk.lastHash().equals(head.lastHash())) {
      // the newest entries are gone: the head names a hash no remaining entry has
      broken = ChainBreak.HEAD_NOT_IN_CHAIN;
      brokenId = head.lastId();
    } else {
      Long outside = links.firstOutside(head.anchorId(), head.lastId());
      if (outside != null) {
        // e.g. the checkpoint moved forward over entries that were never pruned
        broken = ChainBreak.ENTRIES_OUTSIDE_CHAIN;
        brokenId = outside;
      } else if (!walk.passed()) {
        broken = ChainBreak.PUBLISHED_HEAD_NOT_IN_DATABASE;
        brokenId = published.position();
      }
    }
    return new AuditVerification(
        broken == null,
        walk.entries(),
        brokenId,
        broken,
        published == null
            ? null
            : new AuditVerification.PublishedHead(published.position(), published.at()),
        walk.unpublished(),
        refused);
  }

  /**
   * Walks from {@code fromId} (whose hash is {@code fromHash}) to {@code toId}; whether the walk
   * passed through {@code published} (trivially when null; also when it is where the walk starts).
   */
  static Walk walk(AuditLinks links, long fromId, String fromHash, long toId, AuditHead published) {
    boolean passed =
        published == null || (published.position() == fromId && published.hash().equals(fromHash));
    String previous = fromHash;
    long after = fromId;
    long entries = 0;
    long unpublished = 0;
    while (after < toId) {
      List<AuditLinks.Link> batch = links.links(after, toId, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (AuditLinks.Link link : batch) {
        String expected =
            AuditChain.hash(
                previous,
                link.id(),
                link.occurredAt(),
                link.actor(),
                link.role(),
                link.subjectId(),
                link.action(),
                link.resource(),
                link.purpose());
        if (!previous.equals(link.prevHash()) || !expected.equals(link.hash())) {
          return new Walk(entries, unpublished, passed, link.id(), previous);
        }
        if (published != null && link.id() == published.position()) {
          passed = link.hash().equals(published.hash());
        }
        if (published == null || link.id() > published.position()) {
          unpublished++;
        }
        previous = link.hash();
        after = link.id();
        entries++;
      }
    }
    return new Walk(entries, unpublished, passed, null, previous);
  }
}
