#pragma once
// The one family of input checks for every layer (math, ratio, inequality, plan). Each check
// refuses with an exception of prosper's error family (error.hpp) whose message starts
// "prosper::<function>: " and names the offending argument and its value, so that a user who
// called ten functions in a row can tell which one refused what:
//
//     prosper::math::required_cagr: base must be > 0 for a compound rate, got -3
//
// `domain` and the value checks throw `value_error` (a number outside the formula's domain);
// `invalid` throws `argument_error` (arguments of the wrong shape or combination). error.hpp
// states the rule.

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

#include "prosper/error.hpp"

namespace prosper::detail::checks {

/// The shortest text that reads back as `v` ("7.27", not "7.270000"), for messages: a message
/// shows the number the caller passed, not a rounding of it.
inline std::string num(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

/// A fraction as a percentage for messages: the shortest decimal `p` with p / 100 == `fraction`,
/// so that 0.07 reads "7", not the "7.000000000000001" that printing 100 × 0.07 gives.
///
/// Example: `percent(0.07) == "7"`, `percent(0.0832) == "8.32"`.
inline std::string percent(double fraction) {
  if (!std::isfinite(fraction)) return num(100.0 * fraction);
  char buf[40];
  for (int digits = 1; digits <= 17; ++digits) {
    const auto r = std::to_chars(buf, buf + sizeof buf, 100.0 * fraction, std::chars_format::general, digits);
    double back = 0.0;
    std::from_chars(buf, r.ptr, back);
    if (back / 100.0 == fraction) return std::string(buf, r.ptr);
  }
  return num(100.0 * fraction);
}

/// Throws `argument_error("prosper::<function>: <why>")`.
[[noreturn]] inline void invalid(std::string_view function, const std::string& why) {
  throw argument_error("prosper::" + std::string(function) + ": " + why);
}

/// Throws `value_error("prosper::<function>: <why>")`.
[[noreturn]] inline void domain(std::string_view function, const std::string& why) {
  throw value_error("prosper::" + std::string(function) + ": " + why);
}

/// Refuses NaN and ±∞, naming the input.
inline void finite(std::string_view function, std::string_view name, double v) {
  if (!std::isfinite(v)) domain(function, std::string(name) + " must be finite, got " + num(v));
}

/// Refuses a value ≤ 0 (or not finite).
inline void positive(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (!(v > 0)) domain(function, std::string(name) + " must be > 0, got " + num(v));
}

/// Refuses a value < 0 (or not finite).
inline void non_negative(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (v < 0) domain(function, std::string(name) + " must be ≥ 0, got " + num(v));
}

/// Refuses a period of zero or negative length, in years.
inline void period(std::string_view function, std::string_view name, double years) {
  finite(function, name, years);
  if (!(years > 0)) domain(function, std::string(name) + " must be > 0, got " + num(years));
}

/// A growth rate given as a fraction per year must exceed −100 %, or the level would vanish.
inline void growth_fraction(std::string_view function, std::string_view name, double g) {
  finite(function, name, g);
  if (!(g > -1.0))
    domain(function, std::string(name) + " must exceed -100 %/yr, got " + percent(g) + " %/yr");
}

/// A fraction strictly inside (0, 1), such as a target share or a Gini coefficient.
inline void open_unit_interval(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (!(v > 0.0 && v < 1.0))
    domain(function, std::string(name) + " must lie strictly between 0 and 1, got " + num(v));
}

/// −1, 0 or +1.
constexpr int sign_of(double v) noexcept { return v > 0 ? 1 : v < 0 ? -1 : 0; }

}  // namespace prosper::detail::checks
