package fi.rekisteri.rights.request;

import jakarta.validation.Valid;

/** The body of execute: {@code changes} for a RECTIFICATION, nothing for the other types. */
public record ExecuteRequest(@Valid RectificationChanges changes) {}
