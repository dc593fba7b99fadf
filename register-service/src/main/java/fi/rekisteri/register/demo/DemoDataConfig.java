package fi.rekisteri.register.demo;

import io.smallrye.config.ConfigMapping;

/** The demo data's settings, {@code rekisteri.demo-data.*}. */
@ConfigMapping(prefix = "rekisteri.demo-data")
public interface DemoDataConfig {

  /** Whether the demo data is loaded at startup (into an empty register). */
  boolean enabled();
}
