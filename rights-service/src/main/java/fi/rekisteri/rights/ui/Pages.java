package fi.rekisteri.rights.ui;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The two pages behind the login: the DPO dashboard ({@code /}) and the self-service page ({@code
 * /me/}); {@code /me} without the slash leads to the latter. Their scripts, styles and the
 * signed-out page are public (they hold nothing personal).
 */
@ApplicationScoped
public class Pages {

  static final String LOGOUT = "/logout";
  private static final Set<String> PAGES =
      Set.of("/", "/index.html", "/me", "/me/", "/me/index.html");

  static boolean isPage(String path) {
    return PAGES.contains(path);
  }

  void routes(@Observes Router router) {
    // after the login (the permission on /me asks for it first), the canonical address
    router.getWithRegex("^/me$").handler(context -> context.redirect("/me/"));
  }
}
