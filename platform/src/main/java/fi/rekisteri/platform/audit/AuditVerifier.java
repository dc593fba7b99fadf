package fi.rekisteri.platform.audit;

import java.util.List;

/**
 * Walks the audit chain from the retention checkpoint to the head, a batch at a time: every entry
 * must name the hash of the one before it and hash to what it stores, and the last must be the
 * head. Entries appended during the walk are left for the next one.
 */
public final class AuditVerifier {

  static final int BATCH = 500;

  private AuditVerifier() {}

  /** Walks {@code repository}'s chain; call it in one transaction (a consistent snapshot). */
  public static AuditVerification verify(AuditLinks repository) {
    AuditLinks.Head head = repository.head();
    String previous = head.anchorHash();
    long after = head.anchorId();
    long entries = 0;
    while (after < head.lastId()) {
      List<AuditLinks.Link> batch = repository.links(after, head.lastId(), BATCH);
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
          return new AuditVerification(false, entries, link.id());
        }
        previous = link.hash();
        after = link.id();
        entries++;
      }
    }
    if (!previous.equals(head.lastHash())) {
      // the newest entries are gone: the head names a hash no remaining entry has
      return new AuditVerification(false, entries, head.lastId());
    }
    return new AuditVerification(true, entries, null);
  }
}
