package fi.rekisteri.register.listexport;

import fi.rekisteri.platform.validation.NoIdentityCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A list export for a stated purpose to a named recipient (who goes into the ledger). */
public record ListExportRequest(
    @NotNull ListPurpose purpose, @NotBlank @Size(max = 200) @NoIdentityCode String recipient) {}
