package fi.rekisteri.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {

  static final class TestRefusal extends Refusal {
    TestRefusal(int status, String title, String message, String field, String type) {
      super(status, title, message, field, type);
    }
  }

  @Test
  void givenA400WithAField_whenProblem_thenValidationTypeAndTheFieldAsTheError() {
    Problem problem =
        new TestRefusal(400, Refusal.INVALID_TITLE, "must be positive", "amount", null).problem();

    assertThat(problem.type()).isEqualTo(Refusal.VALIDATION);
    assertThat(problem.title()).isEqualTo("Invalid request");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).isEqualTo("must be positive");
    assertThat(problem.errors())
        .containsExactly(new Problem.FieldError("amount", "must be positive"));
  }

  @Test
  void givenAnotherStatusWithoutType_whenProblem_thenAboutBlankAndNoErrors() {
    Problem problem = new TestRefusal(404, "Not found", "Contact not found", null, null).problem();

    assertThat(problem.type()).isEqualTo("about:blank");
    assertThat(problem.errors()).isEqualTo(List.of());
  }

  @Test
  void givenItsOwnType_whenProblem_thenThatType() {
    TestRefusal refusal =
        new TestRefusal(409, "Restricted", "restricted", null, "https://example/restricted");

    assertThat(refusal.problem().type()).isEqualTo("https://example/restricted");
    assertThat(refusal.type()).isEqualTo("https://example/restricted");
    assertThat(refusal.getStackTrace()).isEmpty();
  }
}
