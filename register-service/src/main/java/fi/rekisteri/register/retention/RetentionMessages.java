package fi.rekisteri.register.retention;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The description of each retention rule, in {@code messages/retention_fi.properties} and {@code
 * messages/retention_en.properties}: one message per rule, the period as its parameter.
 */
@MessageBundle(value = "retention", locale = "fi")
public interface RetentionMessages {

  @Message
  String customerByBillingYear(int years);

  @Message
  String customerByRelationshipEnd(int years);

  @Message
  String prospect(int months);

  @Message
  String consent(int months);

  @Message
  String erasureHold();

  @Message
  String accessCopy(int days);

  @Message
  String request(int years);

  @Message
  String suppression(int years);

  @Message
  String audit(int years);

  @Message
  String disclosure(int years, int voucherYears);
}
