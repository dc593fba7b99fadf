package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.gdpr.RequestType;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The register effect of each request type. */
@ApplicationScoped
class RegisterEffects {

  private final Map<RequestType, RegisterEffect> byType = new EnumMap<>(RequestType.class);

  RegisterEffects(@All List<RegisterEffect> effects) {
    effects.forEach(effect -> byType.put(effect.type(), effect));
  }

  RegisterEffect of(RequestType type) {
    RegisterEffect effect = byType.get(type);
    if (effect == null) {
      throw new IllegalStateException("unknown request type " + type);
    }
    return effect;
  }
}
