#pragma once
// Escaping for the text formats prosper writes: one layer per format, applied once to every piece
// of data (plan wording, region names, categories, printed cells, sources) at the point where it
// enters the output. Plans load from JSON and observations from CSV, so all of it is user data.
//
// - Every human-readable format (terminal tables, Markdown, HTML, CSV text cells) first goes
//   through `printable`: control characters, C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F), are
//   written visibly as "\x1B", so that an ESC or a C1 CSI (U+009B) in a CSV `source` cannot drive
//   the terminal that shows the output or the file, and a NUL cannot cut a cell short. Bytes that
//   are not UTF-8 become U+FFFD. Line breaks and tabs become spaces, except in CSV, where RFC 4180
//   quoting carries them.
// - HTML (`escape_html`): the five characters HTML gives meaning to, as entities.
// - Markdown (`escape_markdown`): CommonMark lets a backslash escape any ASCII punctuation
//   (CommonMark 0.30, §2.4), so the characters that start inline markup (* _ ` [ ] | ~ $ \) are
//   backslash-escaped; the characters that start raw HTML (< > &) become entities, so that a plan
//   named "<script>" is shown as text by a Markdown viewer that passes HTML through (GitHub's
//   and most others do, §6.6). At the start of a block (a list item's text, a paragraph) the
//   markers that would open a heading, list or block quote are escaped as well.
// - CSV (`csv_text`): a text cell that begins with =, +, -, @, a tab or a carriage return gets a
//   leading apostrophe, which spreadsheets read as "this is text" instead of evaluating a formula
//   (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection). Numbers are
//   never prefixed: they go through `csv_field` only, so "-0.05" stays a number. Then RFC 4180
//   quoting (`csv_field`).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "prosper/io/detail/text.hpp"

