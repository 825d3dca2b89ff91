#pragma once
// Text for numbers and quantities, in Chinese or English symbols. Boost.Units would print a
// percent as "c" (centi) and a per-mille as "m"; prosper prints what statistical tables print.
// No iostream here: std::to_chars gives the shortest text that reads back to the same double.

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

#include "prosper/language.hpp"
#include "prosper/quantity.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper {

/// The shortest decimal text that reads back to exactly `v` ("7.27", "57000", "0.0832").
/// Non-finite values print as "NaN", "inf" or "-inf" so that a caller can see them, but the
/// reports never pass them here: they refuse non-finite numbers earlier.
///
/// Example: `format_number(72700.0) == "72700"`.
inline std::string format_number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::array<char, 32> buf{};
  const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), res.ptr);
}

/// `v` rounded to `decimals` places, fixed notation ("8.32").
///
/// Example: `format_fixed(8.320964, 2) == "8.32"`.
inline std::string format_fixed(double v, int decimals) {
  if (!std::isfinite(v)) return format_number(v);
  std::array<char, 64> buf{};
  const auto res =
      std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, decimals);
  if (res.ec != std::errc{}) return format_number(v);
  return std::string(buf.data(), res.ptr);
}

/// A number's text followed by a runtime unit's label, as tables print it: "57000 元", "64%"
/// (a percent sign against the number), "1.95" (a ratio, bare).
///
/// Example: `with_unit("64", units::runtime_unit::resolve("％"), language::zh) == "64%"`.
inline std::string with_unit(std::string number, const units::runtime_unit& unit, language lang) {
  const std::string_view label = unit.label(lang);
  if (label.empty()) return number;
  if (!unit.symbol_attaches()) number += ' ';
  number += label;
  return number;
}

/// A unit's symbol in the given language.
///
/// Example: `unit_symbol<units::wan_yuan>(language::en) == "10k CNY"`.
template <Unit U>
constexpr std::string_view unit_symbol(language lang = language::zh) noexcept {
  return lang == language::zh ? U::symbol_zh : U::symbol_en;
}

/// A quantity rounded to `decimals` places: "8.32%/年", "7.27 万元".
///
/// Example: `to_string(quantity<units::percent_per_year>{8.320964}, 2) == "8.32%/年"`.
template <Unit U>
std::string to_string(quantity<U> q, int decimals, language lang = language::zh) {
  const std::string_view sym = unit_symbol<U>(lang);
  std::string out = format_fixed(q.value(), decimals);
  if (sym.empty()) return out;
  if (!units::symbol_attaches<U>) out += ' ';
  out += sym;
  return out;
}

/// A quantity as "7.27 万元" (zh) or "7.27 10k CNY" (en); a percent has no space ("64%").
///
/// Example: `to_string(7.27_wan_yuan) == "7.27 万元"`.
template <Unit U>
std::string to_string(quantity<U> q, language lang = language::zh) {
  const std::string_view sym = unit_symbol<U>(lang);
  std::string out = format_number(q.value());
  if (sym.empty()) return out;
  if (!units::symbol_attaches<U>) out += ' ';
  out += sym;
  return out;
}

}  // namespace prosper
