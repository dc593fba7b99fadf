package fi.rekisteri.register.mention;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactIdentifiers;
import fi.rekisteri.register.contact.ContactRightsCommands;
import fi.rekisteri.register.mention.MentionLedger.Outcome;
import fi.rekisteri.register.mention.MentionLedger.State;
import fi.rekisteri.register.mention.MentionPatterns.Hit;
import fi.rekisteri.register.mention.MentionPatterns.Identifiers;
import fi.rekisteri.register.mention.MentionPatterns.MatchedBy;
import fi.rekisteri.register.mention.MentionRecords.Mention;
import fi.rekisteri.register.mention.MentionRecords.RemainingMention;
import fi.rekisteri.register.mention.MentionSearch.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A subject's mentions in other records' free text: what the register finds now (while her
 * identifiers are there) and what it has done about each (redacted, held, waiting for the DPO), and
 * the two ways a mention is redacted: by an erasure (found by email or phone, or by name in a field
 * that also holds her email or phone) and by the DPO's confirmation (any mention not held).
 */
@ApplicationScoped
public class MentionService {

  private static final String RESOURCE = "mention";

  private final ContactRightsCommands contacts;
  private final MentionSearch search;
  private final MentionLedger ledger;
  private final MentionText texts;
  private final AuditLog audit;

  public MentionService(
      ContactRightsCommands contacts,
      MentionSearch search,
      MentionLedger ledger,
      MentionText texts,
      AuditLog audit) {
    this.audit = audit;
    this.contacts = contacts;
    this.search = search;
    this.ledger = ledger;
    this.texts = texts;
  }

  /** What the search looks for: the contact's email, phone and full name as stored now. */
  public static Identifiers identifiers(Contact contact) {
    ContactIdentifiers stored = contact.identifiers();
    return Identifiers.of(stored.email(), stored.phone(), stored.firstName(), stored.lastName());
  }

  @Transactional
  public List<Mention> list(UUID subjectId) {
    List<Mention> mentions = mentions(subjectId);
    audit.record(subjectId, AuditAction.READ, RESOURCE);
    return mentions;
  }

  /** As {@link #list}, without its audit entry: for the export, which is audited as a whole. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Mention> current(UUID subjectId) {
    return mentions(subjectId);
  }

  private List<Mention> mentions(UUID subjectId) {
    Contact contact = contacts.findForRights(subjectId);
    Map<UUID, Mention> mentions = new LinkedHashMap<>();
    Identifiers person = identifiers(contact);
    for (Found found : search.find(subjectId, person)) {
      mentions.put(found.id(), view(found, person, found.held(), false));
    }
    for (Outcome outcome : ledger.forSubject(subjectId)) {
      Mention live = mentions.get(outcome.id());
      if (live != null) {
        mentions.put(outcome.id(), withState(live, outcome.state()));
        continue;
      }
      Optional<String> text = texts.read(outcome.source(), outcome.recordId(), outcome.field());
      boolean unchanged =
          text.isPresent() && MentionSearch.sha256(text.get()).equals(outcome.sha256());
      if (!unchanged && outcome.state() != State.REDACTED) {
        // the text was edited or the record is gone: what was recorded no longer stands
        continue;
      }
      String passage =
          unchanged
              ? MentionPatterns.passage(
                  text.get(), new Hit(outcome.start(), outcome.end(), outcome.matchedBy()), person)
              : null;
      mentions.put(
          outcome.id(),
          new Mention(
              outcome.id(),
              outcome.source().name(),
              outcome.recordId(),
              outcome.field(),
              passage,
              outcome.matchedBy(),
              outcome.state() == State.HELD,
              outcome.state() == State.REDACTED));
    }
    return mentions.values().stream()
        .sorted(
            java.util.Comparator.comparing(Mention::recordType)
                .thenComparing(Mention::field)
                .thenComparing(Mention::matchedBy)
                .thenComparing(m -> m.recordId().toString()))
        .toList();
  }

  private static Mention view(Found found, Identifiers person, boolean held, boolean redacted) {
    return new Mention(
        found.id(),
        found.source().name(),
        found.recordId(),
        found.field(),
        MentionPatterns.passage(found.text(), found.hit(), person),
        found.hit().matchedBy(),
        held,
        redacted);
  }

  private static Mention withState(Mention live, State state) {
    return new Mention(
        live.id(),
        live.recordType(),
        live.recordId(),
        live.field(),
        live.passage(),
        live.matchedBy(),
        live.held() || state == State.HELD,
        state == State.REDACTED);
  }

  /**
   * The DPO's confirmation: redacts one mention (in practice one found by name alone). Repeated,
   * answers as the first time. 404 when no such mention stands (the text has changed since the list
   * was read), 409 when the record is under an erasure hold.
   */
  @Transactional
  public Mention redact(UUID subjectId, UUID mentionId, String requestId) {
    Contact contact = contacts.findForRights(subjectId);
    Identifiers person = identifiers(contact);
    Optional<Outcome> recorded =
        ledger.find(mentionId).filter(o -> o.subjectId().equals(subjectId));
    if (recorded.isPresent() && recorded.get().state() == State.REDACTED) {
      return mentions(subjectId).stream()
          .filter(m -> m.id().equals(mentionId))
          .findFirst()
          .orElseThrow(() -> DomainException.notFound("Mention"));
    }
    Optional<Found> live =
        search.find(subjectId, person).stream().filter(f -> f.id().equals(mentionId)).findFirst();
    Found target = live.orElseGet(() -> recorded.flatMap(this::stillStanding).orElse(null));
    if (target == null) {
      throw DomainException.notFound("Mention");
    }
    if (target.held() || recorded.map(o -> o.state() == State.HELD).orElse(false)) {
      throw DomainException.conflict("The record is under an erasure hold; it is kept as it is");
    }
    MentionText.Redacted redacted =
        texts.redact(
            target.source(),
            target.recordId(),
            target.field(),
            target.text(),
            List.of(target.hit()));
    Hit span = redacted.spans().get(0);
    ledger.record(outcome(target, State.REDACTED, span, redacted.text(), requestId));
    audit.record(subjectId, AuditAction.UPDATE, RESOURCE);
    return new Mention(
        target.id(),
        target.source().name(),
        target.recordId(),
        target.field(),
        MentionPatterns.passage(redacted.text(), span, person),
        target.hit().matchedBy(),
        false,
        true);
  }

