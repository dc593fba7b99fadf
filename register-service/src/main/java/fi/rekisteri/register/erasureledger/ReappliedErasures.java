package fi.rekisteri.register.erasureledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the DPO is shown: the ledger, the last check at startup and the erasures made again. */
@ApplicationScoped
public class ReappliedErasures {

  static final int LIMIT = 200;

  /**
   * @param lastCheck null until the check at startup finished (the service does not serve before)
   * @param items newest first, at most 200
   */
  public record Report(
      String service,
      String ledgerTopic,
      int ledgerRetentionDays,
      ErasureReapplication.LastCheck lastCheck,
      List<ErasureLedgerRepository.Reapplied> items) {}

  private final ErasureLedgerTopic topic;
  private final ErasureReapplication reapplication;
  private final ErasureLedgerRepository repository;

  public ReappliedErasures(
      ErasureLedgerTopic topic,
      ErasureReapplication reapplication,
      ErasureLedgerRepository repository) {
    this.topic = topic;
    this.reapplication = reapplication;
    this.repository = repository;
  }

  @Transactional
  public Report report() {
    return new Report(
        "register",
        topic.name(),
        topic.retentionDays(),
        reapplication.lastCheck().orElse(null),
        repository.reapplied(LIMIT));
  }
}
