#pragma once
// A dated value and the checks every time-series function in prosper::math applies to a series.
//
// prosper::math works on raw doubles in the indicator's own unit; the typed front ends in
// namespace prosper take quantities and call these. Years are integers because plans and
// yearbooks are annual; a multi-year label such as "2015-16" counts as its first year (StatCan).

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "prosper/math/detail/checks.hpp"

namespace prosper::math {

/// One observation of an indicator: the year and the value in the indicator's unit.
///
/// Example: `observation{2023, 7.80}` is GDP per capita of 7.80 万元 in 2023.
struct observation {
  int year = 0;
  double value = 0.0;

  friend constexpr bool operator==(const observation&, const observation&) noexcept = default;
};

}  // namespace prosper::math

namespace prosper::detail {

/// A copy of `series` sorted by year, after refusing what no series function can use: a
/// non-finite value (`std::domain_error`), a year that appears twice (`std::invalid_argument`,
/// as Open SDG raises on duplicates rather than guessing which value is right) and fewer than
/// `min_count` observations (`std::invalid_argument`).
inline std::vector<math::observation> sorted_series(const char* function,
                                                    std::span<const math::observation> series,
                                                    std::size_t min_count = 2) {
  std::vector<math::observation> s(series.begin(), series.end());
  for (const auto& o : s)
    if (!std::isfinite(o.value))
      fail(function, "the value for " + std::to_string(o.year) + " must be finite, got " + num(o.value));
  std::stable_sort(s.begin(), s.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  for (std::size_t i = 1; i < s.size(); ++i)
    if (s[i].year == s[i - 1].year)
      fail_argument(function, "duplicate year " + std::to_string(s[i].year) + " (values " +
                                  num(s[i - 1].value) + " and " + num(s[i].value) + ")");
  if (s.size() < min_count)
    fail_argument(function, "needs at least " + std::to_string(min_count) +
                                " observations, got " + std::to_string(s.size()));
  return s;
}

}  // namespace prosper::detail
