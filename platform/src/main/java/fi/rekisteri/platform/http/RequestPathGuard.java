package fi.rekisteri.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;

/**
 * Refuses request paths that can be spelled in more than one way, before routing, before
 * authentication and before any permission or CSRF check: a path that a check reads one way and the
 * router another is how path-based controls are walked around (matrix parameters such as {@code
 * /me;x}, {@code //api/...}, {@code /./api/...}, {@code /%2e/me}). Such a request answers 400
 * problem+json and reaches no page or endpoint.
 *
 * <p>Refused in the raw path (the part before {@code ?}): a {@code ;} or a backslash; a
 * percent-encoded {@code ;}, {@code /}, {@code \}, {@code %} or NUL; a percent-encoded unreserved
 * character (RFC 3986 2.3: {@code %61} is {@code a}, so the same resource has two spellings); an
 * empty segment ({@code //}); a dot segment ({@code .} or {@code ..}, also percent-encoded); a
 * malformed percent escape. Query strings are not affected.
 */
@ApplicationScoped
public class RequestPathGuard {

  /** Before everything Quarkus routes, the body handler included. */
  static final int ORDER = Integer.MIN_VALUE;

  private final byte[] body;

  public RequestPathGuard(ObjectMapper mapper) throws JsonProcessingException {
    this.body = mapper.writeValueAsBytes(problem());
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext context) {
    Optional<String> refusal = refusal(context.request().path());
    if (refusal.isEmpty()) {
      context.next();
      return;
    }
    context
        .response()
        .setStatusCode(400)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader("Cache-Control", "no-store")
        .end(Buffer.buffer(body));
  }

  /** Why the raw path is ambiguous, or empty when it has one spelling only. */
  public static Optional<String> refusal(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return Optional.of("the path must start with /");
    }
    StringBuilder decoded = new StringBuilder(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == ';') {
        return Optional.of("a ; in the path");
      }
      if (c == '\\') {
        return Optional.of("a backslash in the path");
      }
      if (c < 0x21 || c == 0x7f) {
        return Optional.of("a control character or space in the path");
      }
      if (c == '%') {
        if (i + 2 >= rawPath.length()
            || Character.digit(rawPath.charAt(i + 1), 16) < 0
            || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
          return Optional.of("a malformed percent escape in the path");
        }
        int value =
            Character.digit(rawPath.charAt(i + 1), 16) * 16
                + Character.digit(rawPath.charAt(i + 2), 16);
        if (value == ';' || value == '/' || value == '\\' || value == '%' || value < 0x20) {
          return Optional.of("an encoded ; / \\ % or control character in the path");
        }
        if (unreserved(value)) {
          return Optional.of("an encoded unreserved character in the path");
        }
        decoded.append('%'); // an encoded reserved or non-ASCII byte stays data, not structure
        i += 2;
        continue;
      }
      decoded.append(c);
    }
    String path = decoded.toString();
    if (path.contains("//")) {
      return Optional.of("an empty segment in the path");
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("a dot segment in the path");
      }
    }
    return Optional.empty();
  }

  private static boolean unreserved(int c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static Problem problem() {
    return new Problem(
        "https://rekisteri.example/problems/ambiguous-path",
        "Bad Request",
        400,
        "The request path is ambiguous (a ';', an encoded '/', ';' or backslash, an empty or a dot"
            + " segment); send the path in its one plain spelling.",
        null,
        List.of(new Problem.FieldError("path", "ambiguous spelling")));
  }
}
