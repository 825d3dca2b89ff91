#pragma once
// Scaling a value by a unit conversion factor, shared by quantity's converting constructor and the
// runtime unit registry so that the typed and the string-keyed conversions cannot disagree.
//
// Why decimal: statistics are printed decimals. 97.8371 万元 is stored as the double nearest
// 97.8371; multiplying that double by 10⁴ rounds the binary approximation, not the decimal, and
// gives 978371.0000000001 元 (about 4 % of 6-digit figures, docs/reliability.md F1). When the
// factor is a power of ten we instead move the decimal point of the value's shortest decimal form
// (the digits `std::to_chars` prints, which read back to the same double) and read the result
// back: 978371 元 exactly. Every value with at most 15 significant digits therefore survives a
// round trip through 元 → 万元 → 元 bit for bit; longer values (computed, not printed) and other
// factors (亩 ↔ m²) use plain arithmetic, which comes back within one ulp.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string_view>
#include <system_error>

namespace prosper::units::detail {

/// The k in `factor == 10^k` for k in 0..22 (the powers of ten a double holds exactly), or none.
///
/// Example: `power_of_ten_exponent(10000.0) == 4`; `power_of_ten_exponent(666.67)` is empty.
constexpr std::optional<int> power_of_ten_exponent(double factor) noexcept {
  double p = 1.0;
  for (int k = 0; k <= 22; ++k, p *= 10.0) {
    if (factor == p) return k;
  }
  return std::nullopt;
}

/// `value × 10^k` computed on the shortest decimal form of `value`: the double nearest the
/// shifted decimal. Empty for NaN, ±∞ and 0 (where arithmetic is exact anyway), for values whose
/// shortest form has more than 15 significant digits, and when the shifted decimal does not read
/// back as a finite double (overflow, underflow).
///
/// Example: `*shift_decimal(97.8371, 4) == 978371.0`, where `97.8371 * 1e4` is 978371.0000000001.
inline std::optional<double> shift_decimal(double value, int k) noexcept {
  if (!std::isfinite(value) || value == 0.0) return std::nullopt;
  // Shortest scientific form, "-d.ddddde-XXX": at most 17 digits, a sign, a point and an exponent.
  std::array<char, 40> text{};
  const auto printed = std::to_chars(text.data(), text.data() + text.size(), value,
                                     std::chars_format::scientific);
  const std::string_view s(text.data(), static_cast<std::size_t>(printed.ptr - text.data()));
  const auto e = s.find('e');
  if (printed.ec != std::errc{} || e == std::string_view::npos) return std::nullopt;
  // Only for values that are printed decimals of at most 15 significant digits (DBL_DIG): those,
  // and only those, come back from the shifted decimal as the same digits. A 16- or 17-digit
  // value can lose its last digit on the way and come back 2 ulps off; arithmetic keeps it
  // within one.
  const auto digits_in = [](std::string_view mantissa) {
    return std::count_if(mantissa.begin(), mantissa.end(),
                         [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits_in(s.substr(0, e)) > 15) return std::nullopt;
  int exponent = 0;
  const char* exponent_text = s.data() + e + 1;
  if (*exponent_text == '+') ++exponent_text;  // from_chars reads "-5" but not "+5"
  std::from_chars(exponent_text, s.data() + s.size(), exponent);

  std::array<char, 48> shifted{};
  char* out = std::copy(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(e), shifted.data());
  *out++ = 'e';
  out = std::to_chars(out, shifted.data() + shifted.size(), exponent + k).ptr;
  double result = 0.0;
  const auto read = std::from_chars(shifted.data(), out, result, std::chars_format::scientific);
  if (read.ec != std::errc{} || !std::isfinite(result)) return std::nullopt;
  return result;
}

/// `value` in a unit `factor` times smaller: multiplied by `factor` when it is ≥ 1, otherwise
/// divided by the exact `inverse_factor` (72,700 元 / 10⁴ is the double nearest 7.27, where
/// 72,700 × 10⁻⁴ is not). Powers of ten move the decimal point instead (`shift_decimal`).
///
/// Example: `scale(72700.0, 1e-4, 1e4) == 7.27`.
inline double scale(double value, double factor, double inverse_factor) noexcept {
  const bool up = factor >= 1.0;
  if (const auto k = power_of_ten_exponent(up ? factor : inverse_factor)) {
    if (const auto shifted = shift_decimal(value, up ? *k : -*k)) return *shifted;
  }
  return up ? value * factor : value / inverse_factor;
}

}  // namespace prosper::units::detail
