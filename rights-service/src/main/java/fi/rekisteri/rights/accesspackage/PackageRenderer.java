package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.request.Language;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Renders a stored package for people (HTML, plain text, in the request's language) and for
 * machines (CSV: one row per value, {@code section,field,value}).
 */
final class PackageRenderer {

  private static final Set<String> META =
      Set.of("requestId", "type", "language", "generatedAt", "subjectId", "repeatWithin12Months");

  private static final Map<String, String[]> HEADINGS =
      Map.ofEntries(
          Map.entry(
              "information",
              new String[] {
                "Tietoja käsittelystä (tietosuoja-asetuksen 15 artikla)",
                "About the processing (GDPR Article 15)"
              }),
          Map.entry(
              "purposes",
              new String[] {"Käsittelyn tarkoitukset ja perusteet", "Purposes and legal bases"}),
          Map.entry("categories", new String[] {"Tietoryhmät", "Categories of data"}),
          Map.entry("recipients", new String[] {"Vastaanottajat", "Recipients"}),
          Map.entry("processors", new String[] {"Henkilötietojen käsittelijät", "Processors"}),
          Map.entry(
              "transfersOutsideEea",
              new String[] {"Siirrot EU:n/ETA:n ulkopuolelle", "Transfers outside the EU/EEA"}),
          Map.entry(
              "disclosuresOfYourData",
              new String[] {"Tietojenne luovutukset", "Disclosures of your data"}),
          Map.entry("retention", new String[] {"Säilytysajat", "Retention"}),
          Map.entry("rights", new String[] {"Oikeutenne", "Your rights"}),
          Map.entry(
              "complaintAuthority",
              new String[] {
                "Valitus valvontaviranomaiselle", "Complaint to the supervisory authority"
              }),
          Map.entry("source", new String[] {"Tietolähteet", "Sources"}),
          Map.entry("general", new String[] {"Yleisesti", "In general"}),
          Map.entry("yourData", new String[] {"Teitä koskevat tiedot", "Your data"}),
          Map.entry(
              "automatedDecisions",
              new String[] {"Automaattinen päätöksenteko", "Automated decision-making"}),
          Map.entry("controller", new String[] {"Rekisterinpitäjä", "Controller"}),
          Map.entry(
              "register",
              new String[] {
                "Asiakasrekisterin tiedot teistä", "Your data in the customer register"
              }),
          Map.entry(
              "rightsService",
              new String[] {"Tietosuojapyyntönne", "Your data-protection requests"}),
          Map.entry("requests", new String[] {"Pyynnöt", "Requests"}),
          Map.entry("contact", new String[] {"Yhteystiedot", "Contact details"}),
          Map.entry("organisation", new String[] {"Organisaatio", "Organisation"}),
          Map.entry("orders", new String[] {"Tilaukset", "Orders"}),
          Map.entry("invoices", new String[] {"Laskut", "Invoices"}),
          Map.entry("preferences", new String[] {"Markkinointiasetukset", "Marketing preferences"}),
          Map.entry("interactions", new String[] {"Yhteydenpito", "Interactions"}),
          Map.entry("timeline", new String[] {"Käsittelyn vaiheet", "Steps"}),
          Map.entry("sources", new String[] {"Tietolähteet", "Sources"}));

  private PackageRenderer() {}

  static String html(JsonNode pkg, Language language) {
    boolean en = language == Language.EN;
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\">\n<head><meta charset=\"utf-8\"><title>")
        .append(escape(title(pkg, en)))
        .append("</title></head>\n<body>\n<h1>")
        .append(escape(title(pkg, en)))
        .append("</h1>\n<p>")
        .append(escape(intro(pkg, en)))
        .append("</p>\n");
    Iterator<Map.Entry<String, JsonNode>> fields = pkg.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (META.contains(field.getKey())) {
        continue;
      }
      out.append("<section>\n<h2>").append(escape(heading(field.getKey(), en))).append("</h2>\n");
      html(field.getValue(), en, out);
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  static String text(JsonNode pkg, Language language) {
    boolean en = language == Language.EN;
    StringBuilder out = new StringBuilder();
    out.append(title(pkg, en))
        .append('\n')
        .append("=".repeat(title(pkg, en).length()))
        .append("\n\n");
    out.append(intro(pkg, en)).append("\n\n");
    Iterator<Map.Entry<String, JsonNode>> fields = pkg.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (META.contains(field.getKey())) {
        continue;
      }
      String heading = heading(field.getKey(), en);
      out.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
      text(field.getValue(), en, 0, out);
      out.append('\n');
    }
    return out.toString();
  }

  static String csv(JsonNode pkg) {
    StringBuilder out = new StringBuilder("section,field,value\r\n");
    Iterator<Map.Entry<String, JsonNode>> fields = pkg.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (META.contains(field.getKey())) {
        continue;
      }
      csv(field.getKey(), "", field.getValue(), out);
    }
    return out.toString();
  }

  private static void csv(String section, String path, JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  csv(
                      section,
                      path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                      f.getValue(),
                      out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        csv(section, path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.append(cell(section))
          .append(',')
          .append(cell(path))
          .append(',')
          .append(cell(node.asText()))
          .append("\r\n");
    }
  }

  private static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static void html(JsonNode node, boolean en, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("<p>-</p>\n");
    } else if (node.isObject()) {
      out.append("<dl>\n");
      node.fields()
          .forEachRemaining(
              f -> {
                out.append("<dt>").append(escape(heading(f.getKey(), en))).append("</dt>\n<dd>");
                if (f.getValue().isValueNode() || f.getValue().isNull()) {
                  out.append(escape(scalar(f.getValue())));
                } else {
                  out.append('\n');
                  html(f.getValue(), en, out);
                }
                out.append("</dd>\n");
              });
      out.append("</dl>\n");
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("<p>-</p>\n");
        return;
      }
      out.append("<ol>\n");
      for (JsonNode item : node) {
        out.append("<li>");
        if (item.isValueNode()) {
          out.append(escape(scalar(item)));
        } else {
          out.append('\n');
          html(item, en, out);
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    } else {
      out.append("<p>").append(escape(scalar(node)).replace("\n", "<br>")).append("</p>\n");
    }
  }

  private static void text(JsonNode node, boolean en, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append(indent).append("-\n");
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                out.append(indent).append(heading(f.getKey(), en)).append(':');
                if (f.getValue().isValueNode() || f.getValue().isNull()) {
                  out.append(' ')
                      .append(scalar(f.getValue()).replace("\n", "\n" + indent + "  "))
                      .append('\n');
                } else {
                  out.append('\n');
                  text(f.getValue(), en, depth + 1, out);
                }
              });
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append(indent).append("-\n");
      }
      int index = 1;
      for (JsonNode item : node) {
        out.append(indent).append(index++).append('.');
        if (item.isValueNode()) {
          out.append(' ').append(scalar(item)).append('\n');
        } else {
          out.append('\n');
          text(item, en, depth + 1, out);
        }
      }
    } else {
      out.append(indent).append(scalar(node).replace("\n", "\n" + indent)).append('\n');
    }
  }

  private static String title(JsonNode pkg, boolean en) {
    boolean portability = "PORTABILITY".equals(pkg.path("type").asText());
    if (portability) {
      return en ? "Your data for portability" : "Tietonne siirtoa varten";
    }
    return en ? "Copy of your personal data" : "Jäljennös henkilötiedoistanne";
  }

  private static String intro(JsonNode pkg, boolean en) {
    return (en ? "Request " : "Pyyntö ")
        + pkg.path("requestId").asText()
        + (en ? ", produced " : ", muodostettu ")
        + pkg.path("generatedAt").asText()
        + ".";
  }

  private static String heading(String key, boolean en) {
    String[] names = HEADINGS.get(key);
    return names == null ? key : names[en ? 1 : 0];
  }

  private static String scalar(JsonNode node) {
    return node == null || node.isNull() ? "-" : node.asText();
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
