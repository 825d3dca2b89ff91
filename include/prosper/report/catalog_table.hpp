#pragma once
// The catalog: every item of a plan, appendix indicators first, then body targets, as a terminal
// table, Markdown, CSV or JSON. This is what `prosper catalog` prints; it lives here so that other
// programs can render the same catalog without the CLI.
//
// CSV is for machines: one header row, the columns below, values in each indicator's own unit as
// printed (57000 元, 9.24 万元), RFC 4180 quoting, "\n" line ends, empty cells where a column does
// not apply. The required CAGR is a fraction per year (0.0832, not 8.32) and the required annual
// change is in the indicator's unit per year (percentage points for % rows). JSON carries the same
// fields typed (numbers as numbers, null where empty). The table and Markdown forms are for people
// and follow `--lang`.
//
// JSON is written by hand here (strings escaped per RFC 8259) so that nlohmann/json stays in the
// io headers; the tests parse the output back with nlohmann to keep it honest.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/format.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/required_change.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::report {

/// The output formats of the catalog and audit renderers.
///
/// Example: `output_format_from_string("md") == output_format::md`.
enum class output_format { table, md, csv, json };

/// The name used on the command line ("table", "md", "csv", "json").
///
/// Example: `to_string(output_format::csv) == "csv"`.
constexpr std::string_view to_string(output_format f) noexcept {
  switch (f) {
    case output_format::table:
      return "table";
    case output_format::md:
      return "md";
    case output_format::csv:
      return "csv";
    case output_format::json:
      return "json";
  }
  return "table";
}

/// The format named `s`, or nothing.
///
/// Example: `output_format_from_string("json") == output_format::json`.
constexpr std::optional<output_format> output_format_from_string(std::string_view s) noexcept {
  for (output_format f :
       {output_format::table, output_format::md, output_format::csv, output_format::json})
    if (to_string(f) == s) return f;
  return std::nullopt;
}

namespace detail {

/// Columns a string takes in a terminal: East Asian wide characters take two, so that a column of
/// Chinese names lines up.
inline std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0) {
      cp = c & 0x07U;
      len = 4;
    } else if (c >= 0xE0) {
      cp = c & 0x0FU;
      len = 3;
    } else if (c >= 0xC0) {
      cp = c & 0x1FU;
      len = 2;
    }
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
    i += len;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
  }
  return width;
}

/// A terminal table: columns padded to their widest cell, two spaces apart, a rule under the
/// header. Trailing blanks are trimmed so the output diffs cleanly.
inline std::string text_table(const std::vector<std::string>& header_cells,
                              const std::vector<std::vector<std::string>>& row_cells) {
  // Every cell made printable first: a control character in a plan's name or a CSV `source`
  // must not reach the terminal, and a line break would break the row.
  const auto clean = [](const std::vector<std::string>& row) {
    std::vector<std::string> out;
    out.reserve(row.size());
    for (const auto& c : row) out.push_back(printable(c));
    return out;
  };
  const std::vector<std::string> header = clean(header_cells);
  std::vector<std::vector<std::string>> rows;
  rows.reserve(row_cells.size());
  for (const auto& r : row_cells) rows.push_back(clean(r));
  std::vector<std::size_t> widths(header.size(), 0);
  const auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c]));
  };
  measure(header);
  for (const auto& r : rows) measure(r);
  const auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      out += row[c];
      if (c + 1 < row.size()) out += std::string(widths[c] - display_width(row[c]) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(header);
  std::size_t total = 0;
  for (std::size_t w : widths) total += w + 2;
  out += std::string(total > 2 ? total - 2 : 0, '-') + "\n";
  for (const auto& r : rows) out += line(r);
  return out;
}

