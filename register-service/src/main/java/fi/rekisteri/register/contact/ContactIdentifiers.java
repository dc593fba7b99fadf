package fi.rekisteri.register.contact;

import java.util.List;

/**
 * What identifies a contact person in free text and in other tables: her email, phone, name and
 * street addresses, as stored. For the proof of erasure, read before the erasure.
 */
public record ContactIdentifiers(
    String email, String phone, String firstName, String lastName, List<String> streets) {}
