package fi.rekisteri.rights.request;

/**
 * The request after an action that calls the register; {@code accepted} is true while it waits for
 * the register (unavailable, or its confirming event), so the resource answers 202.
 */
public record Execution(RequestView request, boolean accepted) {}
