package fi.rekisteri.rights.request;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Locale;

/**
 * The language the caller reads: the first of fi or en in its {@code Accept-Language}, English when
 * it names neither, sends none or sends one that cannot be read (never an error), and outside an
 * HTTP request.
 */
@ApplicationScoped
public class ReaderLanguage {

  private static final List<String> OFFERED = List.of("fi", "en");

  private final Instance<HttpServerRequest> request;

  public ReaderLanguage(Instance<HttpServerRequest> request) {
    this.request = request;
  }

  public Language current() {
    String header;
    try {
      header = request.isResolvable() ? request.get().getHeader("Accept-Language") : null;
    } catch (RuntimeException e) {
      // outside an HTTP request (scheduled jobs, event consumers)
      header = null;
    }
    return of(header);
  }

  static Language of(String header) {
    if (header == null || header.isBlank()) {
      return Language.EN;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), OFFERED);
      return tag == null ? Language.EN : Language.of(tag);
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }
}
