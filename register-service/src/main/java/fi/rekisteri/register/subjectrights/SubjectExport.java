package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.disclosure.DisclosureView;
import fi.rekisteri.register.interaction.InteractionView;
import fi.rekisteri.register.invoice.InvoiceView;
import fi.rekisteri.register.mention.MentionPatterns;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.organisation.OrganisationView;
import fi.rekisteri.register.preference.PreferencesView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the register holds on one subject, for access and portability. */
public record SubjectExport(
    UUID subjectId,
    Instant exportedAt,
    ContactView contact,
    OrganisationView organisation,
    List<OrderView> orders,
    List<InvoiceView> invoices,
    PreferencesView preferences,
    List<InteractionView> interactions,
    List<LabelledSource> sources,
    List<DisclosureView> disclosures,
    Map<String, Long> auditSummary,
    @Schema(
            description =
                "Passages of other records' free text that mention the person (issue 19, 4),"
                    + " not redacted ones; other people's emails and phones masked as ***")
        List<ExportedMention> mentions) {

  /** A passage mentioning the person: where (CONTACT, INTERACTION, ORDER) and how it was found. */
  public record ExportedMention(
      String recordType, String field, MentionPatterns.MatchedBy matchedBy, String passage) {}

  public record LabelledSource(String record, Source source) {}
}
