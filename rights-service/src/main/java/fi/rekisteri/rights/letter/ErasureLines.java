package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.letter.ErasureCodes.ErasedCategory;
import fi.rekisteri.rights.letter.ErasureCodes.ErasureAction;
import fi.rekisteri.rights.letter.ErasureCodes.KeepingBasis;
import fi.rekisteri.rights.letter.ErasureCodes.KeepingGround;
import fi.rekisteri.rights.letter.ErasureCodes.KeptCategory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the register erased and what it kept, on which ground, until when (R16), in the register's
 * codes. {@code restricted}: the kept data is restricted (stored, not used). {@code keyedHash}: the
 * keyed hash of the email that the suppression list keeps (null: none). {@code recipients}: the
 * recipients and processors told of the erasure (Art. 19), by name.
 */
public record ErasureLines(
    List<Erased> erased,
    List<Kept> kept,
    boolean restricted,
    KeyedHash keyedHash,
    List<String> recipients) {

  /**
   * The suppression list's keyed hash of the email: kept until {@code until}, or, when {@code
   * whileObjection}, as long as the objection to direct marketing stands.
   */
  public record KeyedHash(boolean whileObjection, LocalDate until) {

    /** From the register's answer ({@code reason} OBJECTION or ERASED); null for none. */
    public static KeyedHash of(String reason, String until) {
      if ("OBJECTION".equals(reason)) {
        return new KeyedHash(true, null);
      }
      LocalDate day = Kept.date(until);
      return day == null ? null : new KeyedHash(false, day);
    }
  }

  public record Erased(ErasedCategory category, ErasureAction action) {

    /** From the register's answer; an unknown code becomes {@code OTHER}. */
    public Erased(String category, String action) {
      this(
          ErasureCodes.parse(ErasedCategory.class, category, ErasedCategory.OTHER),
          ErasureCodes.parse(ErasureAction.class, action, ErasureAction.ERASED));
    }
  }

  /** {@code until} null: kept while the ground lasts (an open claim, an acting contact person). */
  public record Kept(
      KeptCategory category, KeepingGround ground, KeepingBasis legalBasis, LocalDate until) {

    /** From the register's answer; an unknown code becomes {@code OTHER}. */
    public Kept(String category, String ground, String legalBasis, String until) {
      this(
          ErasureCodes.parse(KeptCategory.class, category, KeptCategory.OTHER),
          ErasureCodes.parse(KeepingGround.class, ground, KeepingGround.OTHER),
          ErasureCodes.parse(KeepingBasis.class, legalBasis, KeepingBasis.OTHER),
          date(until));
    }

    static LocalDate date(String until) {
      try {
        return until == null || until.isBlank() ? null : LocalDate.parse(until);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  public ErasureLines {
    erased = erased == null ? List.of() : List.copyOf(erased);
    kept = kept == null ? List.of() : List.copyOf(kept);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  public ErasureLines(List<Erased> erased, List<Kept> kept, boolean restricted) {
    this(erased, kept, restricted, null, List.of());
  }

  /** These lines with the keyed hash kept and the recipients told. */
  public ErasureLines with(KeyedHash keyedHash, List<String> recipients) {
    return new ErasureLines(erased, kept, restricted, keyedHash, recipients);
  }

  /** Kept invoices bind the rest of the person's minimum data, which the register restricts. */
  public ErasureLines(List<Erased> erased, List<Kept> kept) {
    this(
        erased,
        kept,
        kept != null
            && kept.stream()
                .anyMatch(
                    k ->
                        k.category() == KeptCategory.OPEN_INVOICES
                            || k.category() == KeptCategory.ACCOUNTING_VOUCHERS));
  }

  public boolean partial() {
    return !kept.isEmpty();
  }
}
