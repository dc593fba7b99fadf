package fi.rekisteri.register.order;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.validation.PlausibleDate;
import jakarta.validation.Valid;
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

public record OrderRequest(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String number,
    @NotNull @PlausibleDate LocalDate orderDate,
    UUID organisationId,
    @NotNull UUID contactId,
    @Size(max = 100) @NoIdentityCode String worksite,
    @Size(max = 2000) @NoIdentityCode String summary,
    @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal total,
    @Pattern(regexp = "[A-Z]{3}") @Schema(maxLength = 3) String currency,
    @NotNull @Valid Source source) {}
