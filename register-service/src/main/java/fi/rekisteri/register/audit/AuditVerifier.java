package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditChain;
import fi.rekisteri.platform.audit.AuditVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Walks the audit chain from the retention checkpoint to the head, a batch at a time: every entry
 * must name the hash of the one before it and hash to what it stores, and the last must be the
 * head. Entries appended during the walk are left for the next one.
 */
@ApplicationScoped
public class AuditVerifier {

  static final int BATCH = 500;

  private final AuditRepository repository;

  public AuditVerifier(AuditRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public AuditVerification verify() {
    AuditRepository.Head head = repository.head();
    String previous = head.anchorHash();
    long after = head.anchorId();
    long entries = 0;
    while (after < head.lastId()) {
      List<AuditRepository.Link> batch = repository.links(after, head.lastId(), BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (AuditRepository.Link link : batch) {
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
