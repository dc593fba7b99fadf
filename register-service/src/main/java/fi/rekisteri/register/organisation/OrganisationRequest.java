package fi.rekisteri.register.organisation;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.validation.ValidBusinessId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganisationRequest(
    @NotBlank @Size(max = 200) @NoIdentityCode String name,
    @ValidBusinessId @Schema(pattern = "[0-9]{7}-[0-9]", maxLength = 9) String businessId,
    @Valid Address visitingAddress,
    @Valid Address billingAddress) {}
