#pragma once
// Readers that check what prosper's renderers write (fuzz/render_fuzz.cpp): a strict RFC 4180
// CSV reader, an HTML tag-balance checker, a Markdown table checker and a control-character scan.
// Each returns a description of the first problem, or "" when the text is well-formed; the
// harness turns a problem into a crash with PROSPER_FUZZ_CHECK.
//
// They are written here rather than borrowed so that they are stricter than the readers a user
// has (a spreadsheet or a browser repairs what these refuse), and so that the harness needs
// nothing beyond nlohmann/json, which parses the JSON outputs.

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "prosper/io/detail/text.hpp"

namespace prosper::fuzz {

/// Where position `i` of `s` is, for messages: "line 3, byte 17 of 240".
inline std::string where(std::string_view s, std::size_t i) {
  std::size_t line = 1;
  for (std::size_t k = 0; k < i && k < s.size(); ++k) line += s[k] == '\n';
  return "line " + std::to_string(line) + ", byte " + std::to_string(i) + " of " +
         std::to_string(s.size());
}

/// The first byte that is not valid UTF-8 or is a control character (C0, DEL, C1) other than
/// those in `allowed` (e.g. "\n" or "\n\t"), as a message; "" when there is none.
inline std::string control_problem(std::string_view s, std::string_view allowed) {
  namespace t = io::detail::text;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = t::utf8_sequence(s, i, cp);
    if (n == 0) return "invalid UTF-8 at " + where(s, i);
    if (t::is_control(cp) && !(cp < 0x80 && allowed.find(static_cast<char>(cp)) !=
                                                 std::string_view::npos)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
      return std::string("control character ") + buf + " at " + where(s, i);
    }
    i += n;
  }
  return "";
}

// ---- CSV ----------------------------------------------------------------------------------

using csv_table = std::vector<std::vector<std::string>>;

/// Reads `text` as RFC 4180 with "\n" record ends (what prosper documents): a field is either
/// unquoted (no quote, CR or LF in it) or quoted from its first byte, with quotes doubled inside
/// and a separator, a line end or the end right after the closing quote. The text must end with a
/// line end. Fills `rows`; returns the first problem or "".
inline std::string read_csv_strict(std::string_view text, csv_table& rows) {
  rows.clear();
  if (text.empty()) return "empty CSV";
  if (text.back() != '\n') return "CSV does not end with a line end";
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  while (i < text.size()) {
    field.clear();
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) return "unterminated quoted field at " + where(text, i);
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\n')
        return "text after a closing quote at " + where(text, i);
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\n') {
        if (text[i] == '"' || text[i] == '\r')
          return std::string(text[i] == '"' ? "quote" : "carriage return") +
                 " in an unquoted field at " + where(text, i);
        field += text[i++];
      }
    }
    row.push_back(field);
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size()) return "separator at the end of the text";
      continue;
    }
    // A line end (the text ends with one, checked above).
    ++i;
    rows.push_back(std::move(row));
    row.clear();
  }
  return "";
}

/// Whether a CSV cell is a number a spreadsheet reads as one (a finite decimal, sign allowed):
/// the only cells that may begin with - or +.
inline bool csv_number_cell(std::string_view s) {
  if (s.empty()) return false;
  std::string_view body = s;
  if (body.front() == '+') body.remove_prefix(1);
  double v = 0;
  const auto r = std::from_chars(body.data(), body.data() + body.size(), v);
  return r.ec == std::errc() && r.ptr == body.data() + body.size() && std::isfinite(v);
}

/// The OWASP CSV-injection rule as prosper applies it (report/markup.hpp, `csv_text`): no cell
/// begins with =, +, -, @, a tab or a carriage return unless it is a number.
inline bool csv_formula_risk(std::string_view cell) {
  if (cell.empty()) return false;
  const char c = cell.front();
  return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') &&
         !csv_number_cell(cell);
}

