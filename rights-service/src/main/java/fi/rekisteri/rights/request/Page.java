package fi.rekisteri.rights.request;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record Page<T>(List<T> items, String next) {}
