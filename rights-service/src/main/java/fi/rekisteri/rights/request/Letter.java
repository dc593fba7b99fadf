package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A letter to the requester, as sent; never changed. */
@Entity
@Table(name = "letter")
public class Letter {

  @Id UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  DataSubjectRequest request;

  int seq;

  @Enumerated(EnumType.STRING)
  LetterKind kind;

  String language;
  String title;
  String body;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "created_by")
  String createdBy;

  protected Letter() {}

  Letter(
      DataSubjectRequest request,
      int seq,
      LetterKind kind,
      Language language,
      LetterText text,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.seq = seq;
    this.kind = kind;
    this.language = language.code();
    this.title = text.title();
    this.body = text.body();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public LetterKind kind() {
    return kind;
  }

  public LetterView view() {
    return new LetterView(id, kind, Language.of(language), title, body, createdAt, createdBy);
  }

  @Override
  public String toString() {
    return "Letter[" + id + ", " + kind + "]";
  }
}
