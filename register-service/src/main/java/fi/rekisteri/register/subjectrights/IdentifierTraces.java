package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.mention.MentionPatterns;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What is left of an erased person's identifiers outside her own records: the mentions of her in
 * other records' free text, which the erasure redacts, and the keyed hash of her email the
 * suppression list keeps.
 */
@ApplicationScoped
public class IdentifierTraces {

  private final MentionService mentions;
  private final KeyedHashes keyedHashes;

  public IdentifierTraces(MentionService mentions, KeyedHashes keyedHashes) {
    this.mentions = mentions;
    this.keyedHashes = keyedHashes;
  }

  void eraseMentions(UUID subjectId, MentionPatterns.Identifiers person, String requestId) {
    mentions.erase(subjectId, person, requestId);
  }

  /** The suppression list's entry for {@code email}; null for no email or no entry. */
  KeyedHash keyedHash(String email) {
    return keyedHashes.of(email);
  }
}
