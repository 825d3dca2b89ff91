#pragma once
// "A grows at least as fast as B": the plan's ordering constraints between growth rates.
//
// 居民收入增长持续快于经济增长 (income grows faster than the economy) and
// 低保标准增幅不低于人均可支配收入增幅 (the minimum living allowance rises no slower than income)
// bound no level; they order two growth rates. They can be checked on the plan itself (do the
// milestones imply the ordering?) and on data (did it hold each year?). Checking the milestones
// matters: the appendix's 低保 standard, 11,400 → 13,000 元 (+4.5 %/yr), rises much slower than
// income, 44,400 → 57,000 元 (+8.7 %/yr), so the plan's own numbers break its second sentence.
//
// Which growth is compared is the caller's choice and the caller's responsibility: the plan does
// not say whether "经济增长" means real GDP growth or nominal per-capita GDP growth, and comparing
// a nominal rate with a real one is a common mistake that no type here can catch.

#include <cmath>
#include <string>
#include <vector>

#include "prosper/quantity.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/compounding.hpp"

namespace prosper::ratio {

/// How strictly A must outgrow B.
enum class growth_order {
  at_least_as_fast,  ///< g_A ≥ g_B ("不低于")
  strictly_faster,   ///< g_A > g_B ("快于")
};

/// Two growth rates compared.
struct growth_comparison {
  quantity<units::percent_per_year> a;       ///< A's growth
  quantity<units::percent_per_year> b;       ///< B's growth
  quantity<units::percent_per_year> margin;  ///< g_A − g_B (percentage points a year)
  bool satisfied = false;
};

namespace detail {

/// Compares two rates; a margin within ±tolerance counts as "equal", which satisfies
/// at_least_as_fast but not strictly_faster. The tolerance exists for published rates rounded to
/// 0.1 %, where 6.5 % against 6.5 % says nothing about which was faster.
inline growth_comparison compare_rates(double ga_pct, double gb_pct, growth_order order,
                                       double tolerance_pct) {
  const double margin = ga_pct - gb_pct;
  const bool equal = std::abs(margin) <= tolerance_pct;
  const bool ok =
      order == growth_order::at_least_as_fast ? (equal || margin > 0) : (!equal && margin > 0);
  return {quantity<units::percent_per_year>(ga_pct), quantity<units::percent_per_year>(gb_pct),
          quantity<units::percent_per_year>(margin), ok};
}

inline double cagr_pct(const char* function, const char* name, double base, double target,
                       double years) {
  namespace chk = prosper::detail::checks;
  return 100.0 * prosper::detail::growth::rate_between(function, std::string(name) + " base", base,
                                                       std::string(name) + " target", target,
                                                       years);
}

}  // namespace detail

/// Compares the growth that two indicators' milestones imply over the same `years`.
///
/// Example: `compare_target_growth(44400_yuan, 57000_yuan, 7.27_wan_yuan, 9.24_wan_yuan, 3.0,
/// growth_order::strictly_faster)` is satisfied: income 8.68 %/yr against per-capita GDP
/// 8.32 %/yr, a margin of 0.36 pp/yr.
/// Throws argument_error for levels ≤ 0, years ≤ 0 or a negative tolerance.
template <Unit UA, Unit UB>
growth_comparison compare_target_growth(
    quantity<UA> a_base, quantity<UA> a_target, quantity<UB> b_base, quantity<UB> b_target,
    double years, growth_order order = growth_order::at_least_as_fast,
    quantity<units::percent_per_year> tolerance = quantity<units::percent_per_year>{0.0}) {
  constexpr const char* fn = "compare_target_growth";
  namespace chk = prosper::detail::checks;
  chk::positive(fn, "years", years);
  chk::non_negative(fn, "tolerance", tolerance.value());
  return detail::compare_rates(detail::cagr_pct(fn, "A", a_base.value(), a_target.value(), years),
                               detail::cagr_pct(fn, "B", b_base.value(), b_target.value(), years),
                               order, tolerance.value());
}

/// One year of an ordering checked on data.
struct yearly_growth_comparison {
  int year = 0;
  growth_comparison comparison;
};

/// An ordering checked year by year, plus over the whole span.
struct ordering_check {
  /// True when the ordering held in every year (the plan's "持续": continuously).
  bool satisfied_every_year = true;
  std::vector<yearly_growth_comparison> years;
  /// The average (compound) growth over the whole span, compared the same way.
  growth_comparison overall;

