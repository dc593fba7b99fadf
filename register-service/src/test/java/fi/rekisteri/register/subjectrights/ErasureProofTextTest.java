package fi.rekisteri.register.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.contact.ContactIdentifiers;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureProof;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.QueryPlans;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The row text the proof of erasure searches (V21, V23), on the real PostgreSQL: digests are left
 * out of it and nothing else; the queue outbox_event has no proof index and is still searched, in
 * full; every proof index still serves the proof's own query.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ErasureProofTextTest {

  @Inject EntityManager entityManager;
  @Inject ErasureProofCheck proofCheck;
  @Inject TransactionManager transactions;

  @Test
  void givenAnAuditEntry_whenReadAsTheProofsText_thenItsDigestsAreLeftOutAndItsOtherColumnsKept() {
    Api.createContact(TestData.contact());
    Object[] row =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        entityManager
                            .createNativeQuery(
                                "SELECT a::text, public.proof_row_text(a), a.hash, a.prev_hash,"
                                    + " a.actor, a.subject_id::text FROM audit_entry a"
                                    + " ORDER BY a.id DESC LIMIT 1")
                            .getSingleResult());
    String whole = (String) row[0];
    String proofText = (String) row[1];
    assertThat(whole).contains((String) row[2]).contains((String) row[3]);
    assertThat(proofText)
        .doesNotContain((String) row[2])
        .doesNotContain((String) row[3])
        .contains((String) row[4])
        .contains((String) row[5]);
    assertThat(proofText)
        .isEqualTo(whole.replace((String) row[2], "").replace((String) row[3], ""));
  }

  @Test
  void givenDigestsBetweenWords_whenReadAsTheProofsText_thenOnlyWholeDigestsGoAndNoWordsJoin() {
    String digest = "ab".repeat(32);
    String text =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        entityManager
                            .createNativeQuery(
                                "SELECT public.proof_row_text(ROW(CAST(?1 AS text), CAST(?2 AS text),"
                                    + " CAST(?3 AS text), CAST(?4 AS text)))")
                            .setParameter(1, "Maija")
                            .setParameter(2, digest)
                            .setParameter(3, "Meik" + digest)
                            .setParameter(4, digest + "0")
                            .getSingleResult());
    // a 64-digit word goes; one glued to a name or 65 digits long is not a digest and stays
    assertThat(text).isEqualTo("(Maija,,Meik" + digest + "," + digest + "0)");
  }

  @Test
  void givenAnEventWaitingInTheOutbox_whenTheProofSearches_thenItFindsThePersonThere()
      throws Exception {
    String email = "jono." + TestData.unique() + "@example.fi";
    ContactIdentifiers person = new ContactIdentifiers(email, null, null, null, List.of());
    transactions.begin();
    try {
      // in this transaction only: the relay never sees the row, which is rolled back below
      entityManager
          .createNativeQuery(
              "INSERT INTO outbox_event (event_id, aggregate_type, aggregate_id, subject_id,"
                  + " event_type, occurred_at, payload) VALUES (gen_random_uuid(), 'contact',"
                  + " gen_random_uuid(), gen_random_uuid(), 'ContactUpdated', now(), ?1)")
          .setParameter(1, "{\"email\":\"" + email + "\"}")
          .executeUpdate();
      ErasureProof proof =
          proofCheck.check(
              UUID.randomUUID(), "proof-outbox-" + TestData.unique(), person, List.of());
      assertThat(proof.checked()).contains("outbox_event");
      assertThat(proof.remaining())
          .filteredOn(r -> r.place().equals("outbox_event"))
          .singleElement()
          .satisfies(r -> assertThat(r.found()).containsExactly("email"));
    } finally {
      transactions.rollback();
    }
  }

  @Test
  void givenTheProofIndexes_whenTheProofsQueryIsPlanned_thenEachIsUsedAndTheQueuesHaveNone() {
    List<String> indexed =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "SELECT tablename FROM pg_indexes WHERE schemaname = 'public'"
                                + " AND indexname LIKE '%\\_proof\\_trgm\\_idx' ORDER BY tablename",
                            String.class)
                        .getResultList());
    assertThat(indexed)
        .contains("contact", "audit_entry", "rights_command")
        .doesNotContain("outbox_event", "audit_pending", "erasure_ledger_outbox");
    for (String table : indexed) {
      String plan =
          QueryPlans.withoutSeqScan(
              entityManager,
              "SELECT EXISTS (SELECT 1 FROM "
                  + table
                  + " t WHERE public.proof_row_text(t) ILIKE '%meikalainen%')");
      assertThat(plan).as(table).contains(table + "_proof_trgm_idx");
    }
  }
}
