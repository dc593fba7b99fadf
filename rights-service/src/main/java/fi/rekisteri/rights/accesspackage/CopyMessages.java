package fi.rekisteri.rights.accesspackage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the readable copy, in {@code messages/copy_fi.properties} and {@code
 * messages/copy_en.properties}: every label and sentence; the codes are worded in {@link
 * CopyCodeMessages}, one message per constant.
 */
@MessageBundle(value = "copy", locale = "fi")
public interface CopyMessages {

  @Message
  String copyTitle();

  @Message
  String portabilityTitle();

  /** See docs/promises.md: passages of other customers' records that mention the person. */
  @Message
  String mentionsHeading();

  @Message
  String mentionsIntro();

  @Message
  String mentionInContact();

  @Message
  String mentionInInteraction();

  @Message
  String mentionInOrder();

  @Message
  String mentionPassageLabel();

  @Message
  String mentionFoundByLabel();

  @Message
  String mentionFoundByEmail();

  @Message
  String mentionFoundByPhone();

  @Message
  String mentionFoundByName();

  @Message
  String generatedOn(String when);

  @Message
  String reference(String id);

  @Message
  String controllerHeading();

  @Message
  String processingHeading();

  @Message
  String yourDataHeading();

  @Message
  String organisationHeading();

  @Message
  String ordersHeading();

  @Message
  String invoicesHeading();

  @Message
  String preferencesHeading();

  @Message
  String interactionsHeading();

  @Message
  String disclosuresHeading();

  @Message
  String readsHeading();

  @Message
  String readsIntro();

  @Message
  String readsCountsIntro();

  /** More log entries than the copy lists: how many are left out. */
  @Message
  String logMore(long more, int shown);

  /** One log entry: when, what, and the purpose as recorded (C-579/21). */
  @Message
  String logLine(String when, String action, String purpose);

  @Message
  String logLineNoPurpose(String when, String action);

  /** A processor: who, why, and what it receives. */
  @Message
  String processorLine(String name, String purpose, String categories);

  @Message
  String recipientLine(String name, String purpose, String categories);

  @Message
  String partyLine(String name, String purpose);

  // retention periods, one line per category the copy shows, from the enforced values

  @Message
  String retentionCustomerRelationshipEnd(int years);

  @Message
  String retentionCustomerBillingYear(int years);

  @Message
  String retentionProspect(int months);

  @Message
  String retentionVouchers(int years);

  @Message
  String retentionConsent(int months);

  @Message
  String retentionDisclosures(int years);

  @Message
  String retentionLog(int years);

  @Message
  String retentionRequests(int years);

  @Message
  String retentionCopy(int days);

  @Message
  String retentionSuppression(int years);

  @Message
  String retentionErasureLedger(String days);

  @Message
  String retentionErasureLedgerYears(int years, String days);

  @Message
  String requestsHeading();

  @Message
  String noEntries();

  @Message
  String purposesLabel();

  @Message
  String categoriesLabel();

  @Message
  String recipientsLabel();

  @Message
  String processorsLabel();

  @Message
  String processorsIntro();

  @Message
  String transfersLabel();

  @Message
  String retentionLabel();

  @Message
  String sourcesLabel();

  @Message
  String automatedLabel();

  @Message
  String rightsLabel();

  @Message
  String rightsText();

  @Message
  String complaintLabel();

  @Message
  String complaintText();

  @Message
  String legalNameLabel();

  @Message
  String businessIdLabel();

  @Message
  String addressLabel();

  @Message
  String phoneLabel();

  @Message
  String emailLabel();

  @Message
  String personInChargeLabel();

  @Message
  String registerNameLabel();

  @Message
  String noticeLabel();

  @Message
  String noticeVersion(String number, String date);

  @Message
  String firstNameLabel();

  @Message
  String lastNameLabel();

  @Message
  String titleLabel();

  @Message
  String postalAddressLabel();

  @Message
  String billingAddressLabel();

  @Message
  String visitingAddressLabel();

  @Message
  String worksiteLabel();

  @Message
  String caseNumberLabel();

  @Message
  String notesLabel();

  /** The person's supplementary statement to her data (GDPR Art. 16). */
  @Message
  String supplementaryStatementLabel();

  @Message
  String relationshipStartLabel();

  @Message
  String relationshipEndLabel();

  @Message
  String sourceLabel();

  @Message
  String sourceValue(String channel, String date);

  @Message
  String restrictionLabel();

  @Message
  String restrictedSince(String date);

  @Message
  String objectionLabel();

  @Message
  String objectedSince(String date);

  @Message
  String nameLabel();

  @Message
  String orderHeading(String number, String date);

  @Message
  String summaryLabel();

  @Message
  String totalLabel();

  @Message
  String invoiceHeading(String number);

  @Message
  String issueDateLabel();

  @Message
  String dueDateLabel();

  @Message
  String amountLabel();

  @Message
  String referenceNumberLabel();

  @Message
  String statusLabel();

  @Message
  String paymentLine(String date, String amount);

  @Message
  String consentLabel();

  @Message
  String noConsent();

  @Message
  String banned();

  @Message
  String notBanned();

  @Message
  String historyHeading(String kind);

  @Message
  String channelLabel();

  @Message
  String decisionLabel();

  @Message
  String granted();

  @Message
  String withdrawn();

  @Message
  String recordedLabel();

  @Message
  String interactionHeading(String kind, String when);

  @Message
  String disclosureHeading(String recipient, String date);

  @Message
  String purposeLabel();

  @Message
  String dataCategoriesLabel();

  @Message
  String requestHeading(String type, String date);

  @Message
  String requestChannelLabel();

  @Message
  String requestDueLabel();

  @Message
  String detailsLabel();

  @Message
  String timelineLine(String when, String action);

  @Message
  String yes();

  @Message
  String no();
}
