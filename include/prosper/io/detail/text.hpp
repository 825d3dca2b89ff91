#pragma once
// Text as the readers quote it in messages, and the encoding checks they share.
//
// One helper quotes every piece of user input a message repeats (a cell, a key, a unit, a header),
// for the CSV reader, the JSON reader, the number parser and the plan loader alike:
// - control characters (C0, DEL and C1, U+0080–U+009F) are written as "\x1B", so that a NUL
//   cannot end what() early and an escape sequence cannot reach the terminal or log that prints
//   the message (docs/reliability.md, F5);
// - bytes that are not UTF-8 become '?';
// - a long input is cut at `max_quoted_bytes` at a character boundary and followed by its length,
//   "'abc…' (200000000 bytes)", so that a 200 MB cell is not echoed to stderr in full.
//
// The encoding check tells UTF-16 (with or without a byte-order mark, little- or big-endian)
// from the other ways a file can fail to be UTF-8, so that a UTF-16BE file without a BOM is called
// UTF-16BE rather than "GBK".

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace prosper::io::detail::text {

/// The longest part of an input a message repeats, in bytes.
inline constexpr std::size_t max_quoted_bytes = 64;

/// The length of the well-formed UTF-8 sequence starting at `s[i]` and its code point in `cp`,
/// or 0 when the bytes there are not UTF-8 (overlong forms, surrogates and code points above
/// U+10FFFF included, RFC 3629 §4).
///
/// Example: `utf8_sequence("丽", 0, cp) == 3` with `cp == 0x4E3D`.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& cp) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    cp = b;
    return 1;
  }
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    n = 1;
    cp = b & 0x1FU;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 2;
    cp = b & 0x0FU;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 3;
    cp = b & 0x07U;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n >= s.size()) return 0;  // truncated at the end of the text
  for (std::size_t k = 1; k <= n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return 0;
    cp = (cp << 6) | (c & 0x3FU);
  }
  return n + 1;
}

/// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
///
/// Example: `is_control(0x1B)` and `is_control(0x9B)` are true; `is_control('a')` is false.
constexpr bool is_control(std::uint32_t cp) noexcept {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/// `s` with every control character written as "\xNN" and every byte that is not UTF-8 as '?'.
///
/// Example: `visible("a\x1B[2J\xC2\x9B\xFF") == "a\\x1B[2J\\x9B?"`.
inline std::string visible(std::string_view s) {
  constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = utf8_sequence(s, i, cp);
    if (n == 0) {
      out += '?';
      ++i;
    } else if (is_control(cp)) {
      out += "\\x";
      out += digits[(cp >> 4) & 0xFU];
      out += digits[cp & 0xFU];
      i += n;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

/// The first `limit` bytes of `s` or fewer, cut at a character boundary.
inline std::string_view head(std::string_view s, std::size_t limit) noexcept {
  if (s.size() <= limit) return s;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;
  return s.substr(0, cut);
}

/// `visible(s)`, cut at `limit` bytes with "…" and the full length when it is longer.
///
/// Example: `shown("abcdef", 3) == "abc… (6 bytes)"`.
inline std::string shown(std::string_view s, std::size_t limit = max_quoted_bytes) {
  if (s.size() <= limit) return visible(s);
  return visible(head(s, limit)) + "… (" + std::to_string(s.size()) + " bytes)";
}

/// `s` in single quotes for a message: `visible`, and cut at `limit` bytes with its length after
/// the closing quote.
///
/// Example: `quoted("abc") == "'abc'"`; a 200 MB cell of '1' gives "'111…1…' (200000000 bytes)".
inline std::string quoted(std::string_view s, std::size_t limit = max_quoted_bytes) {
  if (s.size() <= limit) return "'" + visible(s) + "'";
  return "'" + visible(head(s, limit)) + "…' (" + std::to_string(s.size()) + " bytes)";
}

/// The name of the UTF-16 encoding `text` is in ("UTF-16LE", "UTF-16BE", with "with a byte-order
/// mark" or "without a byte-order mark"), or "" when it does not look like UTF-16.
///
/// Without a byte-order mark the test is the pattern of zero bytes: text in any Latin script,
/// a CSV header or JSON punctuation included, puts a zero byte in every other position in UTF-16
/// and none in UTF-8 (where a zero byte is only ever NUL). At least a quarter of the first 512
/// byte pairs must hold a zero, and nine in ten of those zeros on one side.
///
/// Example: `utf16_encoding(std::string("\0i\0n", 4)) == "UTF-16BE without a byte-order mark"`.
inline std::string utf16_encoding(std::string_view text) {
  if (text.starts_with("\xFF\xFE")) return "UTF-16LE with a byte-order mark";
  if (text.starts_with("\xFE\xFF")) return "UTF-16BE with a byte-order mark";
  const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 512);
  if (pairs == 0) return "";
  std::size_t even = 0, odd = 0;  // zero bytes at even (big-endian high) and odd offsets
  for (std::size_t k = 0; k < pairs; ++k) {
    even += text[2 * k] == '\0';
    odd += text[2 * k + 1] == '\0';
  }
  const std::size_t zeros = even + odd;
  if (zeros * 4 < pairs) return "";
  if (even * 10 >= zeros * 9) return "UTF-16BE without a byte-order mark";
  if (odd * 10 >= zeros * 9) return "UTF-16LE without a byte-order mark";
  return "";
}

}  // namespace prosper::io::detail::text
