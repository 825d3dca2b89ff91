#pragma once
// Strict parsing of the numbers in observation files.
//
// A figure read from a statistical bulletin goes through many hands (PDF, spreadsheet, CSV), and
// each can leave a trace that a lenient parser would silently misread: "1,234" (thousands
// separator, or a decimal comma?), "64%" (percent or fraction?), "4.2万" (a scale the unit column
// should carry), full-width "４２" pasted from a Chinese document, or "NaN" from a spreadsheet's
// empty cell. Every one of those is refused with a message that says what to write instead,
// unless the caller opts in explicitly:
//
// - thousands separators: refused by default. With `number_options::thousands_separators` a comma
//   is accepted only between correctly placed groups of three ("1,234,567"; never "1,23" or
//   "12,34,567"), because only then is the reading unambiguous.
// - full-width characters: refused by default. With `number_options::full_width` the full-width
//   digits ０–９, "．", "＋", "－" and the Unicode minus "−" are read as their ASCII forms; that
//   mapping is one-to-one, so nothing is guessed.
//
// Always: surrounding ASCII blanks are ignored; one leading "+" is allowed; the rest is what
// `std::from_chars` reads in `chars_format::general` (decimal, optional exponent; no hex). Empty
// text, NaN, infinities, values outside the range of double and trailing characters are errors.

#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "prosper/error.hpp"
#include "prosper/io/detail/text.hpp"

namespace prosper::io {

/// Opt-ins for notations that are refused by default.
///
/// Example: `parse_number("1,234", {.thousands_separators = true}) == 1234.0`.
struct number_options {
  bool thousands_separators = false;  ///< accept "1,234,567" with exact groups of three
  bool full_width = false;            ///< read "４２．５" and "−3" as "42.5" and "-3"
};

/// The outcome of a parse: a value, or an error message (never both).
///
/// Example: `auto r = try_parse_number("abc"); !r && r.error == "'abc' is not a number"`.
template <class T>
struct parse_result {
  T value{};
  std::string error;  ///< empty on success

  [[nodiscard]] explicit operator bool() const noexcept { return error.empty(); }
};

/// Thrown by `parse_number` and `parse_integer`; `what()` is the same message `try_…` returns.
class number_error : public argument_error {
 public:
  using argument_error::argument_error;
};

namespace detail::number {

inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The UTF-8 character starting at `s[0]`, so that messages quote whole characters ("万"), not
// the first byte of one.
inline std::string_view first_character(std::string_view s) noexcept {
  if (s.empty()) return s;
  const auto lead = static_cast<unsigned char>(s.front());
  std::size_t n = 1;
  if (lead >= 0xF0)
    n = 4;
  else if (lead >= 0xE0)
    n = 3;
  else if (lead >= 0xC0)
    n = 2;
  return s.substr(0, n < s.size() ? n : s.size());
}

// Full-width forms (U+FF0B, U+FF0D, U+FF0E, U+FF10–U+FF19) and U+2212 MINUS SIGN to ASCII.
// Returns false when `s` contains none of them.
inline bool map_full_width(std::string_view s, std::string& out) {
  bool any = false;
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 == 0xEF && i + 2 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {
        out += static_cast<char>('0' + (b2 - 0x90));
        i += 3;
        any = true;
        continue;
      }
      if (b1 == 0xBC && (b2 == 0x8B || b2 == 0x8D || b2 == 0x8E)) {
        out += b2 == 0x8B ? '+' : b2 == 0x8D ? '-' : '.';
        i += 3;
        any = true;
        continue;
      }
    }
    if (s.substr(i, 3) == "\xE2\x88\x92") {
      out += '-';
      i += 3;
      any = true;
      continue;
    }
    out += s[i++];
  }
  return any;
}

// "1,234,567" with an optional sign, fraction and exponent after the grouped integer part.
inline bool well_grouped(std::string_view s) noexcept {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  std::size_t lead = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++lead;
  if (lead < 1 || lead > 3) return false;
  bool grouped = false;
  while (i < s.size() && s[i] == ',') {
    std::size_t group = 0;
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++group;
    if (group != 3) return false;
    grouped = true;
  }
  return grouped && s.find(',', i) == std::string_view::npos;
}

inline std::string without_commas(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ',') out += c;
  }
  return out;
}

/// `s` with control characters (C0, DEL, C1) written as \xNN (io/detail/text.hpp): a NUL would
/// end what() early, and an escape sequence would reach the terminal or log that prints the
/// message. Cut with its length when long, as every quoted input is.
inline std::string escape_control(std::string_view s) { return text::shown(s); }

