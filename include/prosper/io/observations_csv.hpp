#pragma once
// Observations from CSV.
//
// The format, in full (docs/data.md has the reasoning):
//
//     indicator,region,year,value,unit,source
//     2,丽水市,2021,42042,元,"China Daily (Lishui) 2022-01-19 http://…"
//
// - The first record is the header. `indicator`, `year` and `value` are required; `region`
//   (default: the plan's region) and `unit` (default: the indicator's unit) are optional; a
//   `source` column fills `observation::source`; any other column is carried along verbatim in
//   `observation::extra`. Column names are matched without regard to ASCII case or surrounding
//   blanks; a name that appears twice, or an empty name, is an error.
// - RFC 4180 quoting: a field in double quotes may hold commas, line breaks and doubled quotes
//   (""). A quote inside an unquoted field, text after a closing quote, and a quote left open at
//   the end of the file are errors.
// - UTF-8, with or without a byte-order mark; LF or CRLF line ends. A GBK- or UTF-16-encoded file
//   (what spreadsheets often write for Chinese text) is refused with a message saying so; UTF-16
//   is recognised with or without a byte-order mark, and named with its byte order.
// - A record that is a blank line carries nothing and is passed over. A record whose first
//   character is '#' is a comment, so a file can say where it comes from (the synthetic example
//   data does); '#' elsewhere is ordinary text.
// - A file with a header and no data rows is a valid, empty table (a template); a file with no
//   header at all is an error.
// - Every data record must have as many fields as the header.
//
// Line numbers are 1-based physical lines of the file, and a record is reported at the line it
// starts on, so "file:line" can be opened in an editor even when a quoted field spans lines.

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/io/number.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/plan/plan.hpp"

namespace prosper::io {

namespace detail::csv {

/// One CSV record, or the problem that makes it unusable.
struct record {
  std::vector<std::string> fields;
  std::size_t line = 0;  ///< physical line the record starts on
  std::string error;     ///< a quoting problem confined to this record
  bool blank = false;    ///< an empty or whitespace-only line
  bool comment = false;  ///< a line starting with '#'
};

/// Splits UTF-8 text (BOM already removed) into RFC 4180 records.
class reader {
 public:
  reader(std::string_view text, observations::sink& out) : text_(text), out_(out) {}

  /// Reads the next record; false at the end of the text.
  bool next(record& r) {
    r = record{};
    if (pos_ >= text_.size()) return false;
    r.line = line_;
    if (text_[pos_] == '#') {
      r.comment = true;
      while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
      end_of_line();
      return true;
    }
    bool any_quoted = false;
    for (;;) {
      std::string field;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        any_quoted = true;
        quoted_field(r, field);
      } else {
        unquoted_field(r, field);
      }
      r.fields.push_back(std::move(field));
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      end_of_line();
      break;
    }
    r.blank = !any_quoted && r.fields.size() == 1 && observations::trim(r.fields[0]).empty();
    return true;
  }

 private:
  bool at_line_end() const {
    return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r';
  }

