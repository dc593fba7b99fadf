package fi.rekisteri.rights.request;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Counts received and closed requests; logs carry request ids, types and statuses only. */
@ApplicationScoped
public class RequestMetrics {

  private static final Logger LOG = Logger.getLogger(RequestMetrics.class);

  private final MeterRegistry registry;

  public RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void received(DataSubjectRequest request) {
    registry
        .counter(
            "rights.requests.received",
            "type",
            request.type().name(),
            "channel",
            request.channel().name())
        .increment();
    LOG.infof("request %s received: %s via %s", request.id(), request.type(), request.channel());
  }

  /** A request closed; {@code logged} false when the caller logs the closing itself. */
  public void closed(DataSubjectRequest request, boolean logged) {
    registry
        .counter(
            "rights.requests.closed",
            "type",
            request.type().name(),
            "status",
            request.status().name())
        .increment();
    if (logged) {
      LOG.infof("request %s closed as %s", request.id(), request.status());
    }
  }
}
