package io.github.kazextract.model;

import java.util.List;

/** One part of a {@link CountryGroupStat} breakdown; {@code breakdown} holds nested parts ({@code оның ішінде}). */
public record BreakdownItem(String region, int count, List<BreakdownItem> breakdown) {
  public BreakdownItem {
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
  }
}