/// A Markdown table. Every cell is text and is escaped here, once (`escape_markdown`), so callers
/// pass plain text, never Markdown; `bold_last_row` sets the last row (a total) in bold.
inline std::string markdown_table(const std::vector<std::string>& header,
                                  const std::vector<std::vector<std::string>>& rows,
                                  bool bold_last_row = false) {
  const auto line = [](const std::vector<std::string>& row, bool bold) {
    std::string out = "|";
    for (const auto& cell : row) {
      const std::string text = escape_markdown(cell);
      out += bold && !text.empty() ? " **" + text + "** |" : " " + text + " |";
    }
    return out + "\n";
  };
  std::string out = line(header, false) + "|";
  for (std::size_t c = 0; c < header.size(); ++c) out += "---|";
  out += "\n";
  for (std::size_t r = 0; r < rows.size(); ++r)
    out += line(rows[r], bold_last_row && r + 1 == rows.size());
  return out;
}

/// The length of the DEL (1 byte) or C1 control (U+0080–U+009F, 2 bytes C2 80–C2 9F) at byte
/// `i` of `s`, or 0: the characters JSON allows raw that a terminal would obey.
inline std::size_t del_or_c1_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto next = static_cast<unsigned char>(s[i + 1]);
    if (next >= 0x80 && next <= 0x9F) return 2;
  }
  return 0;
}

/// Appends the JSON escape "\u00XX" of a code point below U+0100.
inline void append_u_escape(std::string& out, unsigned code_point) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", code_point);
  out += buf;
}

/// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, UTF-8
/// passed through. DEL and the C1 controls (U+0080–U+009F, bytes C2 80–C2 9F) are escaped too,
/// though JSON allows them raw, so that printing the JSON on a terminal cannot drive it.
inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const auto c = static_cast<unsigned char>(ch);
    if (const std::size_t n = del_or_c1_at(s, i)) {
      append_u_escape(out, static_cast<unsigned char>(s[i + n - 1]));
      i += n - 1;
      continue;
    }
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          append_u_escape(out, c);
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

