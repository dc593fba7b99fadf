package fi.rekisteri.register.disclosure;

import java.util.List;
import java.util.UUID;

/** The distinct recipients and processors in one subject's ledger, for Art. 19 notifications. */
public record SubjectRecipients(UUID subjectId, List<LedgerRecipient> recipients) {}
