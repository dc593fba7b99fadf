package fi.rekisteri.rights.delivery;

/** A message's subject line and plain-text body, Finnish first and English below. */
record MailText(String subject, String body) {}