/// JSON text written by nlohmann/json with DEL and the C1 controls (U+0080–U+009F) escaped as
/// `json_string` escapes them: nlohmann escapes only C0, so a C1 CSI (U+009B) or NEL (U+0085) in
/// an observation's region or source would otherwise reach the terminal that shows the JSON.
/// Outside strings a JSON text is ASCII without DEL, so every such byte is inside a string, where
/// "\u009b" means the same character: the parsed value does not change.
inline std::string json_controls_escaped(std::string text) {
  std::size_t i = 0;
  while (i < text.size() && del_or_c1_at(text, i) == 0) ++i;
  if (i == text.size()) return text;  // the usual case: nothing to escape, no copy
  std::string out(text, 0, i);
  out.reserve(text.size() + 16);
  for (; i < text.size(); ++i) {
    if (const std::size_t n = del_or_c1_at(text, i)) {
      append_u_escape(out, static_cast<unsigned char>(text[i + n - 1]));
      i += n - 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

/// A JSON output document: two-space indented, newline-terminated, C1 and DEL escaped. Every JSON
/// report goes out through this one function, so none can forget the escaping. A template, so
/// that this header does not include nlohmann/json (the callers do).
///
/// Example: `json_document(nlohmann::json{{"a", 1}}) == "{\n  \"a\": 1\n}\n"`.
template <class Json>
std::string json_document(const Json& j) {
  return json_controls_escaped(j.dump(2) + "\n");
}

/// A number for derived values (rates, changes, audit sides) in tables for people: six significant
/// digits, which is more than any printed input carries. CSV and JSON write every digit instead
/// (`format_number`).
inline std::string derived_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

/// A JSON number at full (shortest round-trip) precision, or null.
inline std::string json_number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "null";
  return format_number(*v);
}

// A CSV number: every digit a double needs to read back exactly (machine-readable outputs keep
// full precision; only tables for people round).
inline std::string cell(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "";
  return format_number(*v);
}

inline target_kind target_kind_of(std::string_view name) {
  for (target_kind k : {target_kind::at_least, target_kind::greater_than, target_kind::at_most,
                        target_kind::less_than})
    if (to_string(k) == name) return k;
  return target_kind::point;
}

inline std::string attribute_en(std::string_view a) {
  if (a == "评价指标") return "evaluation";
  if (a == "特色指标") return "distinctive";
  if (a == "观察指标") return "observation";
  return std::string(a);
}


}  // namespace detail

/// One catalog line: an appendix indicator or a body target, in the CSV's columns.
///
/// Example: for Lishui row 1, `{id "1", section "appendix", name_zh "人均地区生产总值", unit
/// "万元", base 2022 → 7.27, target 2025 → 9.24, required_cagr 0.0832…, required_annual_change
/// 0.6567…}`.
struct catalog_row {
  std::string id;
  std::string section;  ///< "appendix" for indicators; the body's section ("三") otherwise
  std::string name_zh;  ///< the indicator's name, or the body target's phrase
  std::string name_en;
  std::string category;  ///< the table's 类别 in the chosen language; "" for body targets
  std::string attribute;  ///< 评价/特色/观察指标 (English words with --lang en); body: the basis
  units::runtime_unit unit;         ///< the resolved unit
  units::runtime_unit change_unit;  ///< the unit of the annual change (pp for shares)
  std::string direction;  ///< ASCII; for a body target, its linked row's, else ""
  std::string target_kind;
  std::optional<int> base_year;
  std::optional<double> base_value;
  std::string base_text;  ///< the base cell as printed (table and Markdown only, not in CSV)
  std::optional<int> target_year;
  std::optional<double> target_value;
  std::string target_text;  ///< the target cell as printed; for body targets "≥68%" and the like
  std::optional<double> required_cagr;           ///< fraction per year
  std::optional<double> required_annual_change;  ///< indicator unit per year
  bool is_indicator = true;
};

/// The catalog's lines: every indicator in table order, then every body target in text order.
///
/// Example: `catalog_rows(lishui(), language::zh).size() == 70 + 132`.
inline std::vector<catalog_row> catalog_rows(const plan::plan& p, language lang = language::zh) {
  std::vector<catalog_row> out;
  for (const plan::indicator& i : p.indicators) {
    catalog_row r;
    r.id = i.id;
    r.section = "appendix";
    r.name_zh = i.name_zh;
    r.name_en = i.name_en;
    r.category = lang == language::en && !i.category_en.empty() ? i.category_en : i.category_zh;
    r.attribute = lang == language::en ? detail::attribute_en(i.attribute) : i.attribute;
    r.unit = i.unit;
    r.change_unit = i.unit.difference_unit();
    r.direction = std::string(to_string(i.dir));
    if (!i.milestones.empty()) {
      const math::milestone& a = i.milestones.front();
      const math::milestone& b = i.milestones.back();
      r.target_kind = std::string(to_string(b.kind));
      if (i.milestones.size() > 1) {
        r.base_year = a.year;
        r.base_value = a.value;
        r.base_text = a.printed;
      }
      r.target_year = b.year;
      r.target_value = b.value;
      r.target_text = b.printed;
    }
    // First milestone to last, bounds read as their values (plan/required_change.hpp).
    const plan::required_change_result rc = plan::required_change(i);
    r.required_cagr = rc.cagr;
    r.required_annual_change = rc.annual_change;
    out.push_back(std::move(r));
  }
  for (const plan::body_target& b : p.body_targets) {
    catalog_row r;
    r.is_indicator = false;
    r.id = b.id;
    r.section = b.section;
    r.name_zh = b.phrase_zh;
    r.name_en = b.name_en;
    r.attribute = b.basis;
    r.unit = b.unit;
    r.change_unit = b.unit.difference_unit();
    for (const plan::indicator& i : p.indicators)
      if (i.id == b.indicator_id) r.direction = std::string(to_string(i.dir));
    r.target_kind = std::string(to_string(b.kind));
    r.target_year = b.year;
    r.target_value = b.value;
    if (b.value) {
      r.target_text = std::string(bound_sign(b.kind)) + format_number(*b.value);
      if (b.kind == target_kind::band && b.upper) r.target_text += "—" + format_number(*b.upper);
      // As the plan's phrases print it: the unit against the number ("1000亿元", "3—5个").
      r.target_text += b.unit.label(language::zh);
    }
    out.push_back(std::move(r));
  }
  return out;
}

/// The CSV header row, exactly.
inline constexpr std::string_view catalog_csv_header =
    "id,section,name_zh,name_en,category,attribute,unit,direction,target_kind,base_year,"
    "base_value,target_year,target_value,target_text,required_cagr,required_annual_change";

/// The catalog as CSV: RFC 4180 quoting, "\n" line ends (what Unix tools and diff expect; every
/// CSV reader accepts them). A text cell that begins with =, +, -, @, a tab or a carriage return
/// starts with an apostrophe, so that a spreadsheet shows it as text instead of running it as a
/// formula (`csv_text`, after OWASP's CSV-injection guidance); numbers never do.
///
/// Example: the line for Lishui row 2 is
/// `2,appendix,居民人均可支配收入,…,元,higher_is_better,point,2022,44400,2025,57000,57000,0.08683586596492347,4200`.
inline std::string catalog_csv(const plan::plan& p, language lang = language::zh) {
  std::string out(catalog_csv_header);
  out += "\n";
  const auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : ""; };
  for (const catalog_row& r : catalog_rows(p, lang)) {
    const std::vector<std::string> cells = {r.id,
                                            r.section,
                                            r.name_zh,
                                            r.name_en,
                                            r.category,
                                            r.attribute,
                                            std::string(r.unit.label(language::zh)),
                                            r.direction,
                                            r.target_kind,
                                            year(r.base_year),
                                            detail::cell(r.base_value),
                                            year(r.target_year),
                                            detail::cell(r.target_value),
                                            r.target_text,
                                            detail::cell(r.required_cagr),
                                            detail::cell(r.required_annual_change)};
    // Text cells go through csv_text (formula-like starts neutralised), numbers through
    // csv_field only.
    constexpr bool text[] = {true,  true,  true,  true,  true,  true,  true,  true,
                             true,  false, false, false, false, true,  false, false};
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c) out += ',';
      out += text[c] ? csv_text(cells[c]) : csv_field(cells[c]);
    }
    out += "\n";
  }
  return out;
}

