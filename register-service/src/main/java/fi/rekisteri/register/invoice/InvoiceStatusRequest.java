package fi.rekisteri.register.invoice;

import jakarta.validation.constraints.NotNull;

public record InvoiceStatusRequest(@NotNull InvoiceStatus status) {}
