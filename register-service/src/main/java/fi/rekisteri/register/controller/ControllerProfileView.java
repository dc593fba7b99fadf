package fi.rekisteri.register.controller;

import java.time.Instant;

public record ControllerProfileView(
    ControllerProfile profile, int versionNumber, Instant validFrom, long version) {}
