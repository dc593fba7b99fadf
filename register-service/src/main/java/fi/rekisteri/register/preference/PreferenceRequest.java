package fi.rekisteri.register.preference;

import fi.rekisteri.register.common.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** One change: consent given or withdrawn per channel, or a prohibition set or lifted. */
public record PreferenceRequest(
    @NotNull PreferenceKind kind,
    MarketingChannel channel,
    @NotNull Boolean granted,
    @NotNull @Valid Source source) {

  @AssertTrue(message = "is required for consent and not allowed for prohibitions")
  boolean isChannel() {
    return kind == null || kind.needsChannel() == (channel != null);
  }
}
