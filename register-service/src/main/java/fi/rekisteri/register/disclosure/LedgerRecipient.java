package fi.rekisteri.register.disclosure;

/**
 * One distinct recipient in a subject's ledger: its kind, and whether it received a marketing list
 * with the subject (then an objection to direct marketing is told to it, if a processor).
 */
public record LedgerRecipient(String name, RecipientKind kind, boolean marketing) {

  LedgerRecipient merge(LedgerRecipient other) {
    return new LedgerRecipient(
        name,
        kind == RecipientKind.PROCESSOR || other.kind == RecipientKind.PROCESSOR
            ? RecipientKind.PROCESSOR
            : RecipientKind.RECIPIENT,
        marketing || other.marketing);
  }
}
