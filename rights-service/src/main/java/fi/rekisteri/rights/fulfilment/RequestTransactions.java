package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestMapper;
import fi.rekisteri.rights.request.RequestRepository;
import fi.rekisteri.rights.request.RequestService;
import fi.rekisteri.rights.request.RequestView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The short transactions around a register call: a register call never runs inside a database
 * transaction, so the request is read in one and the outcome recorded in another.
 */
@ApplicationScoped
class RequestTransactions {

  private final RequestRepository repository;
  private final RequestMapper views;

  RequestTransactions(RequestRepository repository, RequestMapper views) {
    this.repository = repository;
    this.views = views;
  }

  /** One transaction, flushed inside so that a concurrent change fails as a 409, not at commit. */
  <T> T tx(Supplier<T> work) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              T result = work.get();
              repository.flush();
              return result;
            });
  }

  DataSubjectRequest find(java.util.UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request"));
  }

  RequestView flushed(DataSubjectRequest request) {
    return views.flushed(request);
  }

  void flagRepeat(DataSubjectRequest request, String actor, Instant now) {
    RequestService.flagRepeat(repository, request, actor, now);
  }

  RequestRepository repository() {
    return repository;
  }
}
