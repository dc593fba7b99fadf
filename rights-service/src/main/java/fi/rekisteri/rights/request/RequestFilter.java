package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import java.time.LocalDate;

/** The DPO list's filters; null means "any". */
record RequestFilter(
    RequestStatus status,
    RequestType type,
    LocalDate dueBefore,
    boolean overdue,
    boolean blocked,
    LocalDate today) {}
