package fi.rekisteri.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.audit.AuditVerification.ChainBreak;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The walk against the published head, on a chain in memory. */
class AuditVerifierTest {

  /** A chain of entries 1..n in memory, with its head row. */
  static final class Chain implements AuditLinks {
    final List<Link> links = new ArrayList<>();
    long anchorId;
    String anchorHash = AuditChain.GENESIS;
    long lastId;
    String lastHash = AuditChain.GENESIS;

    Chain(int entries) {
      for (int i = 1; i <= entries; i++) {
        append("actor-" + i);
      }
    }

    void append(String actor) {
      long id = lastId + 1;
      Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id);
      UUID subject = new UUID(0, id);
      String hash = AuditChain.hash(lastHash, id, at, actor, "dpo", subject, "READ", "r", "p");
      links.add(new Link(id, at, actor, "dpo", subject, "READ", "r", "p", lastHash, hash));
      lastId = id;
      lastHash = hash;
    }

    String hash(long id) {
      return links.stream().filter(l -> l.id() == id).findFirst().orElseThrow().hash();
    }

    AuditHead published(long position) {
      return new AuditHead("c", position, hash(position), anchorId, Instant.now(), "1");
    }

    @Override
    public Head head() {
      return new Head(anchorId, anchorHash, lastId, lastHash);
    }

    @Override
    public List<Link> links(long afterId, long lastId, int limit) {
      return links.stream().filter(l -> l.id() > afterId && l.id() <= lastId).limit(limit).toList();
    }

    @Override
    public Long firstOutside(long anchorId, long lastId) {
      return links.stream()
          .map(Link::id)
          .filter(id -> id <= anchorId || id > lastId)
          .min(Long::compare)
          .orElse(null);
    }

    @Override
    public String hashAt(long id) {
      return links.stream().filter(l -> l.id() == id).map(Link::hash).findFirst().orElse(null);
    }
  }

  @Test
  void givenPublishedHeadInTheChain_whenVerify_thenValidWithTheEntriesAfterIt() {
    Chain chain = new Chain(700);

    AuditVerification result = AuditVerifier.verify(chain, chain.published(650), 1);

    assertThat(result.valid()).isTrue();
    assertThat(result.entries()).isEqualTo(700);
    assertThat(result.publishedHead().position()).isEqualTo(650);
    assertThat(result.unpublishedEntries()).isEqualTo(50);
    assertThat(result.refusedPublications()).isEqualTo(1);
    assertThat(result.broken()).isNull();
  }

  @Test
  void givenNothingPublished_whenVerify_thenEveryEntryUnpublished() {
    Chain chain = new Chain(3);

    AuditVerification result = AuditVerifier.verify(chain);

    assertThat(result.valid()).isTrue();
    assertThat(result.publishedHead()).isNull();
    assertThat(result.unpublishedEntries()).isEqualTo(3);
  }

  @Test
  void givenChainRewrittenAfterPublication_whenVerify_thenPublishedHeadNotInDatabase() {
    Chain chain = new Chain(5);
    AuditHead published = chain.published(4);
    // an administrator rebuilds the whole chain with one entry changed: it holds in itself
    Chain rewritten = new Chain(0);
    for (int i = 1; i <= 6; i++) {
      rewritten.append(i == 2 ? "someone-else" : "actor-" + i);
    }

    AuditVerification result = AuditVerifier.verify(rewritten, published, 0);

    assertThat(result.valid()).isFalse();
    assertThat(result.broken()).isEqualTo(ChainBreak.PUBLISHED_HEAD_NOT_IN_DATABASE);
    assertThat(result.firstBrokenId()).isEqualTo(4);
  }

  @Test
  void givenPublishedHeadBeyondTheDatabasesHead_whenVerify_thenPublishedHeadNotInDatabase() {
    Chain chain = new Chain(5);
    AuditHead published = chain.published(5);
    chain.links.remove(4);
    chain.lastId = 4;
    chain.lastHash = chain.hash(4);

    AuditVerification result = AuditVerifier.verify(chain, published, 0);

    assertThat(result.broken()).isEqualTo(ChainBreak.PUBLISHED_HEAD_NOT_IN_DATABASE);
    assertThat(result.firstBrokenId()).isEqualTo(5);
  }

  @Test
  void givenAnchorMovedToTheHead_whenVerify_thenEntriesOutsideTheChain() {
    Chain chain = new Chain(5);
    AuditHead published = chain.published(5);
    chain.anchorId = chain.lastId;
    chain.anchorHash = chain.lastHash;

    AuditVerification result = AuditVerifier.verify(chain, published, 0);

    assertThat(result.valid()).isFalse();
    assertThat(result.entries()).isZero();
    assertThat(result.broken()).isEqualTo(ChainBreak.ENTRIES_OUTSIDE_CHAIN);
    assertThat(result.firstBrokenId()).isEqualTo(1);
  }

  @Test
  void givenPrunedUpToThePublishedHead_whenVerify_thenValid() {
    Chain chain = new Chain(5);
    AuditHead published = chain.published(5);
    chain.anchorId = 5;
    chain.anchorHash = chain.hash(5);
    chain.links.clear();

    assertThat(AuditVerifier.verify(chain, published, 0).valid()).isTrue();
  }

  @Test
  void givenEntryChangedOrNewestGone_whenVerify_thenBrokenThere() {
    Chain chain = new Chain(5);
    AuditLinks.Link third = chain.links.get(2);
    chain.links.set(
        2,
        new AuditLinks.Link(
            3,
            third.occurredAt(),
            "someone-else",
            third.role(),
            third.subjectId(),
            third.action(),
            third.resource(),
            third.purpose(),
            third.prevHash(),
            third.hash()));
    AuditVerification changed = AuditVerifier.verify(chain, null, 0);
    assertThat(changed.broken()).isEqualTo(ChainBreak.ENTRY_ALTERED);
    assertThat(changed.firstBrokenId()).isEqualTo(3);

    Chain shortened = new Chain(5);
    shortened.links.remove(4);
    AuditVerification gone = AuditVerifier.verify(shortened, null, 0);
    assertThat(gone.broken()).isEqualTo(ChainBreak.HEAD_NOT_IN_CHAIN);
    assertThat(gone.firstBrokenId()).isEqualTo(5);
  }

  @Test
  void givenChainThatNoLongerExtendsThePublishedHead_whenPublication_thenRefused() {
    Chain chain = new Chain(5);
    AuditHead published = chain.published(3);
    chain.append("actor-6");
    assertThat(AuditHeadPublisher.refusal(chain, chain.head(), published)).isNull();
    assertThat(AuditHeadPublisher.refusal(chain, chain.head(), null)).isNull();

    Chain rewritten = new Chain(0);
    for (int i = 1; i <= 6; i++) {
      rewritten.append(i == 2 ? "someone-else" : "actor-" + i);
    }
    assertThat(AuditHeadPublisher.refusal(rewritten, rewritten.head(), published))
        .contains("is not in the database");
    Chain behind = new Chain(2);
    assertThat(AuditHeadPublisher.refusal(behind, behind.head(), published))
        .contains("behind the published head");
  }
}
