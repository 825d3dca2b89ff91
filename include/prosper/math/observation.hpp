#pragma once
// A dated value and the checks every time-series function in prosper::math applies to a series.
//
// prosper::math works on raw doubles in the indicator's own unit; the typed front ends in
// namespace prosper take quantities and call these. Years are integers because plans and
// yearbooks are annual; a multi-year label such as "2015-16" counts as its first year (StatCan).

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/checks.hpp"

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

/// The years from `from` to `to`, refusing a pair that is not in increasing order. Computed in
/// double so that the difference of two extreme int years cannot overflow.
inline double years_between(std::string_view function, const math::observation& from,
                            const math::observation& to) {
  if (!(to.year > from.year))
    checks::invalid(function, "the target year " + std::to_string(to.year) +
                                  " must be after the base year " + std::to_string(from.year));
  return static_cast<double>(to.year) - static_cast<double>(from.year);
}

/// A copy of `series` sorted by year, after refusing what no series function can use: a
/// non-finite value (`value_error`), a year that appears twice (`argument_error`,
/// as Open SDG raises on duplicates rather than guessing which value is right) and fewer than
/// `min_count` observations (`argument_error`).
inline std::vector<math::observation> sorted_series(std::string_view function,
                                                    std::span<const math::observation> series,
                                                    std::size_t min_count = 2) {
  std::vector<math::observation> s(series.begin(), series.end());
  for (const auto& o : s)
    if (!std::isfinite(o.value))
      checks::domain(function, "the value for " + std::to_string(o.year) + " must be finite, got " + checks::num(o.value));
  std::stable_sort(s.begin(), s.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  for (std::size_t i = 1; i < s.size(); ++i)
    if (s[i].year == s[i - 1].year)
      checks::invalid(function, "duplicate year " + std::to_string(s[i].year) + " (values " +
                                  checks::num(s[i - 1].value) + " and " + checks::num(s[i].value) + ")");
  if (s.size() < min_count)
    checks::invalid(function, "needs at least " + std::to_string(min_count) +
                                " observations, got " + std::to_string(s.size()));
  return s;
}

}  // namespace prosper::detail
