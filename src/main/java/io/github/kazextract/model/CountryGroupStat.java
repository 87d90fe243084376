package io.github.kazextract.model;

import java.util.List;

/** A statistic about a named group of countries: total, counted unit, breakdown, and whether the parts add up. */
public record CountryGroupStat(String group, Integer total, String unit, List<BreakdownItem> breakdown, boolean consistent) {
  public CountryGroupStat {
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
  }
}