namespace prosper::report {

namespace detail::markup {

// The UTF-8 decoding and the control-character test are the readers' (io/detail/text.hpp), so
// that what a message escapes and what a report escapes are the same characters.
using io::detail::text::is_control;
using io::detail::text::utf8_sequence;

inline void append_escaped_control(std::string& out, std::uint32_t cp) {
  constexpr char digits[] = "0123456789ABCDEF";
  out += "\\x";
  out += digits[(cp >> 4) & 0xFU];
  out += digits[cp & 0xFU];
}

inline bool ascii_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace detail::markup

/// What `printable` does with line breaks and tabs.
enum class line_breaks {
  fold,  ///< each of LF, CR and tab becomes one space (tables, Markdown, HTML)
  keep,  ///< kept as they are (CSV, whose quoting carries them)
};

/// `s` with every control character (C0, DEL, C1) written visibly as "\xNN", bytes that are not
/// UTF-8 replaced by U+FFFD, and line breaks and tabs folded into spaces unless `keep`.
///
/// Example: `printable("a\x1B[2Jb\tc") == "a\\x1B[2Jb c"`; `printable("\xC2\x9B") == "\\x9B"`.
inline std::string printable(std::string_view s, line_breaks breaks = line_breaks::fold) {
  namespace m = detail::markup;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = m::utf8_sequence(s, i, cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
      continue;
    }
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      if (breaks == line_breaks::keep)
        out += static_cast<char>(cp);
      else
        out += ' ';
    } else if (m::is_control(cp)) {
      m::append_escaped_control(out, cp);
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

/// Whether `s` would come out of `printable` unchanged apart from folded line breaks: valid
/// UTF-8 without control characters other than LF, CR and tab.
///
/// Example: `is_printable("丽水市")` is true; `is_printable("a\x07")` is false.
inline bool is_printable(std::string_view s) {
  namespace m = detail::markup;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = m::utf8_sequence(s, i, cp);
    if (n == 0 || (m::is_control(cp) && cp != '\n' && cp != '\r' && cp != '\t')) return false;
    i += n;
  }
  return true;
}

/// At most `limit` bytes of `s`, cut at a character boundary, with "…" and the full length in
/// bytes when something was cut, so that one long cell cannot fill a report or a message.
///
/// Example: `shortened("abcdef", 3) == "abc… (6 bytes)"`; `shortened("abc", 3) == "abc"`.
inline std::string shortened(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return std::string(s);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;
  return std::string(s.substr(0, cut)) + "… (" + std::to_string(s.size()) + " bytes)";
}

/// Text safe inside HTML/SVG element content and double- or single-quoted attributes: made
/// `printable`, then & < > " ' as entities.
///
/// Example: `escape_html("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;"`.
inline std::string escape_html(std::string_view s) {
  const std::string text = printable(s);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

/// Where Markdown text goes: inline (a table cell, after a heading's "# ", after other text) or
/// at the start of a block (a list item's text, a paragraph), where a leading "#", "-", "+", "=",
/// "1." or ">" would open a heading, list or block quote.
enum class markdown_context { inline_text, block_start };

/// Text that every CommonMark/GFM renderer shows as written: made `printable` (line breaks fold,
/// so a cell stays in its table row), inline markup characters backslash-escaped, < > & as
/// entities, and at a block start the block markers escaped. An underscore between two ASCII
/// letters or digits is left alone: it cannot open or close emphasis there (CommonMark §6.2), so
/// "share_of_total" reads as written in the raw text too.
///
/// Example: `escape_markdown("<b>*x*</b> | y") == "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| y"`;
/// `escape_markdown("1. a", markdown_context::block_start) == "1\\. a"`.
inline std::string escape_markdown(std::string_view s,
                                   markdown_context where = markdown_context::inline_text) {
  const std::string text = printable(s);
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t start = 0;
  if (where == markdown_context::block_start) {
    // Leading blanks would make an indented code block or shift the block's start.
    while (start < text.size() && text[start] == ' ') ++start;
    std::size_t digits = 0;
    while (start + digits < text.size() && text[start + digits] >= '0' &&
           text[start + digits] <= '9')
      ++digits;
    if (digits > 0 && digits <= 9 && start + digits < text.size() &&
        (text[start + digits] == '.' || text[start + digits] == ')')) {
      out.append(text, start, digits);
      out += '\\';
      out += text[start + digits];
      start += digits + 1;
    } else if (start < text.size() && (text[start] == '#' || text[start] == '-' ||
                                       text[start] == '+' || text[start] == '=')) {
      out += '\\';
      out += text[start];
      ++start;
    }
  }
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '_': {
        const bool inner = i > 0 && i + 1 < text.size() &&
                           detail::markup::ascii_alnum(text[i - 1]) &&
                           detail::markup::ascii_alnum(text[i + 1]);
        if (!inner) out += '\\';
        out += c;
        break;
      }
      case '\\':
      case '*':
      case '`':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

/// Text safe inside a Markdown table cell: `escape_markdown` in an inline context (pipes
/// escaped, line breaks folded into spaces). Kept for callers of the earlier name.
///
/// Example: `escape_markdown_cell("a|b") == "a\\|b"`.
inline std::string escape_markdown_cell(std::string_view s) { return escape_markdown(s); }

/// A CSV field per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
/// For numbers and fixed ASCII tokens; text cells go through `csv_text`.
///
/// Example: `csv_field("a,b") == "\"a,b\""`.
inline std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

/// Whether a spreadsheet could read a text cell as a formula: it begins with =, +, -, @, a tab
/// or a carriage return (OWASP, CSV Injection).
///
/// Example: `csv_formula_like("=1+1")` is true; `csv_formula_like("丽水市")` is false.
constexpr bool csv_formula_like(std::string_view s) noexcept {
  return !s.empty() &&
         (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

/// A CSV text cell: made `printable` with line breaks and tabs kept, an apostrophe put before a
/// leading =, +, -, @, tab or carriage return (so a spreadsheet shows it as text, never runs it
/// as a formula), then `csv_field`. Only for text: a number cell must not get the apostrophe.
///
/// Example: `csv_text("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\""`;
/// `csv_text("-5%") == "'-5%"`.
inline std::string csv_text(std::string_view s) {
  std::string text = printable(s, line_breaks::keep);
  if (csv_formula_like(text)) text.insert(text.begin(), '\'');
  return csv_field(text);
}

}  // namespace prosper::report
