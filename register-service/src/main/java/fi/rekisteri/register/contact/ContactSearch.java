package fi.rekisteri.register.contact;

import java.util.UUID;

/** Search criteria; every given one must match. The phone is already in E.164. */
public record ContactSearch(
    String email, String phone, String name, UUID organisationId, String businessId) {}
