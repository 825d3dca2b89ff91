#pragma once
// The growth kernel: the compound rate that turns one level into another over a period, and its
// inverse. Every compound rate in prosper (required CAGR, observed CAGR, re-planning, paths,
// ratio and inequality constraints, the audit, the reports, the batch functions) is computed here
// and nowhere else, so that they agree to the last bit and share one set of refusals.
//
// The rate per year that takes 1 to a factor f in t years is r = f^(1/t) − 1. Written that way
// it loses digits twice: f = target/base rounds before the power, which matters when the two
// levels are close, and for long horizons f^(1/t) is close to 1 and the subtraction cancels. The
// kernel computes r = expm1(ln(f)/t) instead, with ln(f) taken as log1p((target − base)/base)
// when the levels are within a factor of two (the difference is exact there), and carries the
// intermediate steps in long double, so that a rate of a few thousand percent a year over a few
// days still comes out within an ulp or two of the exact value (tests/unit/compounding_test.cpp
// checks this against 50-digit arithmetic for horizons from 0.01 to 10⁹ years and factors from
// 1e-300 to 1e300). Where long double is no wider than double (MSVC) the formula is unchanged and
// only the extra digits are lost.
//
// QuantLib's split (a rate, a time and a compounding convention, with `growth_factor` and
// `implied_rate` exact inverses of each other) is kept on top of the kernel: "年均增长15%" is a
// compounded rate, "平均每年提高4个百分点" a simple one, log growth a continuous one.
//
// Rates here are fractions per year (0.0832); the typed front (math/required_change.hpp) turns
// them into `quantity<percent_per_year>`.

#include <cmath>
#include <string>
#include <string_view>

#include "prosper/detail/checks.hpp"

namespace prosper::math {

/// How a rate accumulates over time.
enum class compounding {
  simple,      ///< factor 1 + r·t (linear: the same absolute step every year)
  compounded,  ///< factor (1 + r/f)^(f·t), annual when f = 1 (the CAGR convention)
  continuous,  ///< factor e^(r·t) (log growth)
};

}  // namespace prosper::math

namespace prosper::detail::growth {

namespace chk = prosper::detail::checks;

/// ln(target / base) for positive levels, accurate also when the two are close.
inline long double log_ratio(double base, double target) noexcept {
  const long double b = base, t = target;
  const long double q = t / b;
  if (q > 0.5L && q < 2.0L) return std::log1p((t - b) / b);
  return std::log(q);
}

/// The compound rate per year from `first` to `second` over `years`, without checks: what the
/// checked functions and the batch and assessment loops (which check their own way) all compute,
/// so that they agree to the last bit. Non-finite for inputs the checked form refuses.
inline double rate_unchecked(double first, double second, double years) noexcept {
  if (first == second) return 0.0;
  return static_cast<double>(std::expm1(log_ratio(first, second) / years));
}

/// The factor (1 + rate)^years without checks; the inverse of `rate_unchecked`.
inline double factor_unchecked(double rate, double years) noexcept {
  return static_cast<double>(
      std::exp(static_cast<long double>(years) * std::log1p(static_cast<long double>(rate))));
}

/// The point a share `share` of the way along the geometric path from `first` to `second`:
/// first·(second/first)^share, the value of a constant compound rate part of the way.
inline double along_geometric(double first, double second, double share) noexcept {
  return static_cast<double>(first * std::exp(share * log_ratio(first, second)));
}

/// The years a compound `rate` per year needs to take `first` to `second` (negative when it
/// moves away); ln(second/first)/ln(1 + rate), the kernel solved for time.
inline double years_unchecked(double first, double second, double rate) noexcept {
  return static_cast<double>(log_ratio(first, second) / std::log1p(static_cast<long double>(rate)));
}

/// Checks a pair of positive levels and a period, as every compound rate needs them.
inline void check_levels(std::string_view function, std::string_view first_name, double first,
                         std::string_view second_name, double second) {
  chk::finite(function, first_name, first);
  chk::finite(function, second_name, second);
  if (!(first > 0) || !(second > 0))
    chk::domain(function, std::string(first_name) + " and " + std::string(second_name) +
                              " must be > 0 for a compound rate (" + std::string(first_name) + " " +
                              chk::num(first) + ", " + std::string(second_name) + " " +
                              chk::num(second) + ")");
}

/// The compound rate per year from level `first` to level `second` over `years`, with the
/// caller's names in every refusal. The one compound-rate kernel of prosper.
inline double rate_between(std::string_view function, std::string_view first_name, double first,
                           std::string_view second_name, double second, double years) {
  check_levels(function, first_name, first, second_name, second);
  chk::period(function, "years", years);
  const double r = rate_unchecked(first, second, years);
  // A factor far from 1 over a very short period gives a rate beyond the range of double, or one
  // that rounds to −100 %, at which the level would vanish: refuse rather than return ±∞.
  if (!std::isfinite(r) || !(r > -1.0))
    chk::domain(function, "a period of " + chk::num(years) + " years is too short for the growth from " +
                              std::string(first_name) + " " + chk::num(first) + " to " +
                              std::string(second_name) + " " + chk::num(second) +
                              ": the annual rate is not a finite number above -100 %");
  return r;
}

/// The factor that a compound `rate` per year (a fraction) gives over `years`; the inverse of the
/// kernel above.
inline double factor_of(std::string_view function, double rate, double years) {
  chk::growth_fraction(function, "rate", rate);
  chk::finite(function, "years", years);
  if (years < 0) chk::domain(function, "years must be ≥ 0, got " + chk::num(years));
  const double out = factor_unchecked(rate, years);
  if (!std::isfinite(out))
    chk::domain(function, "growing at " + chk::percent(rate) + " %/yr for " + chk::num(years) +
                              " years overflows");
  return out;
}

}  // namespace prosper::detail::growth

