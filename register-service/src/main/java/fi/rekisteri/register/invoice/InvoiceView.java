package fi.rekisteri.register.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record InvoiceView(
    UUID id,
    String number,
    UUID orderId,
    UUID organisationId,
    UUID contactId,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal amount,
    String referenceNumber,
    InvoiceStatus status,
    List<PaymentView> payments,
    long version) {}
