package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * R10: when the retention after the end of the customer relationship has run out, the person is
 * erased automatically, with the same holds as a request (open claims, accounting vouchers).
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class);

  private final ContactRepository contacts;
  private final SubjectRightsService rights;
  private final int years;

  public RetentionJob(
      ContactRepository contacts,
      SubjectRightsService rights,
      @ConfigProperty(name = "rekisteri.retention.years-after-relationship", defaultValue = "10")
          int years) {
    this.contacts = contacts;
    this.rights = rights;
    this.years = years;
  }

  @Scheduled(
      cron = "{rekisteri.retention.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    run(LocalDate.now(ZoneId.of("Europe/Helsinki")));
  }

  /**
   * Erases everyone whose relationship ended more than the retention period before {@code today}.
   */
  @ActivateRequestContext
  public int run(LocalDate today) {
    LocalDate endedBefore = today.minusYears(years);
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    contacts.list("erasedAt is null and relationshipEnd < ?1", endedBefore).stream()
                        .map(Contact::id)
                        .toList());
    for (UUID id : due) {
      rights.erase(id, "retention-" + today + "-" + id);
    }
    if (!due.isEmpty()) {
      LOG.infof("retention: %d contacts past retention erased or reduced", due.size());
    }
    return due.size();
  }
}
