package fi.rekisteri.register.preference;

import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.common.SourceChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a marketing preference; the current state is the latest change per kind. */
@Entity
@Table(name = "preference_change")
public class PreferenceChange {

  @Id UUID id;

  @Column(name = "contact_id")
  UUID contactId;

  @Enumerated(EnumType.STRING)
  PreferenceKind kind;

  @Enumerated(EnumType.STRING)
  MarketingChannel channel;

  boolean granted;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_channel")
  SourceChannel sourceChannel;

  @Column(name = "source_collected_at")
  Instant sourceCollectedAt;

  @Column(name = "recorded_at")
  Instant recordedAt;

  @Column(name = "recorded_by")
  String recordedBy;

  protected PreferenceChange() {}

  PreferenceChange(
      UUID contactId,
      PreferenceKind kind,
      MarketingChannel channel,
      boolean granted,
      Source source,
      String recordedBy) {
    this.id = UUID.randomUUID();
    this.contactId = contactId;
    this.kind = kind;
    this.channel = channel;
    this.granted = granted;
    this.sourceChannel = source.channel();
    this.sourceCollectedAt = source.collectedAt();
    this.recordedAt = Instant.now();
    this.recordedBy = recordedBy;
  }

  public PreferenceChangeView view() {
    return new PreferenceChangeView(
        id,
        kind,
        channel,
        granted,
        new Source(sourceChannel, sourceCollectedAt),
        recordedAt,
        recordedBy);
  }

  @Override
  public String toString() {
    return "PreferenceChange[" + id + ", " + kind + "]";
  }
}
