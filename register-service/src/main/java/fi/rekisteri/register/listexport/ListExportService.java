package fi.rekisteri.register.listexport;

import fi.rekisteri.platform.csv.Csv;
import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.disclosure.DisclosureBatch;
import fi.rekisteri.register.disclosure.DisclosureService;
import fi.rekisteri.register.disclosure.Receiver;
import fi.rekisteri.register.disclosure.RecipientKind;
import fi.rekisteri.register.preference.MarketingChannel;
import fi.rekisteri.register.preference.MarketingPreferences;
import fi.rekisteri.register.preference.PreferenceKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Builds a CSV list and writes every included person into the disclosure ledger: to the named
 * recipient and to each processor the controller profile says receives the purpose (R20).
 */
@ApplicationScoped
public class ListExportService {

  private final EntityManager entityManager;
  private final DisclosureBatch ledger;
  private final DisclosureService disclosures;
  private final ControllerProfileService profiles;
  private final AuditLog audit;

  public ListExportService(
      EntityManager entityManager,
      DisclosureBatch ledger,
      DisclosureService disclosures,
      ControllerProfileService profiles,
      AuditLog audit) {
    this.entityManager = entityManager;
    this.ledger = ledger;
    this.disclosures = disclosures;
    this.profiles = profiles;
    this.audit = audit;
  }

  /** Contacts read, filtered and ledgered per short transaction. */
  static final int CHUNK = 500;

  /**
   * The candidates of one chunk after the key, in list order (last name, first name, id; missing
   * names last, as an ORDER BY puts nulls), each with its current marketing preferences: the latest
   * change per kind (and per channel for consents) as in {@link MarketingPreferences#of}, the
   * granted ones as "KIND:CHANNEL".
   */
  private static final String PAGE =
      "WITH page AS (SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.postal_street,"
          + " c.postal_postal_code, c.postal_city, c.billing_street, c.billing_postal_code,"
          + " c.billing_city, c.restricted, c.objected_direct_marketing,"
          + " c.last_name IS NULL AS ln_null, coalesce(c.last_name, '') AS ln,"
          + " c.first_name IS NULL AS fn_null, coalesce(c.first_name, '') AS fn"
          + " FROM contact c WHERE c.erased_at IS NULL AND (CAST(? AS boolean) OR"
          + " (c.last_name IS NULL, coalesce(c.last_name, ''), c.first_name IS NULL,"
          + " coalesce(c.first_name, ''), c.id) > (?, ?, ?, ?, ?))"
          + " ORDER BY 14, 15, 16, 17, 1 LIMIT ?)"
          + " SELECT page.*, (SELECT string_agg(l.kind || ':' || coalesce(l.channel, ''), ',')"
          + " FROM (SELECT DISTINCT ON (p.kind, CASE WHEN p.kind = 'DIRECT_MARKETING_CONSENT'"
          + " THEN p.channel END) p.kind, p.channel, p.granted FROM preference_change p"
          + " WHERE p.contact_id = page.id ORDER BY p.kind, CASE WHEN p.kind ="
          + " 'DIRECT_MARKETING_CONSENT' THEN p.channel END, p.recorded_at DESC, p.id DESC) l"
          + " WHERE l.granted) AS granted FROM page ORDER BY 14, 15, 16, 17, 1";

  /** Where a chunk ends in list order: the next one starts after it. */
  private record Key(
      boolean lastNameNull, String lastName, boolean firstNameNull, String firstName, UUID id) {}

  /** A candidate as the list needs it. */
  private record Candidate(
      UUID id,
      String firstName,
      String lastName,
      String email,
      String phone,
      Address postalAddress,
      Address billingAddress,
      boolean restricted,
      boolean objected,
      MarketingPreferences preferences) {}

  private record Chunk(List<List<String>> rows, Key last) {}

  /**
   * The list as a stream: the candidates are read in chunks in list order (keyset), each chunk in
   * its own short transaction that writes its people into the ledger and the audit log before its
   * rows go out, so memory and transactions stay small however large the register.
   */
  public StreamingOutput export(ListExportRequest request) {
    ListPurpose purpose = request.purpose();
    boolean consentRequired =
        profiles.current().map(v -> v.profile().requiresMarketingConsent()).orElse(true);
    List<Receiver> receivers = new ArrayList<>(disclosures.receiving(purpose.name()));
    if (receivers.stream().noneMatch(r -> r.name().equalsIgnoreCase(request.recipient()))) {
      // a list sent to a processor of the purpose is one disclosure to that processor
      receivers.add(0, new Receiver(request.recipient(), RecipientKind.RECIPIENT));
    }
    AuditLog.Caller caller = audit.caller();
    String header = Csv.write(header(purpose), List.of(), true);
    return output -> {
      Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
      writer.write(header);
      Key after = null;
      while (true) {
        Key from = after;
        Chunk chunk =
            QuarkusTransaction.requiringNew()
                .call(() -> chunk(purpose, consentRequired, receivers, caller, from));
        if (!chunk.rows().isEmpty()) {
          writer.write(Csv.rows(chunk.rows(), true));
          writer.flush();
        }
        if (chunk.last() == null) {
          break;
        }
        after = chunk.last();
      }
      writer.flush();
    };
  }

