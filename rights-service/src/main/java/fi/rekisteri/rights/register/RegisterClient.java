package fi.rekisteri.rights.register;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The register's internal API, called with a client-credentials token of the rights-service client
 * (role rights-processor). Every command carries the request id as its idempotency key, in the body
 * and in the Idempotency-Key header.
 */
@RegisterRestClient(configKey = "register")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegisterClient {

  String IDEMPOTENCY_KEY = "Idempotency-Key";

  @POST
  @Path("/internal/subjects/search")
  RegisterApi.SearchResult search(RegisterApi.SearchQuery query);

  @GET
  @Path("/internal/subjects/{subjectId}/export")
  JsonNode export(@PathParam("subjectId") UUID subjectId, @QueryParam("requestId") UUID requestId);

  @POST
  @Path("/internal/subjects/{subjectId}/rectify")
  RegisterApi.RectifyResult rectify(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.RectifyCommand command);

  @POST
  @Path("/internal/subjects/{subjectId}/erase")
  RegisterApi.EraseResult erase(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.EraseCommand command);

  @POST
  @Path("/internal/subjects/{subjectId}/restrict")
  RegisterApi.RestrictionResult restrict(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.RestrictCommand command);

  @POST
  @Path("/internal/subjects/{subjectId}/lift-restriction")
  RegisterApi.RestrictionResult liftRestriction(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.LiftCommand command);

  @POST
  @Path("/internal/subjects/{subjectId}/schedule-lift")
  RegisterApi.RestrictionResult scheduleLift(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.ScheduleLiftCommand command);

  @POST
  @Path("/internal/subjects/{subjectId}/objection")
  RegisterApi.ObjectionResult objection(
      @PathParam("subjectId") UUID subjectId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.ObjectionCommand command);

  @GET
  @Path("/internal/erasures/reapplied")
  JsonNode reappliedErasures();

  @GET
  @Path("/internal/subjects/{subjectId}/recipients")
  RegisterApi.Recipients recipients(@PathParam("subjectId") UUID subjectId);

  @GET
  @Path("/internal/subjects/{subjectId}/mentions")
  RegisterApi.Mentions mentions(@PathParam("subjectId") UUID subjectId);

  @POST
  @Path("/internal/subjects/{subjectId}/mentions/{mentionId}/redact")
  RegisterApi.Mention redactMention(
      @PathParam("subjectId") UUID subjectId,
      @PathParam("mentionId") UUID mentionId,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      RegisterApi.RedactCommand command);

  /** The controller profile (R1): the Art. 15(1) facts, recipients and processors. */
  @GET
  @Path("/controller")
  JsonNode controller();
}
