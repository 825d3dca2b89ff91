#pragma once
// Shared helpers for prosper's libFuzzer harnesses (fuzz/*_fuzz.cpp).
//
// A harness states an invariant with `PROSPER_FUZZ_CHECK(condition, message)`: when it fails,
// the message and the input's length are printed and the process aborts, which libFuzzer reports
// as a crash and saves as crash-<sha1>. Exceptions other than the documented error type of the
// function under test are not caught, so a leaked std::out_of_range or nlohmann::type_error is a
// crash too ("uncaught exception" → abort).

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace prosper::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition,
                              const std::string& message) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n  %s\n", file, line, condition,
               message.c_str());
  std::abort();
}

#define PROSPER_FUZZ_CHECK(condition, message)                                     \
  do {                                                                             \
    if (!(condition)) ::prosper::fuzz::fail(__FILE__, __LINE__, #condition, (message)); \
  } while (false)

/// The input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Takes the first byte of the input as a set of option bits (0 when the input is empty).
inline unsigned take_flags(std::string_view& text) {
  if (text.empty()) return 0;
  const auto flags = static_cast<unsigned char>(text.front());
  text.remove_prefix(1);
  return flags;
}

/// Two doubles are the same number, bit for bit (so -0.0 and 0.0 differ).
inline bool same_bits(double a, double b) {
  std::uint64_t x = 0, y = 0;
  std::memcpy(&x, &a, sizeof x);
  std::memcpy(&y, &b, sizeof y);
  return x == y;
}

/// Within `ulps` units in the last place of each other (both finite).
inline bool within_ulps(double a, double b, int ulps) {
  if (a == b) return true;
  if (!std::isfinite(a) || !std::isfinite(b)) return false;
  const double scale = std::max(std::fabs(a), std::fabs(b));
  const double ulp = std::nextafter(scale, INFINITY) - scale;
  return std::fabs(a - b) <= ulps * ulp;
}

/// How many significant digits the shortest decimal form of `v` (finite, non-zero) has.
inline int significant_digits(double v) {
  char buf[40];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  int digits = 0;
  for (const char* p = buf; p != r.ptr && *p != 'e'; ++p) digits += (*p >= '0' && *p <= '9');
  return digits;
}

inline std::string show(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

/// Whether `s` shows a non-finite number: "nan", "inf" or "infinity" in any case as a word of
/// its own (not inside "information"), or "∞".
inline bool mentions_non_finite(std::string_view s) {
  if (s.find("\xE2\x88\x9E") != std::string_view::npos) return true;  // ∞
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t i = 0;
  while (i < s.size()) {
    if (!letter(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && letter(s[j])) ++j;
    std::string word(s.substr(i, j - i));
    for (char& c : word) c = static_cast<char>(c | 0x20);
    if (word == "nan" || word == "inf" || word == "infinity") return true;
    i = j;
  }
  return false;
}

/// A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180).
inline std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos && !s.starts_with('#')) {
    return std::string(s);
  }
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace prosper::fuzz
