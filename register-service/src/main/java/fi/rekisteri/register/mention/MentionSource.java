package fi.rekisteri.register.mention;

import java.util.List;

/**
 * The free-text fields searched for mentions, table by table: {@code owner} is the column naming
 * the contact whose record it is (her own rows are not mentions of her), {@code touch} what an
 * update of the text also sets (the optimistic-lock version where the table has one). The index
 * expressions are those of V20; the queries must write them exactly so.
 */
public enum MentionSource {
  CONTACT(
      "contact", "id", List.of("notes", "worksite"), ", version = version + 1, updated_at = now()"),
  INTERACTION("interaction", "contact_id", List.of("summary"), ""),
  ORDER(
      "customer_order",
      "contact_id",
      List.of("summary", "worksite"),
      ", version = version + 1, updated_at = now()");

  private final String table;
  private final String owner;
  private final List<String> fields;
  private final String touch;

  MentionSource(String table, String owner, List<String> fields, String touch) {
    this.table = table;
    this.owner = owner;
    this.fields = fields;
    this.touch = touch;
  }

  public String table() {
    return table;
  }

  String owner() {
    return owner;
  }

  public List<String> fields() {
    return fields;
  }

  String touch() {
    return touch;
  }

  /** The fields joined by a line feed, as the V20 indexes do. */
  String text() {
    return String.join(
        " || E'\\n' || ", fields.stream().map(f -> "coalesce(" + f + ", '')").toList());
  }

  String keysExpression() {
    return "public.mention_keys(" + text() + ")";
  }

  String nameExpression() {
    return "lower(" + text() + ")";
  }

  static MentionSource ofTable(String table) {
    for (MentionSource source : values()) {
      if (source.table.equals(table)) {
        return source;
      }
    }
    throw new IllegalArgumentException("not a mention source");
  }
}