/// The catalog as JSON: `{"plan": {...identity...}, "items": [{...the CSV's fields...}]}`.
///
/// Example: `catalog_json(lishui())` starts `{"plan": {"name_zh": "丽水…`.
inline std::string catalog_json(const plan::plan& p, language lang = language::zh) {
  using detail::json_number;
  using detail::json_string;
  std::string out = "{\n  \"plan\": {\"name_zh\": " + json_string(p.name_zh) +
                    ", \"name_en\": " + json_string(p.name_en) +
                    ", \"region_zh\": " + json_string(p.region_zh) +
                    ", \"region_en\": " + json_string(p.region_en) +
                    ", \"base_year\": " + std::to_string(p.base_year) +
                    ", \"target_year\": " + std::to_string(p.target_year) + "},\n  \"items\": [";
  const auto year = [](const std::optional<int>& y) {
    return y ? std::to_string(*y) : std::string("null");
  };
  bool first = true;
  for (const catalog_row& r : catalog_rows(p, lang)) {
    out += first ? "\n" : ",\n";
    first = false;
    out +=
        "    {\"id\": " + json_string(r.id) +
        ", \"kind\": " + json_string(r.is_indicator ? "indicator" : "body_target") +
        ", \"section\": " + json_string(r.section) + ", \"name_zh\": " + json_string(r.name_zh) +
        ", \"name_en\": " + json_string(r.name_en) + ", \"category\": " + json_string(r.category) +
        ", \"attribute\": " + json_string(r.attribute) + ", \"unit\": " + json_string(std::string(r.unit.label(language::zh))) +
        ", \"direction\": " + json_string(r.direction) +
        ", \"target_kind\": " + json_string(r.target_kind) +
        ", \"base_year\": " + year(r.base_year) + ", \"base_value\": " + json_number(r.base_value) +
        ", \"target_year\": " + year(r.target_year) +
        ", \"target_value\": " + json_number(r.target_value) +
        ", \"target_text\": " + json_string(r.target_text) +
        ", \"required_cagr\": " + json_number(r.required_cagr) +
        ", \"required_annual_change\": " + json_number(r.required_annual_change) + "}";
  }
  out += "\n  ]\n}\n";
  return out;
}

