package fi.rekisteri.register.invoice;

public enum InvoiceStatus {
  OPEN,
  PAID,
  IN_COLLECTION,
  CREDITED;

  /** An open claim is a hold on erasure (Art. 17(3)(e)). */
  public boolean isOpenClaim() {
    return this == OPEN || this == IN_COLLECTION;
  }
}
