package fi.rekisteri.register.privacynotice;

import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.controller.ControllerProfileView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public privacy notice, generated from the controller profile (no login). */
@Path("/")
@PermitAll
@Tag(name = "Privacy notice")
public class PrivacyNoticeResource {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ZoneId.of("Europe/Helsinki"));

  private final ControllerProfileService profiles;

  public PrivacyNoticeResource(ControllerProfileService profiles) {
    this.profiles = profiles;
  }

  @GET
  @Path("api/v1/privacy-notice")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getPrivacyNotice",
      summary = "The current privacy notice as JSON, fi or en (public)")
  @Extension(name = ApiComponents.ANSWERS, value = "404")
  public PrivacyNotice json(
      @QueryParam("lang")
          @Parameter(
              description = "fi (the default) or en",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"fi", "en"}))
          String lang) {
    return notice(lang);
  }

  @GET
  @Path("privacy-notice")
  @Produces(MediaType.TEXT_HTML)
  @Operation(
      operationId = "getPrivacyNoticePage",
      summary = "The current privacy notice as a page, fi or en, with its change log (public)")
  @Extension(name = ApiComponents.ANSWERS, value = "404")
  public String html(
      @QueryParam("lang")
          @Parameter(
              description = "fi (the default) or en",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"fi", "en"}))
          String lang) {
    return page(notice(lang));
  }

  /** The notice as a page: the words of {@link NoticeMessages}, the profile's texts escaped. */
  static String page(PrivacyNotice notice) {
    NoticeMessages m = PrivacyNotice.messages(notice.language());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"")
        .append(notice.language())
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(m.title())
        .append("</title>")
        // a file, not an inline style: the Content-Security-Policy allows styles from 'self' only
        .append("<link rel=\"stylesheet\" href=\"privacy-notice.css\"></head><body>")
        .append(
            "<nav><a href=\"?lang=fi\" lang=\"fi\">Suomeksi</a> | <a href=\"?lang=en\" lang=\"en\">In English</a></nav>")
        .append("<h1>")
        .append(m.title())
        .append("</h1>")
        .append("<p class=\"meta\">")
        .append(m.meta(notice.version(), DATE.format(notice.validFrom())))
        .append("</p>");
    notice.sections().forEach(section -> section(html, section));
    html.append("<section id=\"changes\"><h2>").append(m.changesHeading()).append("</h2><ul>");
    notice
        .changeLog()
        .forEach(
            c ->
                html.append("<li>")
                    .append(m.change(DATE.format(c.validFrom()), c.version(), escape(c.note())))
                    .append("</li>"));
    html.append("</ul></section></body></html>");
    return html.toString();
  }

  private static void section(StringBuilder html, PrivacyNotice.Section section) {
    html.append("<section id=\"")
        .append(section.id())
        .append("\"><h2>")
        .append(escape(section.heading()))
        .append("</h2>");
    if (section.paragraphs().size() == 1) {
      html.append("<p>").append(escape(section.paragraphs().get(0))).append("</p>");
    } else {
      html.append("<ul>");
      section.paragraphs().forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
      html.append("</ul>");
    }
    html.append("</section>");
  }

  private PrivacyNotice notice(String lang) {
    String language = lang == null || lang.isBlank() ? "fi" : lang;
    if (!language.equals("fi") && !language.equals("en")) {
      throw DomainException.invalidField("lang", "must be fi or en");
    }
    ControllerProfileView view =
        profiles.current().orElseThrow(() -> DomainException.notFound("privacy notice"));
    List<PrivacyNotice.Change> changes =
        profiles.versions().stream()
            .map(v -> new PrivacyNotice.Change(v.number(), v.validFrom(), v.changeNote()))
            .toList();
    return PrivacyNotice.of(
        view.profile(), language, view.versionNumber(), view.validFrom(), changes);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
