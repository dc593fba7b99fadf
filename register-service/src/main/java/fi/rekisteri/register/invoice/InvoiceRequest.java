package fi.rekisteri.register.invoice;

import fi.rekisteri.register.validation.PlausibleDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InvoiceRequest(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String number,
    UUID orderId,
    UUID organisationId,
    @NotNull UUID contactId,
    @NotNull @PlausibleDate LocalDate issueDate,
    @NotNull @PlausibleDate LocalDate dueDate,
    @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
    @NotBlank
        @Pattern(
            regexp = "(RF\\d{2})?\\d{4,20}",
            message = "must be a Finnish or RF reference number")
        @Schema(maxLength = 24)
        String referenceNumber) {

  @AssertTrue(message = "must not be before issueDate")
  boolean isDueDate() {
    return issueDate == null || dueDate == null || !dueDate.isBefore(issueDate);
  }
}
