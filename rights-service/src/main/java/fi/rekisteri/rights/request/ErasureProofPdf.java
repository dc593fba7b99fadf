package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.PdfDocuments;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.letter.LetterDates;
import fi.rekisteri.rights.request.ErasureProofWords.Field;
import fi.rekisteri.rights.request.ErasureProofWords.Found;
import fi.rekisteri.rights.request.ErasureProofWords.KeptByDesign;
import fi.rekisteri.rights.request.ErasureProofWords.Outcome;
import fi.rekisteri.rights.request.ErasureProofWords.Place;
import fi.rekisteri.rights.request.ErasureProofWords.Reason;
import fi.rekisteri.rights.request.ErasureProofWords.Service;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proof of an erasure as a PDF for the DPO ({@code templates/proof/pdf.html}, the words in
 * {@code messages/proof_fi.properties}): in Finnish, the controller's language, dates as a Finnish
 * reader writes them, every code worded. Like the JSON it holds no personal data beyond the request
 * id and the subject id.
 */
final class ErasureProofPdf {

  static final Locale FINNISH = Locale.forLanguageTag("fi");

  @CheckedTemplate(basePath = "proof")
  static class Templates {
    static native TemplateInstance pdf(Document d);
  }

  /** The document: dates already in d.M.yyyy. */
  @TemplateData
  record Document(
      String requestId,
      String subjectId,
      String erasedOn,
      Outcome outcome,
      String madeOn,
      int checkedCount,
      List<ServicePlaces> checked,
      List<RemainingLine> remaining,
      List<KeptByDesign> kept) {}

  /** A place: a table or store, and for a mention the free-text field in it. */
  @TemplateData
  record PlaceLine(Place place, Field field) {}

  /** The places one service searched. */
  @TemplateData
  record ServicePlaces(Service service, List<PlaceLine> places) {}

  /**
   * What a place still finds: the kinds of identifiers (or, for stored access copies, how many),
   * the reasons and the end date ({@code until} null: no end date yet); {@code mention}: a mention
   * in another record's free text, whose reason says it all.
   */
  @TemplateData
  record RemainingLine(
      Service service,
      PlaceLine place,
      List<Found> found,
      Integer copies,
      List<Reason> reasons,
      String until,
      boolean mention) {}

  private ErasureProofPdf() {}

  /** The PDF as made on {@code today}. */
  static byte[] render(ErasureProofView proof, LocalDate today) {
    return PdfDocuments.fromHtml(Templates.pdf(document(proof, today)).setLocale(FINNISH).render());
  }

  static Document document(ErasureProofView proof, LocalDate today) {
    Map<Service, List<PlaceLine>> checked = new LinkedHashMap<>();
    for (ErasureProofView.Place p : proof.checked()) {
      checked.computeIfAbsent(service(p.service()), s -> new ArrayList<>()).add(place(p.place()));
    }
    List<RemainingLine> remaining = new ArrayList<>();
    for (ErasureProofView.Remaining r : proof.remaining()) {
      List<Found> found = new ArrayList<>();
      Integer copies = null;
      for (String f : r.found()) {
        if (f.endsWith(ErasureProofs.STORED)) {
          copies = Integer.valueOf(f.substring(0, f.length() - ErasureProofs.STORED.length()));
        } else {
          found.add(ErasureProofWords.parse(Found.class, f, Found.OTHER));
        }
      }
      List<Reason> reasons =
          r.keptFor().stream()
              .map(k -> ErasureProofWords.parse(Reason.class, k, Reason.OTHER))
              .toList();
      remaining.add(
          new RemainingLine(
              service(r.service()),
              place(r.place()),
              found,
              copies,
              reasons,
              r.until() == null ? null : LetterDates.format(r.until(), false),
              reasons.contains(Reason.HELD) || reasons.contains(Reason.NAME_ONLY)));
    }
    return new Document(
        proof.requestId().toString(),
        proof.subjectId().toString(),
        LetterDates.format(LocalDate.ofInstant(proof.confirmedAt(), Today.HELSINKI), false),
        ErasureProofWords.parse(Outcome.class, proof.outcome(), Outcome.OTHER),
        LetterDates.format(today, false),
        proof.checked().size(),
        checked.entrySet().stream().map(e -> new ServicePlaces(e.getKey(), e.getValue())).toList(),
        remaining,
        proof.keptByDesign().stream()
            .map(k -> ErasureProofWords.parse(KeptByDesign.class, k, KeptByDesign.OTHER))
            .toList());
  }

  private static Service service(String code) {
    return "rights".equals(code) ? Service.RIGHTS : Service.REGISTER;
  }

  /** "contact", "access copies of ...", or a mention's "customer_order.summary". */
  static PlaceLine place(String code) {
    if (ErasureProofs.ACCESS_COPIES.equals(code)) {
      return new PlaceLine(Place.ACCESS_COPIES, null);
    }
    int dot = code == null ? -1 : code.indexOf('.');
    if (dot < 0) {
      return new PlaceLine(ErasureProofWords.parse(Place.class, code, Place.OTHER), null);
    }
    return new PlaceLine(
        ErasureProofWords.parse(Place.class, code.substring(0, dot), Place.OTHER),
        ErasureProofWords.parse(Field.class, code.substring(dot + 1), Field.OTHER));
  }
}
