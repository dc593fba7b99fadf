package fi.rekisteri.register.order;

import fi.rekisteri.register.common.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record OrderView(
    UUID id,
    String number,
    LocalDate orderDate,
    UUID organisationId,
    UUID contactId,
    String worksite,
    String summary,
    BigDecimal total,
    String currency,
    Source source,
    long version) {}
