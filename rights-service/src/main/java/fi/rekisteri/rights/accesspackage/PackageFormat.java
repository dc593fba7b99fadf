package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The formats of a package: JSON (default), a readable HTML or text document, or CSV. */
public enum PackageFormat {
  JSON("application/json"),
  HTML("text/html; charset=UTF-8"),
  TEXT("text/plain; charset=UTF-8"),
  CSV("text/csv; charset=UTF-8");

  private final String mediaType;

  PackageFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public static PackageFormat of(String format) {
    if (format == null || format.isBlank()) {
      return JSON;
    }
    return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> JSON;
      case "html" -> HTML;
      case "text", "txt" -> TEXT;
      case "csv" -> CSV;
      default -> throw DomainException.invalidField("format", "must be json, html, text or csv");
    };
  }

  public Response render(UUID requestId, PackageContent content) {
    String body =
        switch (this) {
          case JSON -> content.json();
          case HTML -> PackageRenderer.html(JsonText.read(content.json()), content.language());
          case TEXT -> PackageRenderer.text(JsonText.read(content.json()), content.language());
          case CSV -> PackageRenderer.csv(JsonText.read(content.json()));
        };
    Response.ResponseBuilder response = Response.ok(body).type(mediaType);
    if (this == CSV) {
      response.header(
          "Content-Disposition", "attachment; filename=\"request-" + requestId + ".csv\"");
    }
    return response.build();
  }
}
