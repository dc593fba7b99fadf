package fi.rekisteri.rights.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the browser pages (the DPO dashboard at {@code /} and the self-service page at {@code /me/})
 * need to log in by themselves: the issuer of the realm and the public client, and the address of
 * the privacy notice. Public: it holds no secret and no personal data. Each value can be set for
 * the browser with rekisteri.ui.issuer, rekisteri.ui.client-id and rekisteri.ui.privacy-notice-url.
 */
@Path("/ui/config")
@PermitAll
@Tag(name = "UI")
public class UiConfigResource {

  /**
   * The issuer (Keycloak realm URL) and the public client the pages log in with, and where the
   * register publishes its privacy notice.
   */
  public record UiConfig(String issuer, String clientId, String privacyNoticeUrl) {}

  private final String issuer;
  private final String clientId;
  private final String privacyNoticeUrl;

  public UiConfigResource(
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
      @ConfigProperty(name = "quarkus.oidc.token.issuer") Optional<String> tokenIssuer,
      @ConfigProperty(name = "rekisteri.ui.issuer") Optional<String> uiIssuer,
      @ConfigProperty(name = "rekisteri.ui.client-id", defaultValue = "rekisteri-api")
          String clientId,
      @ConfigProperty(name = "quarkus.rest-client.register.url") String registerUrl,
      @ConfigProperty(name = "rekisteri.ui.privacy-notice-url") Optional<String> noticeUrl) {
    // where the browser reaches Keycloak: the service itself may use another host name
    // (docker-compose: auth-server-url keycloak:8180, token issuer 127.0.0.1:8180)
    this.issuer =
        withoutSlash(
            uiIssuer.orElse(
                tokenIssuer.filter(value -> !"any".equals(value)).orElse(authServerUrl)));
    this.clientId = clientId;
    // the register's own address unless the browser reaches it elsewhere (e.g. behind a proxy)
    this.privacyNoticeUrl = noticeUrl.orElse(withoutSlash(registerUrl) + "/privacy-notice");
  }

  private static String withoutSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The settings of the browser pages: the OIDC issuer, the public client id and the"
              + " privacy notice's address (public)")
  public Response config() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(new UiConfig(issuer, clientId, privacyNoticeUrl))
        .cacheControl(noStore)
        .build();
  }
}
