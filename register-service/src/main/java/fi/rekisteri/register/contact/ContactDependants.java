package fi.rekisteri.register.contact;

import java.util.UUID;

/**
 * An aggregate that refers to contacts (orders, invoices, interactions, preference changes): it
 * answers how many of its records a contact has, so that a contact with any is never deleted, only
 * erased through a data-subject request. Each aggregate's repository implements it; the contact
 * package names none of them.
 */
public interface ContactDependants {

  /** How many of this aggregate's records refer to the contact. */
  long countForContact(UUID contactId);
}
