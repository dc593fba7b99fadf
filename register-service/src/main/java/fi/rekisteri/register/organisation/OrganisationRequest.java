package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.validation.NoIdentityCode;
import fi.rekisteri.register.validation.ValidBusinessId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record OrganisationRequest(
    @NotBlank @Size(max = 200) @NoIdentityCode String name,
    @ValidBusinessId String businessId,
    @Valid Address visitingAddress,
    @Valid Address billingAddress) {}
