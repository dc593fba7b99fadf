package fi.rekisteri.register.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record PaymentView(UUID id, LocalDate paidOn, BigDecimal amount) {}