  private Chunk chunk(
      ListPurpose purpose,
      boolean consentRequired,
      List<Receiver> receivers,
      AuditLog.Caller caller,
      Key after) {
    List<Candidate> included = new ArrayList<>();
    Key[] last = {null};
    int[] read = {0};
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement page = connection.prepareStatement(PAGE)) {
                page.setBoolean(1, after == null);
                page.setBoolean(2, after != null && after.lastNameNull());
                page.setString(3, after == null ? "" : after.lastName());
                page.setBoolean(4, after != null && after.firstNameNull());
                page.setString(5, after == null ? "" : after.firstName());
                page.setObject(6, after == null ? new UUID(0, 0) : after.id());
                page.setInt(7, CHUNK);
                try (ResultSet rs = page.executeQuery()) {
                  while (rs.next()) {
                    read[0]++;
                    UUID id = rs.getObject("id", UUID.class);
                    last[0] =
                        new Key(
                            rs.getBoolean("ln_null"),
                            rs.getString("ln"),
                            rs.getBoolean("fn_null"),
                            rs.getString("fn"),
                            id);
                    Candidate candidate =
                        new Candidate(
                            id,
                            rs.getString("first_name"),
                            rs.getString("last_name"),
                            rs.getString("email"),
                            rs.getString("phone"),
                            Address.ofNullable(
                                rs.getString("postal_street"),
                                rs.getString("postal_postal_code"),
                                rs.getString("postal_city")),
                            Address.ofNullable(
                                rs.getString("billing_street"),
                                rs.getString("billing_postal_code"),
                                rs.getString("billing_city")),
                            rs.getBoolean("restricted"),
                            rs.getBoolean("objected_direct_marketing"),
                            preferences(rs.getString("granted")));
                    if (purpose.admits(
                            candidate.restricted(),
                            candidate.objected(),
                            false,
                            candidate.preferences(),
                            consentRequired)
                        && hasChannelData(purpose, candidate)) {
                      included.add(candidate);
                    }
                  }
                }
              }
            });
    List<UUID> ids = included.stream().map(Candidate::id).toList();
    ledger.recordAll(
        ids,
        receivers,
        purpose.marketing(),
        purpose.dataCategories(),
        "list export: " + purpose.name(),
        caller.actor());
    audit.recordAll(caller, ids, AuditAction.LIST_EXPORT, "contact");
    return new Chunk(
        included.stream().map(c -> row(purpose, c)).toList(), read[0] < CHUNK ? null : last[0]);
  }

  /** The current preferences from the granted latest changes, "KIND:CHANNEL" joined by ','. */
  static MarketingPreferences preferences(String granted) {
    Set<MarketingChannel> consented = EnumSet.noneOf(MarketingChannel.class);
    Set<PreferenceKind> bans = EnumSet.noneOf(PreferenceKind.class);
    if (granted != null && !granted.isEmpty()) {
      for (String item : granted.split(",")) {
        int colon = item.indexOf(':');
        PreferenceKind kind = PreferenceKind.valueOf(item.substring(0, colon));
        if (kind == PreferenceKind.DIRECT_MARKETING_CONSENT) {
          consented.add(MarketingChannel.valueOf(item.substring(colon + 1)));
        } else {
          bans.add(kind);
        }
      }
    }
    return new MarketingPreferences(
        consented,
        bans.contains(PreferenceKind.DIRECT_MARKETING_BAN),
        bans.contains(PreferenceKind.DISTANCE_SELLING_BAN),
        bans.contains(PreferenceKind.RESEARCH_BAN),
        bans.contains(PreferenceKind.LIST_PUBLICATION_BAN));
  }

  private static boolean hasChannelData(ListPurpose purpose, Candidate contact) {
    return switch (purpose) {
      case MAILING_LABELS -> contact.postalAddress() != null || contact.billingAddress() != null;
      case EMAIL_MARKETING -> contact.email() != null;
      case PHONE_MARKETING -> contact.phone() != null;
      case MARKET_RESEARCH -> contact.email() != null || contact.phone() != null;
    };
  }

  private static List<String> header(ListPurpose purpose) {
    return switch (purpose) {
      case MAILING_LABELS -> List.of("firstName", "lastName", "street", "postalCode", "city");
      case EMAIL_MARKETING -> List.of("firstName", "lastName", "email");
      case PHONE_MARKETING -> List.of("firstName", "lastName", "phone");
      case MARKET_RESEARCH -> List.of("firstName", "lastName", "email", "phone");
    };
  }

  private static List<String> row(ListPurpose purpose, Candidate c) {
    Stream<String> cells =
        switch (purpose) {
          case MAILING_LABELS -> {
            var address = c.postalAddress() != null ? c.postalAddress() : c.billingAddress();
            yield Stream.of(
                c.firstName(),
                c.lastName(),
                address.street(),
                address.postalCode(),
                address.city());
          }
          case EMAIL_MARKETING -> Stream.of(c.firstName(), c.lastName(), c.email());
          case PHONE_MARKETING -> Stream.of(c.firstName(), c.lastName(), c.phone());
          case MARKET_RESEARCH -> Stream.of(c.firstName(), c.lastName(), c.email(), c.phone());
        };
    return cells.map(v -> v == null ? "" : v).toList();
  }
}
