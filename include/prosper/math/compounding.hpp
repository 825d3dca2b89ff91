#pragma once
// Growth in QuantLib's split: a rate, a time measure (years) and a compounding convention, with
// two functions that are exact inverses of each other. Every growth question of a plan reduces to
// them: "年均增长15%" is a compounded rate, "平均每年提高4个百分点" is a simple one, log growth is
// continuous, and a required CAGR is `implied_rate(target / base, years, compounded)`.

#include <cmath>
#include <stdexcept>
#include <string>

namespace prosper {

/// How a rate accumulates over time.
enum class compounding {
  simple,      ///< factor 1 + r·t (linear: the same absolute step every year)
  compounded,  ///< factor (1 + r/f)^(f·t), annual when f = 1 (the CAGR convention)
  continuous,  ///< factor e^(r·t) (log growth)
};

namespace detail {
[[noreturn]] inline void fail(const std::string& function, const std::string& why) {
  throw std::domain_error("prosper::" + function + ": " + why);
}
inline void require_finite(const char* function, const char* name, double v) {
  if (!std::isfinite(v)) fail(function, std::string(name) + " must be finite, got " + std::to_string(v));
}
}  // namespace detail

/// The factor by which a quantity grows at rate `rate` (a fraction per year) over `years`.
///
/// Example: `growth_factor(0.0832, 3.0, compounding::compounded)` ≈ 1.2710.
/// Throws `std::domain_error` for non-finite input, negative time or frequency < 1.
inline double growth_factor(double rate, double years, compounding c, int frequency = 1) {
  detail::require_finite("growth_factor", "rate", rate);
  detail::require_finite("growth_factor", "years", years);
  if (years < 0) detail::fail("growth_factor", "years must be ≥ 0, got " + std::to_string(years));
  switch (c) {
    case compounding::simple: return 1.0 + rate * years;
    case compounding::compounded: {
      if (frequency < 1)
        detail::fail("growth_factor", "frequency must be ≥ 1, got " + std::to_string(frequency));
      const double f = frequency;
      if (rate / f <= -1.0)
        detail::fail("growth_factor", "a compounded rate must exceed −100 % per period");
      return std::pow(1.0 + rate / f, f * years);
    }
    case compounding::continuous: return std::exp(rate * years);
  }
  return 1.0;
}

/// The rate (a fraction per year) that turns 1 into `factor` over `years`; the exact inverse of
/// `growth_factor`.
///
/// Example: `implied_rate(9.24 / 7.27, 3.0, compounding::compounded)` ≈ 0.0832.
/// As in QuantLib, a factor of 1 implies a rate of 0 for any time, including 0 years.
/// Throws `std::domain_error` for factor ≤ 0 (compounded, continuous), years ≤ 0 with factor ≠ 1,
/// non-finite input, or frequency < 1.
inline double implied_rate(double factor, double years, compounding c, int frequency = 1) {
  detail::require_finite("implied_rate", "factor", factor);
  detail::require_finite("implied_rate", "years", years);
  if (factor == 1.0 && years >= 0) return 0.0;
  if (years <= 0)
    detail::fail("implied_rate", "years must be > 0 for a factor ≠ 1, got " + std::to_string(years));
  switch (c) {
    case compounding::simple: return (factor - 1.0) / years;
    case compounding::compounded: {
      if (frequency < 1)
        detail::fail("implied_rate", "frequency must be ≥ 1, got " + std::to_string(frequency));
      if (factor <= 0)
        detail::fail("implied_rate", "a compounded rate needs factor > 0, got " + std::to_string(factor));
      const double f = frequency;
      return (std::pow(factor, 1.0 / (f * years)) - 1.0) * f;
    }
    case compounding::continuous:
      if (factor <= 0)
        detail::fail("implied_rate", "a continuous rate needs factor > 0, got " + std::to_string(factor));
      return std::log(factor) / years;
  }
  return 0.0;
}

}  // namespace prosper