  /// The years in which the ordering failed.
  ///
  /// Example: `{2024}` when income grew 5.8 % against GDP's 6.1 % that year.
  [[nodiscard]] std::vector<int> violating_years() const {
    std::vector<int> out;
    for (const auto& y : years)
      if (!y.comparison.satisfied) out.push_back(y.year);
    return out;
  }
};

/// Checks an ordering on published yearly growth rates; `a_rates[i]` and `b_rates[i]` are the
/// growth in year `first_year + i`.
///
/// Example: income {6.5, 5.8} %/yr against GDP {6.0, 6.1} %/yr from 2023 fails in 2024 only.
/// Throws argument_error for empty or mismatched series, non-finite rates or rates
/// ≤ −100 %/yr.
inline ordering_check compare_observed_rates(
    const std::vector<quantity<units::percent_per_year>>& a_rates,
    const std::vector<quantity<units::percent_per_year>>& b_rates, int first_year,
    growth_order order = growth_order::at_least_as_fast,
    quantity<units::percent_per_year> tolerance = quantity<units::percent_per_year>{0.0}) {
  constexpr const char* fn = "compare_observed_rates";
  namespace chk = prosper::detail::checks;
  if (a_rates.empty()) chk::invalid(fn, "the series are empty");
  if (a_rates.size() != b_rates.size())
    chk::invalid(fn, "mismatched lengths: A has " + std::to_string(a_rates.size()) +
                         " rates, B has " + std::to_string(b_rates.size()));
  chk::non_negative(fn, "tolerance", tolerance.value());
  ordering_check out;
  double fa = 1.0;
  double fb = 1.0;
  for (std::size_t i = 0; i < a_rates.size(); ++i) {
    const int year = first_year + static_cast<int>(i);
    chk::growth_fraction(fn, "A's growth in " + std::to_string(year), as_fraction(a_rates[i]));
    chk::growth_fraction(fn, "B's growth in " + std::to_string(year), as_fraction(b_rates[i]));
    const auto c =
        detail::compare_rates(a_rates[i].value(), b_rates[i].value(), order, tolerance.value());
    out.years.push_back({year, c});
    out.satisfied_every_year = out.satisfied_every_year && c.satisfied;
    fa *= 1.0 + as_fraction(a_rates[i]);
    fb *= 1.0 + as_fraction(b_rates[i]);
  }
  const auto n = static_cast<double>(a_rates.size());
  out.overall =
      detail::compare_rates(100.0 * prosper::detail::growth::rate_unchecked(1.0, fa, n),
                            100.0 * prosper::detail::growth::rate_unchecked(1.0, fb, n), order,
                            tolerance.value());
  return out;
}

/// Checks an ordering on yearly levels; `a[i]` and `b[i]` are the levels in year
/// `first_year + i`, so the first comparison is for `first_year + 1`.
///
/// Example: 低保 {11400, 12000, 12500} 元 against income {44400, 47800, 51000} 元 from 2022: the
/// allowance grew 5.26 % and 4.17 %, income 7.66 % and 6.69 %, so the ordering fails in 2023 and
/// 2024.
/// Throws argument_error for fewer than two years, mismatched series or levels ≤ 0.
template <Unit UA, Unit UB>
ordering_check compare_observed_levels(
    const std::vector<quantity<UA>>& a, const std::vector<quantity<UB>>& b, int first_year,
    growth_order order = growth_order::at_least_as_fast,
    quantity<units::percent_per_year> tolerance = quantity<units::percent_per_year>{0.0}) {
  constexpr const char* fn = "compare_observed_levels";
  namespace chk = prosper::detail::checks;
  if (a.size() < 2 || b.size() < 2)
    chk::invalid(fn, "growth needs at least two years of levels, got " + std::to_string(a.size()) +
                         " and " + std::to_string(b.size()));
  if (a.size() != b.size())
    chk::invalid(fn, "mismatched lengths: A has " + std::to_string(a.size()) + " levels, B has " +
                         std::to_string(b.size()));
  std::vector<quantity<units::percent_per_year>> ra;
  std::vector<quantity<units::percent_per_year>> rb;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::string year = std::to_string(first_year + static_cast<int>(i));
    chk::positive(fn, "A in " + year, a[i].value());
    chk::positive(fn, "B in " + year, b[i].value());
    if (i == 0) continue;
    ra.push_back(rate_from_fraction(prosper::detail::growth::rate_unchecked(a[i - 1].value(), a[i].value(), 1.0)));
    rb.push_back(rate_from_fraction(prosper::detail::growth::rate_unchecked(b[i - 1].value(), b[i].value(), 1.0)));
  }
  return compare_observed_rates(ra, rb, first_year + 1, order, tolerance);
}

}  // namespace prosper::ratio
