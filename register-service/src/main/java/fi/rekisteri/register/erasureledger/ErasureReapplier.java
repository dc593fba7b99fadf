package fi.rekisteri.register.erasureledger;

import fi.rekisteri.register.subjectrights.SubjectRightsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** One ledger entry against this database, in one transaction with its record of re-application. */
@ApplicationScoped
public class ErasureReapplier {

  private final SubjectRightsService rights;
  private final ErasureLedgerRepository repository;

  public ErasureReapplier(SubjectRightsService rights, ErasureLedgerRepository repository) {
    this.rights = rights;
    this.repository = repository;
  }

  /** The re-application, or empty when this database already holds the erasure or the subject. */
  @ActivateRequestContext
  @Transactional
  public Optional<ErasureLedgerRepository.Reapplied> reapply(ErasureLedgerEntry entry) {
    // instances starting together after a restore take the entries one at a time: the second
    // finds the erasure in the command log instead of colliding with the first
    repository.lockReapplication();
    return rights
        .reapplyErasure(entry.subjectId(), entry.requestId())
        .map(
            result -> {
              ErasureLedgerRepository.Reapplied reapplied =
                  new ErasureLedgerRepository.Reapplied(
                      entry.subjectId(),
                      entry.requestId(),
                      entry.erasedAt(),
                      Instant.now(),
                      result.outcome().name());
              repository.recordReapplied(reapplied);
              return reapplied;
            });
  }
}