/// Parses `text` strictly, checks the header row is `header`, that every row has as many fields
/// as the header, that no cell is formula-like, and that cells hold no control character other
/// than the line breaks and tabs RFC 4180 quoting carries. Returns the first problem or "".
inline std::string check_csv(std::string_view text, std::string_view header, csv_table& rows) {
  if (std::string p = read_csv_strict(text, rows); !p.empty()) return p;
  if (text.substr(0, header.size()) != header || text.size() == header.size() ||
      text[header.size()] != '\n')
    return "header row is not the documented one";
  const std::size_t fields = rows.front().size();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].size() != fields)
      return "row " + std::to_string(r + 1) + " has " + std::to_string(rows[r].size()) +
             " fields, the header " + std::to_string(fields);
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& cell = rows[r][c];
      if (csv_formula_risk(cell))
        return "formula-like cell at row " + std::to_string(r + 1) + ", field " +
               std::to_string(c + 1) + ": " + cell;
      if (std::string p = control_problem(cell, "\n\r\t"); !p.empty())
        return "cell at row " + std::to_string(r + 1) + ", field " + std::to_string(c + 1) +
               ": " + p;
    }
  }
  return "";
}

// ---- HTML ---------------------------------------------------------------------------------

/// Elements whose content is not parsed as markup.
inline bool html_raw_text(std::string_view tag) { return tag == "style" || tag == "script"; }

inline bool html_void(std::string_view tag) { return tag == "meta" || tag == "br"; }

/// The elements prosper's HTML report and its SVG charts are made of. Anything else, "script"
/// in particular, can only have come from data that was not escaped.
inline bool html_known(std::string_view tag) {
  static constexpr std::string_view known[] = {
      "html", "head",  "meta",   "title", "style",    "body",   "header", "footer", "section",
      "h1",   "h2",    "h3",     "p",     "table",    "tr",     "th",     "td",     "span",
      "div",  "ul",    "li",     "br",    "svg",      "line",   "polyline", "circle", "text",
      "rect", "path",  "g",      "desc"};
  for (std::string_view k : known)
    if (k == tag) return true;
  return false;
}

inline bool html_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

