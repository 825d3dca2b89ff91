#pragma once
// Observations: what a region's indicator actually was in a year, read from a file.
//
// This header holds the model shared by the CSV and JSON readers (observations_csv.hpp,
// observations_json.hpp) and the one place where a row becomes an observation, so that both
// formats apply the same rules:
//
// - the indicator id must exist in the plan;
// - the year must be an integer in 1949..2100 (configurable);
// - the value must be finite, and is converted from the unit the file gives (as printed in the
//   source: 元, 万元, 亿人民币, ％ …) into the indicator's unit through the unit registry; a unit
//   of another dimension or kind is an error, never a silent reinterpretation;
// - one (indicator, region, year) appears once; a second row is an error naming the first.
//
// Every row is either used or reported. By default the first problem throws `input_error`
// naming file and line (or, for JSON, the JSON pointer of the element). With
// `read_options::skip_bad_rows` a bad row is skipped instead, with one warning per row in the
// result and a count; problems with the file as a whole (no header, unterminated quote, bad
// encoding, malformed JSON) still throw, because no row after them can be trusted.

#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/number.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::io {

/// An observation as a file records it: prosper's one observation type, `math::observation`
/// (the year and the value in the indicator's unit, which every math function takes), with the
/// indicator and region it belongs to and where it came from. A record *is* an observation, so
/// `record.year` and `record.value` are the math layer's fields, and a record passes wherever a
/// `const math::observation&` is wanted.
///
/// Example: indicator "2", region "丽水市", year 2021, value 42042 (元), source "China Daily …".
struct observation_record : math::observation {
  std::string indicator;  ///< the plan's indicator id ("2", "12.1")
  std::string region;     ///< "丽水市", "浙江省", "莲都区" …
  // year and value: inherited; value is in the indicator's unit, after conversion
  units::runtime_unit unit;     ///< the indicator's unit, which `value` is in
  double original_value = 0.0;  ///< as written in the file
  std::string original_unit;    ///< as written in the file (the indicator's unit when none given)
  std::string source;           ///< the `source` column/key, verbatim; "" when none
  /// Any other columns or keys, in file order, verbatim (a `note`, the source's own label …);
  /// non-string JSON values as compact JSON.
  std::vector<std::pair<std::string, std::string>> extra;
  std::string file;      ///< where it was read from
  std::size_t line = 0;  ///< 1-based line of its record; 0 for JSON
  std::string pointer;   ///< JSON pointer of its element; "" for CSV
};

/// A bad row that was skipped, with its location.
///
/// Example: `{"obs.csv", 7, "", "unknown indicator '99'"}.to_string()` is
/// "obs.csv:7: unknown indicator '99'".
struct diagnostic {
  std::string file;
  std::size_t line = 0;
  std::string pointer;
  std::string message;

  [[nodiscard]] std::string to_string() const {
    return prosper::detail::located(file, line, pointer, message);
  }
};

/// How strictly to read.
///
/// Example: `read_options{.skip_bad_rows = true}` turns row errors into warnings.
struct read_options {
  bool skip_bad_rows = false;  ///< skip bad rows with a warning each instead of throwing
  number_options numbers{};    ///< thousands separators and full-width digits (both refused)
  int min_year = 1949;
  int max_year = 2100;
  std::string default_region{};  ///< for rows without a region; "" means the plan's `region_zh`
};

/// What a reader returns: the observations, and an account of every row it did not use.
///
/// Example: `r.summary()` is "obs.csv: 12 rows, 10 used, 2 skipped".
struct read_result {
  std::string file;
  std::vector<observation_record> observations;
  std::vector<diagnostic> warnings;  ///< one per skipped row, in file order
  std::size_t rows = 0;              ///< data rows (or JSON elements) seen
  std::size_t skipped = 0;           ///< rows not used; always `warnings.size()`

  [[nodiscard]] std::string summary() const {
    return file + ": " + std::to_string(rows) + (rows == 1 ? " row, " : " rows, ") +
           std::to_string(observations.size()) + " used, " + std::to_string(skipped) + " skipped";
  }
};

