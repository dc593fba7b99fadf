package fi.rekisteri.rights.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** This service validates against a copy of the register's contract; the two must not drift. */
class ContractCopyTest {

  private static final Path REGISTER =
      Path.of("../register-service/src/main/resources/contracts/register-event.schema.json");
  private static final Path COPY =
      Path.of("src/main/resources/contracts/register-event.schema.json");

  @Test
  void givenCopyOfTheContract_whenComparedWithRegistersFile_thenIdentical() throws IOException {
    assertThat(REGISTER).exists();
    assertThat(Files.readString(COPY))
        .as("copy %s to %s", REGISTER, COPY)
        .isEqualTo(Files.readString(REGISTER));
  }
}