namespace prosper::math {

/// The compound rate per year, as a fraction, that turns 1 into `factor` over `years`:
/// expm1(ln(factor)/years), the one compound-rate kernel.
///
/// Example: `math::compound_rate(9.24 / 7.27, 3.0)` ≈ 0.0832.
/// Throws `value_error` for a factor ≤ 0, years ≤ 0, non-finite input, or a period too short for
/// the rate to be a finite number.
inline double compound_rate(double factor, double years) {
  prosper::detail::checks::positive("math::compound_rate", "factor", factor);
  return detail::growth::rate_between("math::compound_rate", "1", 1.0, "factor", factor, years);
}

/// The compound rate per year, as a fraction, that takes level `base` to level `target` over
/// `years`; more accurate than `compound_rate(target / base, years)` when the levels are close.
///
/// Example: `math::compound_rate(7.27, 9.24, 3.0)` ≈ 0.0832.
/// Throws `value_error` as `compound_rate(factor, years)` does.
inline double compound_rate(double base, double target, double years) {
  return detail::growth::rate_between("math::compound_rate", "base", base, "target", target, years);
}

/// The factor a compound `rate` per year (a fraction) gives over `years`: (1 + rate)^years, the
/// inverse of `compound_rate`.
///
/// Example: `math::compound_factor(0.15, 5.0)` ≈ 2.0114 ("年均增长15%" for five years).
/// Throws `value_error` for a rate ≤ −100 %, years < 0, non-finite input or an overflow.
inline double compound_factor(double rate, double years) {
  return detail::growth::factor_of("math::compound_factor", rate, years);
}

/// The factor by which a quantity grows at `rate` (a fraction per year) over `years` under
/// convention `c`, compounding `frequency` times a year when compounded.
///
/// Example: `math::growth_factor(0.0832, 3.0, math::compounding::compounded)` ≈ 1.2709.
/// Throws `value_error` for non-finite input, negative time, a rate per period ≤ −100 % or a
/// factor beyond the double range, and `argument_error` for a frequency < 1.
inline double growth_factor(double rate, double years, compounding c, int frequency = 1) {
  namespace chk = prosper::detail::checks;
  constexpr std::string_view fn = "math::growth_factor";
  chk::finite(fn, "rate", rate);
  chk::finite(fn, "years", years);
  if (years < 0) chk::domain(fn, "years must be ≥ 0, got " + chk::num(years));
  switch (c) {
    case compounding::simple: {
      // 1 + r·t leaves the double range for r·t beyond 1.8e308; refuse rather than return ∞.
      const double out = 1.0 + rate * years;
      if (!std::isfinite(out)) chk::domain(fn, "the simple growth factor overflows");
      return out;
    }
    case compounding::compounded: {
      if (frequency < 1) chk::invalid(fn, "frequency must be ≥ 1, got " + std::to_string(frequency));
      const double f = frequency;
      if (!std::isfinite(f * years))
        chk::domain(fn, "the number of compounding periods " + chk::num(years) + " × " +
                            std::to_string(frequency) + " overflows");
      return detail::growth::factor_of(fn, rate / f, f * years);
    }
    case compounding::continuous: {
      const double out = std::exp(rate * years);
      if (!std::isfinite(out)) chk::domain(fn, "the continuous growth factor overflows");
      return out;
    }
  }
  return 1.0;
}

/// The rate (a fraction per year) that turns 1 into `factor` over `years` under convention `c`;
/// the exact inverse of `growth_factor`. As in QuantLib, a factor of 1 implies a rate of 0 for
/// any time, including 0 years.
///
/// Example: `math::implied_rate(9.24 / 7.27, 3.0, math::compounding::compounded)` ≈ 0.0832.
/// Throws `value_error` for a factor ≤ 0 (compounded, continuous), years ≤ 0 with a factor ≠ 1,
/// non-finite input or a rate beyond the double range, and `argument_error` for a frequency < 1.
inline double implied_rate(double factor, double years, compounding c, int frequency = 1) {
  namespace chk = prosper::detail::checks;
  constexpr std::string_view fn = "math::implied_rate";
  chk::finite(fn, "factor", factor);
  chk::finite(fn, "years", years);
  if (factor == 1.0 && years >= 0) return 0.0;
  if (!(years > 0)) chk::domain(fn, "years must be > 0 for a factor ≠ 1, got " + chk::num(years));
  switch (c) {
    case compounding::simple: {
      // (f − 1)/t is beyond the double range for a large factor over a tiny period: refuse it.
      const double out = (factor - 1.0) / years;
      if (!std::isfinite(out)) chk::domain(fn, "the simple rate overflows over " + chk::num(years) + " years");
      return out;
    }
    case compounding::compounded: {
      if (frequency < 1) chk::invalid(fn, "frequency must be ≥ 1, got " + std::to_string(frequency));
      const double f = frequency;
      if (!(factor > 0)) chk::domain(fn, "a compounded rate needs factor > 0, got " + chk::num(factor));
      const double out = f * detail::growth::rate_between(fn, "1", 1.0, "factor", factor, f * years);
      if (!std::isfinite(out)) chk::domain(fn, "the compounded rate overflows");
      return out;
    }
    case compounding::continuous: {
      if (!(factor > 0))
        chk::domain(fn, "a continuous rate needs factor > 0, got " + chk::num(factor));
      const double out = std::log(factor) / years;
      if (!std::isfinite(out))
        chk::domain(fn, "the continuous rate overflows over " + chk::num(years) + " years");
      return out;
    }
  }
  return 0.0;
}

}  // namespace prosper::math