/// The observation for an indicator, region and year, or nullptr.
///
/// Example: `find_observation(r.observations, "2", "丽水市", 2021)->value == 42042.0`.
inline const observation_record* find_observation(const std::vector<observation_record>& observations,
                                           std::string_view indicator, std::string_view region,
                                           int year) {
  for (const auto& o : observations) {
    if (o.indicator == indicator && o.region == region && o.year == year) return &o;
  }
  return nullptr;
}

namespace detail::observations {

inline std::string_view trim(std::string_view s) noexcept { return number::trim(s); }

// The byte offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points
// above U+10FFFF included), or npos. Chinese text saved as GBK fails here on its first character.
inline std::size_t first_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF)
      n = 1;
    else if (b == 0xE0)
      n = 2, lo = 0xA0;
    else if (b >= 0xE1 && b <= 0xEC)
      n = 2;
    else if (b == 0xED)
      n = 2, hi = 0x9F;
    else if (b >= 0xEE && b <= 0xEF)
      n = 2;
    else if (b == 0xF0)
      n = 3, lo = 0x90;
    else if (b >= 0xF1 && b <= 0xF3)
      n = 3;
    else if (b == 0xF4)
      n = 3, hi = 0x8F;
    else
      return i;
    if (i + n >= s.size()) return i;  // truncated at the end of the text
    for (std::size_t k = 1; k <= n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return i;
    }
    i += n + 1;
  }
  return std::string_view::npos;
}

inline std::size_t line_of(std::string_view s, std::size_t offset) noexcept {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') ++line;
  }
  return line;
}

inline std::string hex_byte(unsigned char b) {
  constexpr char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

// Text with every byte that breaks UTF-8 replaced by '?', and control characters written as
// \xNN (a NUL would end what() early, an escape sequence would reach the terminal), for quoting
// bad input in a message; cut with its length when long (detail/text.hpp).
inline std::string printable(std::string_view s, std::size_t limit = 300) {
  return text::shown(s, limit);
}

/// A cell of the input as a message quotes it: in quotes, controls escaped, cut at 64 bytes with
/// its length ("'abc…' (200000000 bytes)"). The one helper both readers use.
inline std::string quote(std::string_view s) { return text::quoted(s); }

inline std::string quote_unit(std::string_view unit) {
  return unit.empty() ? std::string("\"\" (no unit)") : text::shown(unit);
}

/// Refuses text that is not UTF-8, naming what it is instead when that can be told: UTF-16 with
/// or without a byte-order mark (by its zero bytes), else the first bad byte, with GBK as the
/// likely cause (what Chinese spreadsheets write). `fail(line, message)` throws.
template <class Fail>
void check_utf8(std::string_view text, const Fail& fail) {
  if (const std::string utf16 = text::utf16_encoding(text); !utf16.empty())
    fail(1, "the file is UTF-16 encoded (" + utf16 + "); save it as UTF-8");
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const auto bad = first_invalid_utf8(text); bad != std::string_view::npos)
    fail(line_of(text, bad), "not valid UTF-8 (byte " +
                                 hex_byte(static_cast<unsigned char>(text[bad])) +
                                 "); the file may be GBK-encoded: save it as UTF-8");
}

/// A row as the reader found it, before any plan-dependent check.
struct raw_observation {
  std::string indicator;
  std::optional<std::string> region;  ///< absent or empty: the default region
  long long year = 0;
  double value = 0.0;
  std::optional<std::string> unit;  ///< absent or empty: the indicator's unit
  std::string source;
  std::vector<std::pair<std::string, std::string>> extra;
};

/// Turns raw rows into observations for one file, enforcing the rules of the file comment, and
/// either throws at the first bad row or records it, depending on `skip_bad_rows`.
class sink {
 public:
  sink(const plan::plan& p, const read_options& options, std::string file)
      : plan_(p), options_(options) {
    result_.file = std::move(file);
    for (const auto& ind : p.indicators) indicators_.emplace(ind.id, &ind);
  }

  const std::string& file() const noexcept { return result_.file; }

  /// Counts a data row; every counted row ends up used or rejected.
  void row_seen() { ++result_.rows; }

  /// A problem with one row: thrown, or skipped with a warning.
  void reject(std::size_t line, std::string pointer, std::string message) {
    if (!options_.skip_bad_rows) {
      throw input_error(result_.file, line, std::move(pointer), std::move(message));
    }
    result_.warnings.push_back({result_.file, line, std::move(pointer), std::move(message)});
    ++result_.skipped;
  }

