package fi.rekisteri.register.organisation;

import fi.rekisteri.register.outbox.DomainEvent;

/** Events about a customer organisation, on topic {@code organisation.events}; no subject. */
public sealed interface OrganisationEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "organisation";
  }

  record OrganisationCreated() implements OrganisationEvent {}

  record OrganisationUpdated() implements OrganisationEvent {}

  record OrganisationDeleted() implements OrganisationEvent {}
}
