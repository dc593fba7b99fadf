package fi.rekisteri.register.interaction;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.common.SourceChannel;
import fi.rekisteri.register.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public record InteractionRequest(
    @NotNull InteractionKind kind,
    @NotNull SourceChannel channel,
    @NotNull @PastOrPresent @PlausibleDate Instant occurredAt,
    @Size(max = 1000) @NoIdentityCode String summary) {}
