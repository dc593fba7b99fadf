package fi.rekisteri.rights.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET endpoint that shows a person's data: each successful answer is an audit entry ({@link
 * ReadAuditFilter}), naming the subject found from the path parameter {@code id}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedRead {

  /** What was read, e.g. {@code request}, {@code letter}, {@code package}. */
  String value();

  /** What the path parameter {@code id} names. */
  IdKind id() default IdKind.REQUEST;

  enum IdKind {
    /** A data-subject request: its matched subject is the one read. */
    REQUEST,
    /** The register's subject id itself. */
    SUBJECT,
    /** No single subject (a list of one's own requests). */
    NONE
  }
}
