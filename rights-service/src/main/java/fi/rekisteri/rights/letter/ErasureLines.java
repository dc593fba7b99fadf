package fi.rekisteri.rights.letter;

import java.util.List;

/** What the register erased and what it kept, on which ground, until when (R16). */
public record ErasureLines(List<Erased> erased, List<Kept> kept) {

  public record Erased(String category, String action) {}

  public record Kept(String category, String ground, String legalBasis, String until) {}

  public ErasureLines {
    erased = erased == null ? List.of() : List.copyOf(erased);
    kept = kept == null ? List.of() : List.copyOf(kept);
  }
}
