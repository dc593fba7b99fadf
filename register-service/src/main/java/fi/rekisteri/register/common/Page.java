package fi.rekisteri.register.common;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record Page<T>(List<T> items, String next) {

  /** Builds a page from {@code limit + 1} fetched rows, so the extra row tells if more exist. */
  public static <E, T> Page<T> of(
      List<E> rows, int limit, Function<E, UUID> id, Function<E, T> view) {
    boolean more = rows.size() > limit;
    List<E> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? Cursor.encode(id.apply(shown.get(shown.size() - 1))) : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
