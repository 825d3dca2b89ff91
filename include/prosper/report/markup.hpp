#pragma once
// Escaping for the text formats prosper writes. Plan wording and region names are user data once
// plans load from JSON, so every string that reaches HTML, SVG, Markdown or CSV goes through here.

#include <string>
#include <string_view>

namespace prosper::report {

/// Text safe inside HTML/SVG element content and double-quoted attributes.
///
/// Example: `escape_html("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;"`.
inline std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
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

/// Text safe inside a Markdown table cell: pipes escaped, line breaks folded into spaces.
///
/// Example: `escape_markdown_cell("a|b") == "a\\|b"`.
inline std::string escape_markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

/// A CSV field per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
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

}  // namespace prosper::report
