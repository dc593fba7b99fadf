package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.gdpr.RequestType;
import java.time.LocalDate;
import java.util.UUID;

/** What every letter about one request needs to know. {@code language} is "fi" or "en". */
public record LetterContext(
    String language,
    UUID requestId,
    RequestType requestType,
    String firstName,
    String lastName,
    LocalDate receivedOn) {

  public boolean english() {
    return "en".equals(language);
  }
}
