package fi.rekisteri.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The chain as a service stores it, as {@link AuditVerifier} reads it. */
public interface AuditLinks {

  /** One link of the chain as stored: the fields the hash covers and the two hashes. */
  record Link(
      long id,
      Instant occurredAt,
      String actor,
      String role,
      UUID subjectId,
      String action,
      String resource,
      String purpose,
      String prevHash,
      String hash) {}

  /** Where verification starts (the checkpoint pruning left) and where the chain ends. */
  record Head(long anchorId, String anchorHash, long lastId, String lastHash) {}

  Head head();

  /** The links after {@code afterId} up to {@code lastId}, in id order, at most {@code limit}. */
  List<Link> links(long afterId, long lastId, int limit);

  /**
   * The smallest id of an entry outside the chain's range: at or before the retention checkpoint
   * (pruning deletes all of those) or after the head; null when there is none.
   */
  Long firstOutside(long anchorId, long lastId);

  /** The stored hash of the entry {@code id}, or null when there is no such entry. */
  String hashAt(long id);
}
