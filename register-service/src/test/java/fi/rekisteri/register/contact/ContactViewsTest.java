package fi.rekisteri.register.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The restriction in a contact's view: an unrestricted contact's causes are never loaded (a read is
 * one query, not two; docs/benchmark.md), a restricted one shows its latest cause.
 */
class ContactViewsTest {

  /** Stands for the lazy collection: any use of it would be the second query. */
  private static final class NotToBeLoaded extends AbstractList<RestrictionRecord> {
    boolean touched;

    @Override
    public RestrictionRecord get(int index) {
      touched = true;
      throw new IllegalStateException("the causes were loaded");
    }

    @Override
    public int size() {
      touched = true;
      return 0;
    }
  }

  @Test
  void givenUnrestrictedContact_whenView_thenCausesNotLoadedAndNoneShown() {
    Contact contact = new Contact();
    NotToBeLoaded causes = new NotToBeLoaded();
    contact.restrictionCauses = causes;

    ContactView.Restriction withCauses = ContactViews.view(contact, null, true).restriction();
    ContactView.Restriction without = ContactViews.view(contact, null, false).restriction();

    assertThat(causes.touched).isFalse();
    assertThat(withCauses.restricted()).isFalse();
    assertThat(withCauses.reason()).isNull();
    assertThat(withCauses.causes()).isEmpty();
    assertThat(without.causes()).isNull();
  }

  @Test
  void givenRestrictedContact_whenView_thenLatestReasonAndEveryCause() {
    Contact contact = new Contact();
    Instant since = Instant.parse("2026-03-01T10:00:00Z");
    contact.restricted = true;
    contact.restrictedAt = since;
    contact.restrictionCauses =
        new ArrayList<>(
            List.of(
                new RestrictionRecord(
                    "req-1", RestrictionCause.CONTESTED_ACCURACY, "accuracy contested", since),
                new RestrictionRecord(null, RestrictionCause.ERASURE_HOLD, "accounting", since)));

    ContactView.Restriction restriction = ContactViews.view(contact, null, true).restriction();

    assertThat(restriction.restricted()).isTrue();
    assertThat(restriction.reason()).isEqualTo("accounting");
    assertThat(restriction.since()).isEqualTo(since);
    assertThat(restriction.causes())
        .extracting(ContactView.Cause::kind)
        .containsExactly(RestrictionCause.CONTESTED_ACCURACY, RestrictionCause.ERASURE_HOLD);
  }
}
