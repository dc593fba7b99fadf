package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;

/** The formats of a package: JSON (default), a readable HTML or text document, or CSV. */
public enum PackageFormat {
  JSON("application/json"),
  HTML("text/html; charset=UTF-8"),
  TEXT("text/plain; charset=UTF-8"),
  CSV("text/csv; charset=UTF-8"),
  PDF("application/pdf");

  private final String mediaType;

  PackageFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public static PackageFormat of(String format) {
    if (format == null || format.isBlank()) {
      return JSON;
    }
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "html" -> HTML;
      case "text", "txt" -> TEXT;
      case "csv" -> CSV;
      case "pdf" -> PDF;
      default ->
          throw DomainException.invalidField("format", "must be json, html, text, csv or pdf");
    };
  }

  public Response render(UUID requestId, PackageContent content) {
    Object body =
        switch (this) {
          case JSON -> content.json();
          case HTML -> ReadableCopyRenderer.html(JsonText.read(content.json()));
          case TEXT -> ReadableCopyRenderer.text(JsonText.read(content.json()));
          case CSV -> PackageRenderer.csv(JsonText.read(content.json()));
          case PDF -> ReadableCopyRenderer.pdf(JsonText.read(content.json()));
        };
    // every format is a download (the pages save each one as a file, none is shown inline)
    return Response.ok(body)
        .type(mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"request-" + requestId + "." + extension() + "\"")
        .build();
  }

  private String extension() {
    return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
  }
}
