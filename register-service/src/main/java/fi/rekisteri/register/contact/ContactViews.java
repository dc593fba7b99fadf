package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Contact} is read out: as the API's view, as a full request (for validating a partial
 * change) and as the identifiers an erasure looks for. Reads the entity's fields, changes none;
 * called by the contact's own methods only, so it always sees a loaded contact: the managed entity,
 * or the unmanaged one {@link ContactRows} fills from a row for the read of one contact (one
 * mapping to the view for both).
 */
final class ContactViews {

  private ContactViews() {}

  static ContactView view(Contact c, String suppression, boolean withCauses) {
    return new ContactView(
        c.id,
        c.firstName,
        c.lastName,
        c.title,
        c.organisationId,
        c.email,
        c.phone,
        postal(c),
        billing(c),
        c.worksite,
        c.caseNumber,
        c.notes,
        c.supplementaryStatement,
        c.relationshipStart,
        c.relationshipEnd,
        new Source(c.sourceChannel, c.sourceCollectedAt),
        restriction(c, withCauses),
        c.objection.view(),
        c.erasedAt,
        suppression,
        c.version,
        c.createdAt,
        c.updatedAt);
  }

  private static ContactView.Restriction restriction(Contact c, boolean withCauses) {
    if (!c.restricted) {
      // no cause is left on a contact that is not restricted (Contact.lift), so its causes are
      // not loaded: a read of an unrestricted contact is one query, not two
      return new ContactView.Restriction(
          false, null, c.restrictedAt, withCauses ? List.of() : null);
    }
    List<RestrictionRecord> causes = c.restrictionCauses;
    return new ContactView.Restriction(
        c.restricted,
        causes.isEmpty() ? null : causes.get(causes.size() - 1).reason,
        c.restrictedAt,
        withCauses ? causes.stream().map(RestrictionRecord::view).toList() : null);
  }

  static ContactRequest request(Contact c) {
    return new ContactRequest(
        c.firstName,
        c.lastName,
        c.title,
        c.organisationId,
        c.email,
        c.phone,
        postal(c),
        billing(c),
        c.worksite,
        c.caseNumber,
        c.notes,
        c.relationshipStart,
        c.relationshipEnd,
        new Source(c.sourceChannel, c.sourceCollectedAt));
  }

  static ContactIdentifiers identifiers(Contact c) {
    List<String> streets = new ArrayList<>();
    if (c.postalStreet != null && !c.postalStreet.isBlank()) {
      streets.add(c.postalStreet);
    }
    if (c.billingStreet != null && !c.billingStreet.isBlank()) {
      streets.add(c.billingStreet);
    }
    return new ContactIdentifiers(c.email, c.phone, c.firstName, c.lastName, List.copyOf(streets));
  }

  private static Address postal(Contact c) {
    return Address.ofNullable(c.postalStreet, c.postalPostalCode, c.postalCity);
  }

  private static Address billing(Contact c) {
    return Address.ofNullable(c.billingStreet, c.billingPostalCode, c.billingCity);
  }
}
