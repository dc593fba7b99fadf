package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.organisation.OrganisationEvent.OrganisationCreated;
import fi.rekisteri.register.organisation.OrganisationEvent.OrganisationDeleted;
import fi.rekisteri.register.organisation.OrganisationEvent.OrganisationUpdated;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository repository;
  private final Outbox outbox;

  public OrganisationService(OrganisationRepository repository, Outbox outbox) {
    this.repository = repository;
    this.outbox = outbox;
  }

  @Transactional
  public OrganisationView create(OrganisationRequest request) {
    requireUniqueBusinessId(request.businessId(), null);
    Organisation organisation = new Organisation(UUID.randomUUID(), request);
    repository.persist(organisation);
    outbox.publish(organisation.id(), null, new OrganisationCreated());
    repository.flush();
    return organisation.view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrganisationView> find(UUID id) {
    return repository.findByIdOptional(id).map(Organisation::view);
  }

  @Transactional
  public OrganisationView update(UUID id, long expectedVersion, OrganisationRequest request) {
    Organisation organisation =
        repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("organisation"));
    if (organisation.version() != expectedVersion) {
      throw DomainException.staleVersion();
    }
    requireUniqueBusinessId(request.businessId(), id);
    organisation.apply(request);
    outbox.publish(id, null, new OrganisationUpdated());
    repository.flush();
    return organisation.view();
  }

  @Transactional
  public void delete(UUID id) {
    Organisation organisation =
        repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("organisation"));
    long references =
        repository
            .getEntityManager()
            .createQuery("select count(c) from Contact c where c.organisationId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (references > 0) {
      throw DomainException.conflict("The organisation still has contact persons.");
    }
    repository.delete(organisation);
    outbox.publish(id, null, new OrganisationDeleted());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<OrganisationView> list(String cursor, String name, Integer limit) {
    int size = Cursor.limit(limit);
    return Page.of(
        repository.page(Cursor.decode(cursor), name, size),
        size,
        Organisation::id,
        Organisation::view);
  }

  private void requireUniqueBusinessId(String businessId, UUID self) {
    if (businessId == null) {
      return;
    }
    repository
        .findByBusinessId(businessId)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new DomainException(
                  409, "Conflict", "An organisation with this Y-tunnus exists.", "businessId");
            });
  }
}
