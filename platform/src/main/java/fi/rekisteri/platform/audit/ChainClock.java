package fi.rekisteri.platform.audit;

/** Where the time of the entries that one commit links into the chain comes from. */
public enum ChainClock {

  /** The service's clock when the batch is linked (the register, since its group commit). */
  SERVICE,

  /**
   * The database's clock under the head row's lock, never before the head entry's time, as the
   * rights service's former {@code audit_append} (its V7) took it: ids and times grow along the
   * chain whichever instance appends, even should the database's clock step back.
   */
  DATABASE
}
