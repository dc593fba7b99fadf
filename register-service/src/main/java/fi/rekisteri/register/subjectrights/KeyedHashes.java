package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Suppressions;
import fi.rekisteri.register.retention.RetentionService;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an erasure keeps of the person's email on the suppression list, and until when: the day the
 * retention job deletes it under the controller profile's {@code suppressionYears}, or none while
 * an objection to direct marketing stands. The letter tells the person (docs/promises.md).
 */
@ApplicationScoped
public class KeyedHashes {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private final Suppressions suppressions;
  private final RetentionService retention;

  public KeyedHashes(Suppressions suppressions, RetentionService retention) {
    this.suppressions = suppressions;
    this.retention = retention;
  }

  /** The entry that recognises {@code email} now; null for no email or no entry. */
  @Transactional(Transactional.TxType.MANDATORY)
  public KeyedHash of(String email) {
    return suppressions
        .entryFor(email)
        .map(
            entry ->
                Suppressions.OBJECTION.equals(entry.reason())
                    ? new KeyedHash(Suppressions.OBJECTION, null)
                    : new KeyedHash(
                        Suppressions.ERASED,
                        lastDay(LocalDate.ofInstant(entry.createdAt(), HELSINKI))))
        .orElse(null);
  }

  /**
   * An entry made on {@code made} is deleted by the first run on which it is older than the start
   * of {@code today - suppressionYears} (RetentionService.deleteSuppressions): it is kept through
   * {@code made + suppressionYears}.
   */
  LocalDate lastDay(LocalDate made) {
    return made.plusYears(retention.policy().suppressionYears());
  }
}
