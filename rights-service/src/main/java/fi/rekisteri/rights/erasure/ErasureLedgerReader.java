package fi.rekisteri.rights.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.kafka.KafkaClientSettings;
import fi.rekisteri.platform.ledger.LedgerReader;
import fi.rekisteri.platform.ledger.LedgerSeal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the whole erasure ledger, without a consumer group, from the beginning to the end it had
 * when the read began. The register owns the topic and seals each entry (platform LedgerSeal); a
 * record that fails the check is skipped and reported, never applied. A topic that does not exist
 * yet is an empty ledger.
 */
@ApplicationScoped
public class ErasureLedgerReader {

  /** The accepted entries (latest per subject, oldest first) and the records skipped. */
  public record Ledger(List<ErasureLedgerEntry> entries, List<LedgerReader.Skipped> skipped) {}

  private final KafkaClientSettings kafka;
  private final String topic;
  private final ObjectMapper mapper;
  private final LedgerSeal seal;

  public ErasureLedgerReader(
      KafkaClientSettings kafka,
      @ConfigProperty(name = "rekisteri.erasure-ledger.topic") String topic,
      ObjectMapper mapper,
      LedgerSeal seal) {
    this.kafka = kafka;
    this.topic = topic;
    this.mapper = mapper;
    this.seal = seal;
  }

  public String topic() {
    return topic;
  }

  /**
   * The latest accepted entry of each subject, oldest first, and the records skipped.
   *
   * @throws IllegalStateException when the broker cannot be read within {@code timeout}
   */
  public Ledger readAll(Duration timeout) {
    LedgerReader.Read read =
        LedgerReader.readAll(
            kafka.get(), topic, "rights-erasure-ledger-reader", timeout, seal, false);
    List<ErasureLedgerEntry> entries = new ArrayList<>();
    List<LedgerReader.Skipped> skipped = new ArrayList<>(read.skipped());
    for (JsonNode node : read.entries()) {
      try {
        entries.add(mapper.treeToValue(node, ErasureLedgerEntry.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        skipped.add(new LedgerReader.Skipped(0, -1, "unreadable"));
      }
    }
    return new Ledger(entries, skipped);
  }
}
