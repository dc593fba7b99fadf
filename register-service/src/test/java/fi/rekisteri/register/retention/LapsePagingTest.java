package fi.rekisteri.register.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A page of lapsing consents never splits one contact's channels between two pages. */
class LapsePagingTest {

  private static final UUID A = new UUID(0, 1);
  private static final UUID B = new UUID(0, 2);
  private static final UUID C = new UUID(0, 3);

  @Test
  void givenAFullPageEndingInsideAContact_whenWholeContacts_thenThatContactIsLeftForTheNextPage() {
    List<Object[]> rows =
        List.of(
            new Object[] {A, "EMAIL"},
            new Object[] {B, "EMAIL"},
            new Object[] {C, "EMAIL"},
            new Object[] {C, "POST"});

    List<Object[]> kept = RetentionService.wholeContacts(rows, 4);

    assertThat(kept).extracting(r -> r[0]).containsExactly(A, B);
  }

  @Test
  void givenAShortPage_whenWholeContacts_thenAllRowsAreKept() {
    List<Object[]> rows = List.of(new Object[] {A, "EMAIL"}, new Object[] {B, "POST"});

    assertThat(RetentionService.wholeContacts(rows, 3)).hasSize(2);
  }

  @Test
  void givenAFullPageOfOneContact_whenWholeContacts_thenItIsKeptWhole() {
    List<Object[]> rows = List.of(new Object[] {A, "EMAIL"}, new Object[] {A, "POST"});

    assertThat(RetentionService.wholeContacts(rows, 2)).hasSize(2);
  }
}
