package fi.rekisteri.register.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The retention job's pass over due ids, a page at a time (keyset on id). */
class RetentionPagingTest {

  private static final List<UUID> DUE =
      IntStream.rangeClosed(1, 1234).mapToObj(i -> new UUID(0, i)).toList();

  private final List<UUID> asked = new ArrayList<>();

  private List<UUID> page(UUID after, int limit) {
    asked.add(after);
    return DUE.stream().filter(id -> id.compareTo(after) > 0).limit(limit).toList();
  }

  @Test
  void givenMoreIdsThanAPage_whenEach_thenEveryIdOnceAndPagesStartAfterTheLastSeen() {
    List<UUID> stepped = new ArrayList<>();

    long done = RetentionJob.each(this::page, 100, stepped::add);

    assertThat(done).isEqualTo(1234);
    assertThat(stepped).containsExactlyElementsOf(DUE);
    assertThat(asked).hasSize(13);
    assertThat(asked.get(1)).isEqualTo(new UUID(0, 100));
    assertThat(asked.get(12)).isEqualTo(new UUID(0, 1200));
  }

  @Test
  void givenExactlyFullPages_whenEach_thenOneEmptyPageEndsThePass() {
    List<UUID> stepped = new ArrayList<>();

    long done = RetentionJob.each(this::page, 617, stepped::add);

    assertThat(done).isEqualTo(1234);
    assertThat(asked).hasSize(3);
  }

  @Test
  void givenAFailingStep_whenEach_thenTheRestAreStillProcessedAndOnlySuccessesCounted() {
    List<UUID> stepped = new ArrayList<>();

    long done =
        RetentionJob.each(
            this::page,
            100,
            id -> {
              if (id.getLeastSignificantBits() % 10 == 0) {
                throw new IllegalStateException("database said no");
              }
              stepped.add(id);
              return id.getLeastSignificantBits() % 2 == 1;
            });

    assertThat(stepped).hasSize(1234 - 123);
    assertThat(done).isEqualTo(617);
  }
}
