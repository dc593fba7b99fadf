package fi.rekisteri.stack;

/** Versions of the distributions the stack runs; the root pom.xml names the same ones. */
public final class Versions {

  public static final String KEYCLOAK = "26.7.3";

  private Versions() {}
}