/// The input in quotes, control bytes escaped and a long input cut (`text::quoted`).
inline std::string quoted(std::string_view s) { return text::quoted(s); }

}  // namespace detail::number

/// The shortest decimal text that reads back as the same double, for messages and reports.
///
/// Example: `format_number(0.1 + 0.2) == "0.30000000000000004"`; `format_number(42042.0) ==
/// "42042"`.
inline std::string format_number(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

/// Parses a decimal number strictly (see the file comment for what is refused and why).
///
/// Example: `try_parse_number(" 42042 ").value == 42042.0`;
/// `try_parse_number("1,234").error` explains that thousands separators are not accepted.
inline parse_result<double> try_parse_number(std::string_view text,
                                             const number_options& options = {}) {
  namespace n = detail::number;
  parse_result<double> r;
  const std::string_view original = n::trim(text);
  if (original.empty()) {
    r.error = "empty value";
    return r;
  }

  std::string mapped;
  std::string_view s = original;
  if (n::map_full_width(s, mapped)) {
    if (!options.full_width) {
      r.error = n::quoted(original) + " is written with full-width characters; write " +
                 n::escape_control(mapped);
      return r;
    }
    s = mapped;
  }

  std::string ungrouped;
  if (s.find(',') != std::string_view::npos) {
    if (n::well_grouped(s)) {
      if (!options.thousands_separators) {
        r.error = n::quoted(original) +
                  " uses a thousands separator, which is not accepted; write " +
                  n::escape_control(n::without_commas(s));
        return r;
      }
      ungrouped = n::without_commas(s);
      s = ungrouped;
    } else {
      r.error = n::quoted(original) +
                " contains a comma that is not a correctly placed thousands separator; write "
                "numbers with '.' as the decimal point and no separators";
      return r;
    }
  }

  // from_chars takes no '+'; one is harmless and common in growth figures ("+8.5").
  if (s.size() > 1 && s[0] == '+' && (n::is_digit(s[1]) || s[1] == '.')) s.remove_prefix(1);

  double value = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec == std::errc::invalid_argument) {
    r.error = n::quoted(original) + " is not a number";
    return r;
  }
  if (ec == std::errc::result_out_of_range) {
    r.error = n::quoted(original) + " is out of the range of a double";
    return r;
  }
  if (end != s.data() + s.size()) {
    const std::string_view rest(end, static_cast<std::size_t>(s.data() + s.size() - end));
    const std::string_view read(s.data(), static_cast<std::size_t>(end - s.data()));
    r.error = n::quoted(original) + ": unexpected " + n::quoted(n::first_character(rest)) +
              " after " + n::quoted(read);
    if (rest.front() == '%' || rest.starts_with("％")) {
      r.error += "; write the number alone and put % in the unit column";
    } else if (rest.starts_with("万") || rest.starts_with("亿") || rest.starts_with("千")) {
      r.error += "; put the scale in the unit column (万元, 亿元, 万人 …)";
    }
    return r;
  }
  if (!std::isfinite(value)) {
    r.error = n::quoted(original) + " is not a finite number";
    return r;
  }
  r.value = value;
  return r;
}

/// Like `try_parse_number`, but throws `number_error` with the message.
///
/// Example: `parse_number("7.27") == 7.27`; `parse_number("NaN")` throws
/// "'NaN' is not a finite number".
inline double parse_number(std::string_view text, const number_options& options = {}) {
  auto r = try_parse_number(text, options);
  if (!r) throw number_error(r.error);
  return r.value;
}

/// Parses a decimal integer strictly: optional '-', ASCII digits, surrounding blanks ignored.
///
/// Example: `try_parse_integer("2021").value == 2021`; `try_parse_integer("20x3").error ==
/// "'20x3' is not an integer"`.
inline parse_result<long long> try_parse_integer(std::string_view text) {
  namespace n = detail::number;
  parse_result<long long> r;
  const std::string_view s = n::trim(text);
  if (s.empty()) {
    r.error = "empty value";
    return r;
  }
  long long value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec == std::errc::result_out_of_range) {
    r.error = n::quoted(s) + " is out of range";
    return r;
  }
  if (ec != std::errc{} || end != s.data() + s.size()) {
    r.error = n::quoted(s) + " is not an integer";
    return r;
  }
  r.value = value;
  return r;
}

/// Like `try_parse_integer`, but throws `number_error` with the message.
///
/// Example: `parse_integer(" 2025 ") == 2025`.
inline long long parse_integer(std::string_view text) {
  auto r = try_parse_integer(text);
  if (!r) throw number_error(r.error);
  return r.value;
}

}  // namespace prosper::io
