package fi.rekisteri.register.retention;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.retention.RetentionRecords.Rules;
import fi.rekisteri.register.retention.RetentionRecords.Runs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention policy by record type and the retention job's reports (R10), for the DPO. */
@Path("/api/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class RetentionResource {

  private final RetentionService retention;
  private final RetentionRules rules;
  private final Clock clock;

  public RetentionResource(RetentionService retention, RetentionRules rules, Clock clock) {
    this.retention = retention;
    this.rules = rules;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listRetentionRules",
      summary =
          "Retention rules by record type: rule and legal ground as codes, a description in the"
              + " language of Accept-Language (fi default, en), and how many records fall due"
              + " within 30 days (roles: dpo, admin)")
  public Rules rules(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return rules.rules(LocalDate.now(clock), language(acceptLanguage));
  }

  @GET
  @Path("runs")
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listRetentionRuns",
      summary = "The retention job's dated reports, newest first (roles: dpo, admin)")
  public Runs runs(@QueryParam("limit") @Min(1) @Max(365) Integer limit) {
    return retention.runs(limit == null ? 30 : limit);
  }

  /** The first language of the header that this service speaks; Finnish by default. */
  static String language(String acceptLanguage) {
    if (acceptLanguage == null) {
      return "fi";
    }
    for (String part : acceptLanguage.split(",")) {
      String tag = part.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
      if (tag.startsWith("fi")) {
        return "fi";
      }
      if (tag.startsWith("en")) {
        return "en";
      }
    }
    return "fi";
  }
}
