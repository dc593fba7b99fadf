package fi.rekisteri.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the local broker (docs/security.md): the principals, their demo passwords and
 * their ACLs. Clients sign in with SASL/SCRAM-SHA-512 ({@code register}, {@code rights}); the super
 * user {@code admin} (the broker itself, the stack's tooling and the tests) with SASL/PLAIN, its
 * password in the broker's own JAAS configuration, so that it exists before any SCRAM credential
 * does. No anonymous connection is accepted, and a principal without an ACL gets nothing.
 *
 * <p>deploy/kafka/setup.sh grants the same in docker-compose, docs/kubernetes.md in production;
 * {@code KafkaAclsTest} holds the three to this list.
 */
public final class KafkaAccess {

  public static final String MECHANISM = "SCRAM-SHA-512";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";
  public static final String REGISTER = "register";
  public static final String RIGHTS = "rights";

  /** The demo passwords of the services' principals: equal to the name, never for production. */
  public static final Map<String, String> DEMO_PASSWORDS =
      Map.of(REGISTER, REGISTER, RIGHTS, RIGHTS);

  /** The register's event topics, {@code <aggregate>.events} (OutboxEvent). */
  public static final List<String> EVENT_TOPICS =
      List.of(
          "contact.events",
          "order.events",
          "invoice.events",
          "preference.events",
          "organisation.events",
          "controller.events");

  public static final String ERASURE_LEDGER = "erasure.ledger";
  public static final String AUDIT_HEADS = "audit.heads";
  public static final String RIGHTS_DLQ = "rights-service.register-events.dlq";
  public static final String RIGHTS_GROUP = "rights-service";

  private static final AclOperation[] WRITES = {
    AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE
  };
  private static final AclOperation[] READS = {AclOperation.READ, AclOperation.DESCRIBE};

  private KafkaAccess() {}

  /**
   * Every ACL of the two services. The register alone writes its events and the erasure ledger (it
   * creates the ledger and keeps its settings, and reads it back at start); the rights service
   * reads them, and writes only its dead-letter topic; both publish and read their signed audit
   * heads on {@code audit.heads} (an ACL is per topic: which chain a head belongs to is the
   * signature's to prove, not the ACL's).
   */
  public static List<AclBinding> acls() {
    List<AclBinding> acls = new ArrayList<>();
    for (String topic : EVENT_TOPICS) {
      acls.addAll(topic(REGISTER, topic, WRITES));
      acls.addAll(topic(RIGHTS, topic, READS));
    }
    acls.addAll(topic(REGISTER, ERASURE_LEDGER, WRITES));
    acls.addAll(
        topic(
            REGISTER,
            ERASURE_LEDGER,
            AclOperation.READ,
            AclOperation.ALTER_CONFIGS,
            AclOperation.DESCRIBE_CONFIGS));
    acls.addAll(topic(RIGHTS, ERASURE_LEDGER, READS));
    for (String service : List.of(REGISTER, RIGHTS)) {
      acls.addAll(topic(service, AUDIT_HEADS, WRITES));
      acls.addAll(topic(service, AUDIT_HEADS, AclOperation.READ));
    }
    acls.addAll(topic(RIGHTS, RIGHTS_DLQ, WRITES));
    acls.add(allow(RIGHTS, ResourceType.GROUP, RIGHTS_GROUP, AclOperation.READ));
    return acls;
  }

  private static List<AclBinding> topic(String user, String topic, AclOperation... operations) {
    List<AclBinding> acls = new ArrayList<>();
    for (AclOperation operation : operations) {
      acls.add(allow(user, ResourceType.TOPIC, topic, operation));
    }
    return acls;
  }

  private static AclBinding allow(
      String user, ResourceType type, String name, AclOperation operation) {
    return new AclBinding(
        new ResourcePattern(type, name, PatternType.LITERAL),
        new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
  }

  /** A client signing in as {@code user} with SCRAM-SHA-512 (a service's principal). */
  public static Map<String, Object> client(String bootstrap, String user, String password) {
    return settings(
        bootstrap,
        MECHANISM,
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + user
            + "\" password=\""
            + password
            + "\";");
  }

  /** A client signing in as the super user (the stack's tooling and the tests' own readers). */
  public static Map<String, Object> admin(String bootstrap) {
    return settings(
        bootstrap,
        "PLAIN",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
            + ADMIN
            + "\" password=\""
            + ADMIN_PASSWORD
            + "\";");
  }

  private static Map<String, Object> settings(String bootstrap, String mechanism, String jaas) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
    settings.put(SaslConfigs.SASL_MECHANISM, mechanism);
    settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaas);
    return settings;
  }

  /**
   * As the super user, for a test: a SCRAM principal {@code user} of its own with every ACL of
   * {@code service} (a production-like start with a password of its own).
   */
  static void addPrincipalLike(String bootstrap, String user, String password, String service) {
    List<AclBinding> acls =
        acls().stream()
            .filter(acl -> acl.entry().principal().equals("User:" + service))
            .map(
                acl ->
                    new AclBinding(
                        acl.pattern(),
                        new AccessControlEntry(
                            "User:" + user,
                            acl.entry().host(),
                            acl.entry().operation(),
                            acl.entry().permissionType())))
            .toList();
    apply(bootstrap, Map.of(user, password), acls);
  }

  /** As the super user, for a test: {@code user} may also consume as {@code group}. */
  static void allowGroup(String bootstrap, String user, String group) {
    apply(bootstrap, Map.of(), List.of(allow(user, ResourceType.GROUP, group, AclOperation.READ)));
  }

  /**
   * As the super user: the services' SCRAM credentials (set again at every start, so that data kept
   * from a run before principals existed gets them too) and their ACLs (creating one that exists
   * changes nothing).
   */
  static void grant(String bootstrap) {
    apply(bootstrap, DEMO_PASSWORDS, acls());
  }

  private static void apply(
      String bootstrap, Map<String, String> passwords, List<AclBinding> acls) {
    Map<String, Object> settings = new HashMap<>(admin(bootstrap));
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(settings)) {
      List<UserScramCredentialAlteration> users = new ArrayList<>();
      passwords.forEach(
          (user, password) ->
              users.add(
                  new UserScramCredentialUpsertion(
                      user,
                      new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                      password)));
      if (!users.isEmpty()) {
        admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
      }
      admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka principals and ACLs not set: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
