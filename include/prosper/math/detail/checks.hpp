#pragma once
// Input checks shared by the math headers. Every pure math function refuses bad input with an
// exception whose message names the function and the offending input, so a failure deep inside a
// report still says "prosper::math::required_cagr: base must be > 0 …, got −3".
//
// Value problems (a non-positive base for a compound rate, NaN, ∞) are `std::domain_error`, as in
// compounding.hpp; structural problems (too few observations, a duplicate year, a period that ends
// before it starts) are `std::invalid_argument`.

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

#include "prosper/math/compounding.hpp"

namespace prosper::detail {

/// The shortest text that reads back as `v` ("7.27", not "7.270000"), for error messages.
inline std::string num(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

/// Throws `std::invalid_argument("prosper::<function>: <why>")`.
[[noreturn]] inline void fail_argument(const std::string& function, const std::string& why) {
  throw std::invalid_argument("prosper::" + function + ": " + why);
}

/// Refuses NaN and ±∞, naming the input.
inline void check_finite(const char* function, const char* name, double v) {
  if (!std::isfinite(v)) fail(function, std::string(name) + " must be finite, got " + num(v));
}

/// Refuses a value ≤ 0 (or non-finite) where a compound rate or a logarithm needs a positive one.
inline void check_positive(const char* function, const char* name, double v) {
  check_finite(function, name, v);
  if (!(v > 0))
    fail(function, std::string(name) + " must be > 0 for a compound rate, got " + num(v));
}

/// Refuses a period of zero or negative length.
inline void check_period(const char* function, const char* name, double years) {
  check_finite(function, name, years);
  if (!(years > 0)) fail_argument(function, std::string(name) + " must be > 0, got " + num(years));
}

/// −1, 0 or +1.
constexpr int sign_of(double v) noexcept { return v > 0 ? 1 : v < 0 ? -1 : 0; }

}  // namespace prosper::detail
