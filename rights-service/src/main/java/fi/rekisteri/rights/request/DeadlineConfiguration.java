package fi.rekisteri.rights.request;

import fi.rekisteri.rights.deadline.DeadlineCalculator;
import fi.rekisteri.rights.deadline.WorkingDays;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deadline calculator with the configured internal target. */
public class DeadlineConfiguration {

  @Produces
  @Singleton
  DeadlineCalculator deadlineCalculator(
      @ConfigProperty(name = "rekisteri.deadline.internal-target-working-days", defaultValue = "14")
          int targetWorkingDays) {
    return new DeadlineCalculator(new WorkingDays(), targetWorkingDays);
  }
}
