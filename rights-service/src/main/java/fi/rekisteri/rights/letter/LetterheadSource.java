package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.register.RegisterGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current letterhead, read from the register's controller profile and kept for a few minutes.
 * While the register cannot answer, the last letterhead read stays in use.
 */
@ApplicationScoped
public class LetterheadSource {

  private static final Duration FRESH_FOR = Duration.ofMinutes(5);

  private final RegisterGateway register;
  private final AtomicReference<Cached> cached = new AtomicReference<>();

  public LetterheadSource(RegisterGateway register) {
    this.register = register;
  }

  public Optional<Letterhead> current() {
    Cached last = cached.get();
    if (last != null && last.readAt().plus(FRESH_FOR).isAfter(Instant.now())) {
      return Optional.of(last.letterhead());
    }
    Optional<Letterhead> fresh = Letterhead.of(register.controllerProfile());
    fresh.ifPresent(letterhead -> cached.set(new Cached(letterhead, Instant.now())));
    return fresh.or(() -> Optional.ofNullable(last).map(Cached::letterhead));
  }

  private record Cached(Letterhead letterhead, Instant readAt) {}
}
