package fi.rekisteri.register.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** How PostgreSQL would run a query: for tests that an index serves it. */
public final class QueryPlans {

  private QueryPlans() {}

  /**
   * The plan of {@code query} (EXPLAIN, one line per node) with sequential scans discouraged in its
   * own transaction, so that an index that can serve the query shows in the plan.
   */
  public static String withoutSeqScan(EntityManager entityManager, String query) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
              @SuppressWarnings("unchecked")
              List<String> lines =
                  entityManager.createNativeQuery("EXPLAIN " + query).getResultList();
              return String.join("\n", lines);
            });
  }
}
