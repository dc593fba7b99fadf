package fi.rekisteri.register.controller;

import fi.rekisteri.register.outbox.DomainEvent;

/** Events about the controller profile, on topic {@code controller.events}; no subject. */
public sealed interface ControllerEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "controller";
  }

  record ControllerProfileUpdated(int profileVersion) implements ControllerEvent {}
}
