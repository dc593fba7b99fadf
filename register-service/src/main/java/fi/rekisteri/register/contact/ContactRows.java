package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.SourceChannel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One contact read as a row, for a read that changes nothing (issue 20): one prepared query on the
 * caller's connection, no session, no managed entity, no dirty check or flush. The row fills an
 * unmanaged {@link Contact} column for column as the entity's mapping does, so the view is built by
 * the one {@link ContactViews} of every other path; ContactRowsTest compares every field of the
 * two. The causes of a restriction come in the same query (joined only when the contact is
 * restricted, as the entity loads them only then), oldest first as the entity's {@code @OrderBy}.
 */
final class ContactRows {

  private static final String SELECT =
      "SELECT c.id, c.first_name, c.last_name, c.title, c.organisation_id, c.email, c.phone,"
          + " c.postal_street, c.postal_postal_code, c.postal_city, c.billing_street,"
          + " c.billing_postal_code, c.billing_city, c.worksite, c.case_number, c.notes,"
          + " c.supplementary_statement, c.relationship_start, c.relationship_end,"
          + " c.source_channel, c.source_collected_at, c.restricted, c.restricted_at,"
          + " c.objected_direct_marketing, c.objection_situation, c.objected_at, c.erased_at,"
          + " c.partially_erased_at, c.version, c.created_at, c.updated_at,"
          + " r.request_id, r.kind, r.reason, r.since, r.ends_on"
          + " FROM contact c"
          + " LEFT JOIN contact_restriction_cause r ON c.restricted AND r.contact_id = c.id"
          + " WHERE c.id = ?"
          + " ORDER BY r.since, r.request_id";

  private ContactRows() {}

  /** The contact as stored, erased or not; empty if there is none. Not managed by any session. */
  static Optional<Contact> find(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SELECT)) {
      query.setObject(1, id);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Contact contact = contact(rows);
        do {
          if (rows.getString("kind") != null) {
            contact.restrictionCauses.add(cause(rows));
          }
        } while (rows.next());
        return Optional.of(contact);
      }
    }
  }

  private static Contact contact(ResultSet row) throws SQLException {
    Contact c = new Contact();
    c.id = row.getObject("id", UUID.class);
    c.firstName = row.getString("first_name");
    c.lastName = row.getString("last_name");
    c.title = row.getString("title");
    c.organisationId = row.getObject("organisation_id", UUID.class);
    c.email = row.getString("email");
    c.phone = row.getString("phone");
    c.postalStreet = row.getString("postal_street");
    c.postalPostalCode = row.getString("postal_postal_code");
    c.postalCity = row.getString("postal_city");
    c.billingStreet = row.getString("billing_street");
    c.billingPostalCode = row.getString("billing_postal_code");
    c.billingCity = row.getString("billing_city");
    c.worksite = row.getString("worksite");
    c.caseNumber = row.getString("case_number");
    c.notes = row.getString("notes");
    c.supplementaryStatement = row.getString("supplementary_statement");
    c.relationshipStart = row.getObject("relationship_start", LocalDate.class);
    c.relationshipEnd = row.getObject("relationship_end", LocalDate.class);
    String channel = row.getString("source_channel");
    c.sourceChannel = channel == null ? null : SourceChannel.valueOf(channel);
    c.sourceCollectedAt = instant(row, "source_collected_at");
    c.restricted = row.getBoolean("restricted");
    c.restrictedAt = instant(row, "restricted_at");
    c.objection.directMarketing = row.getBoolean("objected_direct_marketing");
    c.objection.situation = row.getString("objection_situation");
    c.objection.objectedAt = instant(row, "objected_at");
    c.erasedAt = instant(row, "erased_at");
    c.partiallyErasedAt = instant(row, "partially_erased_at");
    c.version = row.getLong("version");
    c.createdAt = instant(row, "created_at");
    c.updatedAt = instant(row, "updated_at");
    return c;
  }

  private static RestrictionRecord cause(ResultSet row) throws SQLException {
    RestrictionRecord cause =
        new RestrictionRecord(
            row.getString("request_id"),
            RestrictionCause.valueOf(row.getString("kind")),
            row.getString("reason"),
            instant(row, "since"));
    cause.endsOn = row.getObject("ends_on", LocalDate.class);
    return cause;
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
