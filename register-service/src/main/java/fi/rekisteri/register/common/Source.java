package fi.rekisteri.register.common;

import fi.rekisteri.register.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;

/** The source of a record and when it was collected (R6). */
public record Source(
    @NotNull SourceChannel channel, @NotNull @PastOrPresent @PlausibleDate Instant collectedAt) {}
