package fi.rekisteri.rights.request;

/**
 * The DPO dashboard's figures. {@code medianDaysToComplete} and {@code
 * shareCompletedWithinDeadline} count the answered requests (completed, partially completed or
 * refused); they are null while there are none.
 */
public record Figures(
    long open,
    long dueWithin7Days,
    long overdue,
    long waitingForRegister,
    long onHold,
    Double medianDaysToComplete,
    Double shareCompletedWithinDeadline) {}
