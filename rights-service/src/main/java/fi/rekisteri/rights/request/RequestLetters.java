package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.letter.LetterText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The letters written to a request's requester, in order. Not persisted itself. */
public final class RequestLetters {

  private final DataSubjectRequest request;

  RequestLetters(DataSubjectRequest request) {
    this.request = request;
  }

  public List<Letter> all() {
    return request.letters;
  }

  /** The request's letter with {@code letterId}, or a 404. */
  public Letter get(UUID letterId) {
    return request.letters.stream()
        .filter(letter -> letter.id().equals(letterId))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("letter"));
  }

  /** Writes {@code text} as the next letter, in the request's language. */
  void add(LetterText text, String actor, Instant now) {
    List<Letter> letters = request.letters;
    letters.add(
        new Letter(request, letters.size() + 1, text.kind(), request.language(), text, actor, now));
  }
}
