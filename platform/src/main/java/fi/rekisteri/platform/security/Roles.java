package fi.rekisteri.platform.security;

/** Realm roles of the Keycloak realm {@code rekisteri}. */
public final class Roles {

  public static final String SALES = "sales";
  public static final String ACCOUNTING = "accounting";
  public static final String DPO = "dpo";
  public static final String ADMIN = "admin";
  public static final String DATA_SUBJECT = "data-subject";
  public static final String RIGHTS_PROCESSOR = "rights-processor";

  private Roles() {}
}