  void end_of_line() {
    if (pos_ >= text_.size()) return;
    if (text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  void unquoted_field(record& r, std::string& field) {
    while (!at_line_end() && text_[pos_] != ',') {
      if (text_[pos_] == '"' && r.error.empty()) {
        r.error = "quote inside unquoted field " + std::to_string(r.fields.size() + 1) +
                  "; enclose the whole field in quotes and double the quote (\"\")";
      }
      field += text_[pos_++];
    }
  }

  void quoted_field(record& r, std::string& field) {
    const std::size_t opened = line_;
    ++pos_;
    for (;;) {
      if (pos_ >= text_.size()) {
        out_.fail(opened, {},
                  "unterminated quoted field " + std::to_string(r.fields.size() + 1) +
                      ": the quote opened on this line is never closed");
      }
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      // Line breaks inside quotes are kept as "\n" whatever the file's convention.
      if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      if (c == '\n' || c == '\r') {
        ++line_;
        field += '\n';
        ++pos_;
        continue;
      }
      field += c;
      ++pos_;
    }
    if (!at_line_end() && text_[pos_] != ',') {
      if (r.error.empty()) {
        r.error = "unexpected " + observations::quote(number::first_character(text_.substr(pos_))) +
                  " after the closing quote of field " + std::to_string(r.fields.size() + 1);
      }
      // Resynchronise at the next separator so the rest of the file still reads.
      while (!at_line_end() && text_[pos_] != ',') ++pos_;
    }
  }

  std::string_view text_;
  observations::sink& out_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

inline std::string join(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) {
    if (!out.empty()) out += ',';
    out += f;
  }
  return out;
}

/// Where each column of the header is; npos for an absent optional column.
struct columns {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t indicator = none, region = none, year = none, value = none, unit = none,
              source = none;
  std::vector<std::string> names;  ///< as written (trimmed), for the extra columns
};

inline columns read_header(const record& r, observations::sink& out) {
  if (!r.error.empty()) out.fail(r.line, {}, "header: " + r.error);
  columns c;
  bool any_known = false;
  for (std::size_t i = 0; i < r.fields.size(); ++i) {
    const std::string name(observations::trim(r.fields[i]));
    const std::string key = lower_ascii(name);
    if (name.empty()) {
      out.fail(r.line, {}, "column " + std::to_string(i + 1) + " of the header has no name");
    }
    for (std::size_t k = 0; k < i; ++k) {
      if (lower_ascii(observations::trim(r.fields[k])) == key) {
        out.fail(r.line, {}, "column " + observations::quote(name) + " appears twice in the header");
      }
    }
    std::size_t* slot = key == "indicator" ? &c.indicator
                        : key == "region"  ? &c.region
                        : key == "year"    ? &c.year
                        : key == "value"   ? &c.value
                        : key == "unit"    ? &c.unit
                        : key == "source"  ? &c.source
                                           : nullptr;
    if (slot != nullptr) {
      *slot = i;
      any_known = any_known || key != "source";
    }
    c.names.push_back(name);
  }
  if (!any_known) {
    out.fail(r.line, {},
             "missing header: the first row must name the columns (indicator,year,value and "
             "optionally region,unit,source); found " +
                 observations::quote(join(r.fields)));
  }
  for (const auto& [slot, name] : {std::pair{c.indicator, "indicator"}, std::pair{c.year, "year"},
                                   std::pair{c.value, "value"}}) {
    if (slot == columns::none) {
      out.fail(r.line, {},
               std::string("missing required column '") + name +
                   "' (the header has: " + observations::printable(join(c.names)) + ")");
    }
  }
  return c;
}

}  // namespace detail::csv

/// Reads observations from CSV text (see the file comment for the format) against a plan.
///
/// Example:
/// ```
/// auto r = prosper::io::read_observations_csv(
///     "indicator,year,value,unit\n2,2021,4.2042,万元\n", "inline.csv", prosper::plan::lishui());
/// r.observations[0].value == 42042.0;  // converted to the indicator's 元
/// ```
inline read_result read_observations_csv(std::string_view text, std::string file,
                                         const plan::plan& p, const read_options& options = {}) {
  namespace c = detail::csv;
  detail::observations::sink out(p, options, std::move(file));

  detail::observations::check_utf8(
      text, [&](std::size_t line, const std::string& message) { out.fail(line, {}, message); });
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);

  c::reader reader(text, out);
  c::record r;
  bool have_header = false;
  while (!have_header && reader.next(r)) have_header = !r.blank && !r.comment;
  if (!have_header) {
    out.fail(
        1, {},
        std::string(text.find_first_not_of(" \t\r\n") == std::string_view::npos ? "empty file: "
                                                                                : "") +
            "no header line; expected one such as 'indicator,region,year,value,unit'");
  }
  const c::columns cols = c::read_header(r, out);

  while (reader.next(r)) {
    if (r.blank || r.comment) continue;
    out.row_seen();
    if (!r.error.empty()) {
      out.reject(r.line, {}, r.error);
      continue;
    }
    if (r.fields.size() != cols.names.size()) {
      out.reject(r.line, {},
                 "expected " + std::to_string(cols.names.size()) +
                     " fields as in the header, found " + std::to_string(r.fields.size()));
      continue;
    }
    detail::observations::raw_observation raw;
    raw.indicator = r.fields[cols.indicator];

    const auto year = try_parse_integer(r.fields[cols.year]);
    if (!year) {
      out.reject(r.line, {}, year.error == "empty value" ? "empty year" : "year " + year.error);
      continue;
    }
    raw.year = year.value;

    const auto value = try_parse_number(r.fields[cols.value], options.numbers);
    if (!value) {
      out.reject(r.line, {}, value.error == "empty value" ? value.error : "value " + value.error);
      continue;
    }
    raw.value = value.value;

    if (cols.region != c::columns::none) raw.region = r.fields[cols.region];
    if (cols.unit != c::columns::none) raw.unit = r.fields[cols.unit];
    if (cols.source != c::columns::none) raw.source = r.fields[cols.source];
    for (std::size_t i = 0; i < r.fields.size(); ++i) {
      if (i == cols.indicator || i == cols.region || i == cols.year || i == cols.value ||
          i == cols.unit || i == cols.source) {
        continue;
      }
      raw.extra.emplace_back(cols.names[i], r.fields[i]);
    }
    out.add(std::move(raw), r.line, {});
  }
  return std::move(out).finish();
}

/// Reads observations from a CSV stream; `file` names it in messages.
///
/// Example: `read_observations_csv(std::cin, "<stdin>", prosper::plan::lishui())`.
inline read_result read_observations_csv(std::istream& in, std::string file, const plan::plan& p,
                                         const read_options& options = {}) {
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw input_error(std::move(file), 0, "read error");
  return read_observations_csv(std::string_view(text), std::move(file), p, options);
}

/// Reads observations from a CSV file.
///
/// Example: `load_observations_csv("examples/data/lishui-published.csv", plan::lishui())`.
inline read_result load_observations_csv(const std::filesystem::path& path, const plan::plan& p,
                                         const read_options& options = {}) {
  const std::string text = read_file(path);
  return read_observations_csv(std::string_view(text), path.string(), p, options);
}

}  // namespace prosper::io