namespace detail {

// The name goes last so that the short columns line up however long the names are.
inline std::vector<std::string> catalog_header(language lang) {
  if (lang == language::zh)
    return {"编号", "单位", "基期", "目标", "所需年均增速", "所需年均变化", "名称"};
  return {"id", "unit", "base", "target", "required CAGR", "required change/yr", "name"};
}

inline std::vector<std::vector<std::string>> catalog_cells(const plan::plan& p, language lang) {
  std::vector<std::vector<std::string>> rows;
  for (const catalog_row& r : catalog_rows(p, lang)) {
    const std::string unit(r.unit.label(lang));
    std::string base;
    if (r.base_year) base = std::to_string(*r.base_year) + ": " + r.base_text;
    std::string target;
    if (r.target_year && (r.is_indicator || r.target_value)) {
      std::string text = r.target_text;
      // A body target's text is composed from its value; in English, with the English unit.
      if (!r.is_indicator && lang == language::en)
        text = std::string(bound_sign(target_kind_of(r.target_kind))) +
               with_unit(format_number(*r.target_value), r.unit, lang);
      target = std::to_string(*r.target_year) + ": " + text;
    }
    // Only a finite rate is printed, as detail::cell does for CSV: never "inf%".
    std::string cagr = r.required_cagr && std::isfinite(*r.required_cagr)
                           ? format_fixed(100.0 * *r.required_cagr, 2) + "%"
                           : "";
    std::string change;
    if (r.required_annual_change) {
      change = derived_number(*r.required_annual_change);
      const std::string u(r.change_unit.label(lang));
      if (!u.empty()) change += " " + u;
    }
    rows.push_back({r.id, unit, base, target, cagr, change,
                    lang == language::en && !r.name_en.empty() ? r.name_en : r.name_zh});
  }
  return rows;
}

}  // namespace detail

/// The catalog as an aligned terminal table.
///
/// Example: `std::cout << catalog_text(lishui(), language::en);`
inline std::string catalog_text(const plan::plan& p, language lang = language::zh) {
  return detail::text_table(detail::catalog_header(lang), detail::catalog_cells(p, lang));
}

/// The catalog as a Markdown table, headed by the plan's name.
///
/// Example: `catalog_markdown(lishui())` starts "# 丽水加快…".
inline std::string catalog_markdown(const plan::plan& p, language lang = language::zh) {
  const std::string& title = lang == language::en && !p.name_en.empty() ? p.name_en : p.name_zh;
  return "# " + escape_markdown(title) + "\n\n" +
         detail::markdown_table(detail::catalog_header(lang), detail::catalog_cells(p, lang));
}

/// The catalog in any of the four formats.
///
/// Example: `render_catalog(lishui(), output_format::csv, language::zh)`.
inline std::string render_catalog(const plan::plan& p, output_format f,
                                  language lang = language::zh) {
  switch (f) {
    case output_format::table:
      return catalog_text(p, lang);
    case output_format::md:
      return catalog_markdown(p, lang);
    case output_format::csv:
      return catalog_csv(p, lang);
    case output_format::json:
      return catalog_json(p, lang);
  }
  return catalog_text(p, lang);
}

}  // namespace prosper::report