/// Checks that `text` is a well-formed HTML document as prosper writes it: a doctype, then
/// elements that are all known, closed in order (void elements and SVG's "/>" excepted); every
/// attribute double-quoted without < or " inside; every & an entity; no < in text content that
/// does not open a tag; no "<script" anywhere; no control character other than LF. Returns the
/// first problem or "".
inline std::string check_html(std::string_view text) {
  if (std::string p = control_problem(text, "\n"); !p.empty()) return p;
  for (std::size_t i = 0; i + 7 <= text.size(); ++i) {
    if (text[i] != '<') continue;
    std::string w(text.substr(i + 1, 6));
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (w == "script") return "<script at " + where(text, i);
  }
  constexpr std::string_view doctype = "<!DOCTYPE html>\n";
  if (!text.starts_with(doctype)) return "no doctype";
  std::vector<std::string> open;
  std::size_t i = doctype.size();
  const auto entity_ok = [&](std::size_t at) {
    std::size_t k = at + 1;
    if (k < text.size() && text[k] == '#') {
      ++k;
      const std::size_t digits = k;
      while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
      return k > digits && k < text.size() && text[k] == ';';
    }
    const std::size_t letters = k;
    while (k < text.size() && ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z')))
      ++k;
    return k > letters && k < text.size() && text[k] == ';';
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '&') {
      if (!entity_ok(i)) return "bare & at " + where(text, i);
      ++i;
      continue;
    }
    if (c == '>') return "bare > in text at " + where(text, i);
    if (c != '<') {
      ++i;
      continue;
    }
    const std::size_t tag_start = i;
    ++i;
    const bool closing = i < text.size() && text[i] == '/';
    if (closing) ++i;
    const std::size_t name_start = i;
    while (i < text.size() && html_name_char(text[i])) ++i;
    const std::string name(text.substr(name_start, i - name_start));
    if (name.empty()) return "< that opens no tag at " + where(text, tag_start);
    if (!html_known(name)) return "unknown element <" + name + "> at " + where(text, tag_start);
    if (closing) {
      if (i >= text.size() || text[i] != '>') return "malformed end tag at " + where(text, tag_start);
      ++i;
      if (open.empty() || open.back() != name)
        return "</" + name + "> closes " + (open.empty() ? std::string("nothing") : "<" + open.back() + ">") +
               " at " + where(text, tag_start);
      open.pop_back();
      continue;
    }
    // Attributes: name="value", separated by spaces.
    bool self_closing = false;
    for (;;) {
      if (i >= text.size()) return "unterminated tag at " + where(text, tag_start);
      if (text[i] == '>') {
        ++i;
        break;
      }
      if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>') {
        self_closing = true;
        i += 2;
        break;
      }
      if (text[i] != ' ') return "unexpected byte in tag at " + where(text, i);
      ++i;
      const std::size_t attr = i;
      while (i < text.size() && html_name_char(text[i])) ++i;
      if (i == attr) return "attribute without a name at " + where(text, i);
      if (i >= text.size() || text[i] != '=') continue;  // a boolean attribute
      ++i;
      if (i >= text.size() || text[i] != '"') return "unquoted attribute value at " + where(text, i);
      ++i;
      while (i < text.size() && text[i] != '"') {
        if (text[i] == '<') return "< in an attribute value at " + where(text, i);
        if (text[i] == '&' && !entity_ok(i)) return "bare & in an attribute at " + where(text, i);
        ++i;
      }
      if (i >= text.size()) return "unterminated attribute value at " + where(text, attr);
      ++i;
    }
    if (self_closing || html_void(name)) continue;
    if (html_raw_text(name)) {
      const std::string end = "</" + name + ">";
      const std::size_t close = text.find(end, i);
      if (close == std::string_view::npos) return "<" + name + "> never closed";
      if (text.substr(i, close - i).find('<') != std::string_view::npos)
        return "< inside <" + name + "> at " + where(text, i);
      i = close + end.size();
      continue;
    }
    open.push_back(name);
  }
  if (!open.empty()) return "<" + open.back() + "> never closed";
  return "";
}

// ---- Markdown -----------------------------------------------------------------------------

/// Pipes that separate table cells: those not escaped by an odd number of backslashes.
inline std::size_t markdown_pipes(std::string_view line) {
  std::size_t pipes = 0, backslashes = 0;
  for (char c : line) {
    if (c == '|' && backslashes % 2 == 0) ++pipes;
    backslashes = c == '\\' ? backslashes + 1 : 0;
  }
  return pipes;
}

/// Checks Markdown as prosper writes it: no control character other than LF; no raw < (the only
/// HTML a Markdown output may carry is data, and data's < is "&lt;"); every & an entity-free
/// ampersand or the start of "&amp;", "&lt;", "&gt;"; and in every table (consecutive lines
/// starting with "|"), every line with as many cell separators as the header line. Returns the
/// first problem or "".
inline std::string check_markdown(std::string_view text) {
  if (std::string p = control_problem(text, "\n"); !p.empty()) return p;
  if (const std::size_t lt = text.find('<'); lt != std::string_view::npos)
    return "raw < at " + where(text, lt);
  std::size_t header_pipes = 0;
  bool in_table = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (line.starts_with('|')) {
      const std::size_t pipes = markdown_pipes(line);
      if (!in_table) {
        header_pipes = pipes;
        in_table = true;
      } else if (pipes != header_pipes) {
        return "table row with " + std::to_string(pipes) + " separators, header " +
               std::to_string(header_pipes) + " at " + where(text, pos);
      }
    } else {
      in_table = false;
    }
    pos = end + 1;
  }
  return "";
}

}  // namespace prosper::fuzz