  /// A problem with the file as a whole: always thrown.
  [[noreturn]] void fail(std::size_t line, std::string pointer, std::string message) const {
    throw input_error(result_.file, line, std::move(pointer), std::move(message));
  }

  /// Checks a row and keeps it, or rejects it with the first problem found.
  void add(raw_observation raw, std::size_t line, std::string pointer) {
    const std::string id(trim(raw.indicator));
    if (id.empty()) return reject(line, std::move(pointer), "empty indicator id");
    const auto it = indicators_.find(id);
    if (it == indicators_.end()) return reject(line, std::move(pointer), unknown_indicator(id));
    const plan::indicator& ind = *it->second;

    if (raw.year < options_.min_year || raw.year > options_.max_year) {
      return reject(line, std::move(pointer),
                    "year " + std::to_string(raw.year) + " is outside " +
                        std::to_string(options_.min_year) + ".." +
                        std::to_string(options_.max_year));
    }
    if (!std::isfinite(raw.value)) {
      return reject(line, std::move(pointer), "value is not a finite number");
    }

    observation_record o;
    o.indicator = id;
    o.region = raw.region ? std::string(trim(*raw.region)) : std::string();
    if (o.region.empty()) {
      o.region = options_.default_region.empty() ? plan_.region_zh : options_.default_region;
    }
    o.year = static_cast<int>(raw.year);
    o.unit = ind.unit;
    o.original_value = raw.value;
    o.original_unit = raw.unit ? std::string(trim(*raw.unit)) : std::string();
    if (o.original_unit.empty()) o.original_unit = ind.unit.spelling();

    // The file's unit is resolved like the plan's: a unit the registry does not know still
    // reads data written in the same spelling as the plan's.
    const std::string indicator_unit = quote_unit(ind.unit.spelling());
    try {
      o.value = units::convert(raw.value, units::runtime_unit::resolve(o.original_unit), ind.unit);
    } catch (const units::unit_error& e) {
      return reject(line, std::move(pointer),
                    "unit " + quote_unit(o.original_unit) + " does not fit indicator " + id +
                        " (" + ind.name_zh + ", " + indicator_unit + "): " + printable(e.what()));
    }
    if (!std::isfinite(o.value)) {
      return reject(line, std::move(pointer),
                    "value " + format_number(raw.value) + " " + quote_unit(o.original_unit) +
                        " overflows when converted to " + indicator_unit);
    }

    auto key = std::make_tuple(o.indicator, o.region, o.year);
    if (const auto seen = seen_.find(key); seen != seen_.end()) {
      return reject(line, std::move(pointer),
                    "duplicate of " + seen->second + " (indicator " + o.indicator + ", " +
                        text::shown(o.region) + ", " + std::to_string(o.year) + ")");
    }
    seen_.emplace(std::move(key), line > 0 ? "line " + std::to_string(line) : pointer);

    o.source = std::move(raw.source);
    o.extra = std::move(raw.extra);
    o.file = result_.file;
    o.line = line;
    o.pointer = std::move(pointer);
    result_.observations.push_back(std::move(o));
  }

  read_result finish() && { return std::move(result_); }

 private:
  // A file that names indicators instead of numbering them, or uses a heading's number, is told
  // which id to use.
  std::string unknown_indicator(const std::string& id) const {
    std::string message = "unknown indicator " + quote(id);
    std::string sub_rows;
    for (const auto& ind : plan_.indicators) {
      if (ind.name_zh == id || ind.name_en == id) {
        return message + "; the plan's id for it is " + ind.id;
      }
      if (ind.id.starts_with(id + ".")) sub_rows += (sub_rows.empty() ? "" : " or ") + ind.id;
    }
    // Table headings such as row 34 hold no values of their own, only their sub-rows do.
    if (!sub_rows.empty()) message += "; it is a heading, use " + sub_rows;
    return message;
  }

  const plan::plan& plan_;
  const read_options& options_;
  read_result result_;
  std::map<std::string, const plan::indicator*, std::less<>> indicators_;
  std::map<std::tuple<std::string, std::string, int>, std::string> seen_;
};

}  // namespace detail::observations

}  // namespace prosper::io
