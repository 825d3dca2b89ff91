#pragma once
// Input checks shared by the ratio and inequality headers.
//
// Every failure message starts with "prosper::<function>: " and names the offending argument and
// its value, so that a user who called ten functions in a row can tell which one refused what.
// Malformed input (NaN, an empty vector, a negative income, a bound below 1) throws
// std::invalid_argument; input that is well formed but has no answer (an MLD with a zero income,
// a share the model can never reach) throws std::domain_error.

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace prosper::detail::checks {

/// A double printed with six significant digits; std::to_string's fixed six decimals turn 1e-9
/// into "0.000000" and 54131.97 into "54131.970000", neither of which helps a reader.
inline std::string num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

[[noreturn]] inline void invalid(std::string_view function, const std::string& why) {
  throw std::invalid_argument("prosper::" + std::string(function) + ": " + why);
}

[[noreturn]] inline void domain(std::string_view function, const std::string& why) {
  throw std::domain_error("prosper::" + std::string(function) + ": " + why);
}

inline void finite(std::string_view function, std::string_view name, double v) {
  if (!std::isfinite(v)) invalid(function, std::string(name) + " must be finite, got " + num(v));
}

inline void positive(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (!(v > 0)) invalid(function, std::string(name) + " must be > 0, got " + num(v));
}

inline void non_negative(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (v < 0) invalid(function, std::string(name) + " must be ≥ 0, got " + num(v));
}

/// A growth rate given as a fraction per year must exceed −100 %, or the level would vanish.
inline void growth_fraction(std::string_view function, std::string_view name, double g) {
  finite(function, name, g);
  if (!(g > -1.0))
    invalid(function,
            std::string(name) + " must exceed -100 %/yr, got " + num(100.0 * g) + " %/yr");
}

/// A fraction strictly inside (0, 1), such as a target share or a Gini coefficient.
inline void open_unit_interval(std::string_view function, std::string_view name, double v) {
  finite(function, name, v);
  if (!(v > 0.0 && v < 1.0))
    invalid(function, std::string(name) + " must lie strictly between 0 and 1, got " + num(v));
}

}  // namespace prosper::detail::checks