  /** A recorded (pending) mention whose field still holds the text it was recorded in. */
  private Optional<Found> stillStanding(Outcome outcome) {
    return texts
        .read(outcome.source(), outcome.recordId(), outcome.field())
        .filter(text -> MentionSearch.sha256(text).equals(outcome.sha256()))
        .map(
            text ->
                new Found(
                    outcome.id(),
                    outcome.subjectId(),
                    outcome.source(),
                    outcome.recordId(),
                    outcome.field(),
                    text,
                    new Hit(outcome.start(), outcome.end(), outcome.matchedBy()),
                    false));
  }

  /**
   * In an erasure's transaction, with the person's identifiers read before it: redacts her mentions
   * found by email or phone (and her name where it stands in the same field as one of them) unless
   * the record is held; records the held ones and those found by name alone for the DPO ({@link
   * #remaining}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(UUID subjectId, Identifiers person, String requestId) {
    Map<String, List<Found>> byField = new LinkedHashMap<>();
    for (Found found : search.find(subjectId, person)) {
      byField
          .computeIfAbsent(
              found.source() + "|" + found.recordId() + "|" + found.field(), k -> new ArrayList<>())
          .add(found);
    }
    for (List<Found> field : byField.values()) {
      Found first = field.get(0);
      boolean strong = field.stream().anyMatch(f -> f.hit().matchedBy() != MatchedBy.NAME);
      if (first.held() || !strong) {
        State state = first.held() ? State.HELD : State.PENDING;
        for (Found found : field) {
          ledger.record(outcome(found, state, found.hit(), found.text(), requestId));
        }
        continue;
      }
      MentionText.Redacted redacted =
          texts.redact(
              first.source(),
              first.recordId(),
              first.field(),
              first.text(),
              field.stream().map(Found::hit).toList());
      List<Found> ordered =
          field.stream().sorted(java.util.Comparator.comparingInt(f -> f.hit().start())).toList();
      for (int i = 0; i < ordered.size(); i++) {
        ledger.record(
            outcome(
                ordered.get(i),
                State.REDACTED,
                redacted.spans().get(i),
                redacted.text(),
                requestId));
      }
    }
  }

  /** What an erasure left of the subject's mentions: held or found by name alone. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<RemainingMention> remaining(UUID subjectId, String requestId) {
    return ledger.forSubject(subjectId).stream()
        .filter(o -> o.state() != State.REDACTED && requestId.equals(o.requestId()))
        .map(
            o ->
                new RemainingMention(
                    o.source().table() + "." + o.field(),
                    o.matchedBy(),
                    o.state() == State.HELD ? "HELD" : "NAME_ONLY"))
        .toList();
  }

  private static Outcome outcome(
      Found found, State state, Hit span, String text, String requestId) {
    return new Outcome(
        found.id(),
        found.subjectId(),
        found.source(),
        found.recordId(),
        found.field(),
        found.hit().matchedBy(),
        state,
        span.start(),
        span.end(),
        MentionSearch.sha256(text),
        requestId);
  }
}
