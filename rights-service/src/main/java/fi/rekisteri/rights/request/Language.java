package fi.rekisteri.rights.request;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The language of the request and of every letter about it. */
public enum Language {
  @JsonProperty("fi")
  FI("fi"),
  @JsonProperty("en")
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Language of(String code) {
    return "en".equals(code) ? EN : FI;
  }
}
