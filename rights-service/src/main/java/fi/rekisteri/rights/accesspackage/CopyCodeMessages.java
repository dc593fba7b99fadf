package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.RequestStatus;
import fi.rekisteri.rights.request.TimelineAction;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The readable copy's words for codes, in {@code messages/copycodes_fi.properties} and {@code
 * messages/copycodes_en.properties}: one message per constant, so no code reaches a copy. The
 * labels and sentences are {@link CopyMessages}.
 */
@MessageBundle(value = "copycodes", locale = "fi")
public interface CopyCodeMessages {
  @Message
  String auditPurpose(CopyCodes.AuditPurpose code);

  @Message
  String receivedData(CopyCodes.Received code);

  @Message
  String sourceChannel(CopyCodes.SourceChannel code);

  @Message
  String interactionKind(CopyCodes.InteractionKind code);

  @Message
  String invoiceStatus(CopyCodes.InvoiceStatus code);

  @Message
  String preferenceKind(CopyCodes.PreferenceKind code);

  @Message
  String marketingChannel(CopyCodes.MarketingChannel code);

  @Message
  String listPurpose(CopyCodes.ListPurpose purpose);

  @Message
  String listCategories(CopyCodes.ListPurpose purpose);

  @Message
  String legalBasis(CopyCodes.LegalBasis code);

  @Message
  String auditAction(CopyCodes.AuditAction code);

  @Message
  String requestType(RequestType code);

  @Message
  String requestStatus(RequestStatus code);

  @Message
  String requestChannel(Channel code);

  @Message
  String timelineAction(TimelineAction code);
}
