#pragma once
// The assessment report as an Excel workbook (.xlsx), written with libxlsxwriter
// (https://libxlsxwriter.github.io, Debian: libxlsxwriter-dev), for plan offices that work in
// Excel or WPS.
//
// One sheet per section, each optional through `report_sections` as in the HTML report:
// - Summary: the plan, region, method, as-of year, observations and data files, then the counts
//   per status by category, with the status names on the status colours;
// - Indicators: one row per indicator and region, every number a number cell with a format from
//   the cell's resolved unit, the status on its colour. "Required from now" and "Gap" are
//   formulas over the target value, the latest value and the years on the same row, so that a
//   reader who edits a target sees what it then requires; their cached results are the model's
//   own numbers;
// - Audit: the plan's consistency findings;
// - Charts: per indicator with two or more observations, its years, observations and plan
//   milestones as cells and a native Excel line chart over them (bounded by
//   `report_limits::charts`, as the HTML charts are);
// - Ratios: the ratio-constraint panels.
// Every word comes from `label_text` in the model's language, so a zh workbook is Chinese
// throughout; data (plan wording, region names, sources) is written as it is, as text cells,
// which Excel never evaluates however they begin ("=cmd|..." stays text).
//
// Number formats: a value in % or ‰ is stored as the percent number the plan prints (30.4, not
// 0.304) and shown with its symbol as a literal suffix (0.0##"%"), never with Excel's % format,
// which would multiply by 100; growth rates and probabilities are fractions and use Excel's
// 0.00% and 0%; 倍 ratios 0.000; other units #,##0 from 1000 up and 0.0## below.
//
// Precision: libxlsxwriter 1.1.4 writes every number cell with printf's "%.16g"
// (src/worksheet.c, _write_number_cell, in github.com/jmcnamara/libxlsxwriter), so a double whose
// shortest exact form needs 17 significant digits (0.1 + 0.2 = 0.30000000000000004) would be
// stored rounded to 16 and read back as a neighbouring double. The library's exact alternative
// (its USE_DTOA_LIBRARY build option) is chosen when the library is built, and Debian's package is
// built without it. So once the library has written the workbook, the cells whose "%.16g" text
// does not read back to their value get their shortest exact text (`format_number`) in the
// sheet's XML: the one sheet part is inflated, patched and deflated again with zlib, the other
// parts of the archive are copied as they are (detail::xlsx::zip; the archive layout is PKWARE's
// APPNOTE.TXT, sections 4.3.7, 4.3.12 and 4.3.16). Every number cell then reads back to the same
// double. Chart caches keep the library's 16 digits; they are drawn, not read.
//
// Writing: the workbook goes to a temporary file beside the target and is renamed over it only
// when complete (`io::write_file_atomically_by_name`); every libxlsxwriter error becomes an
// `io::output_error` naming the target and the library's reason, and nothing is left behind.
//
// This header needs libxlsxwriter, so it is not part of prosper/prosper.hpp or the single header.

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/format.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/file.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/report/evaluation_view.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::report {

namespace detail::xlsx {

inline std::string text(label l, language lang) { return std::string(label_text(l, lang)); }

// The format of a number cell in a unit: see the file comment. `v` decides only whether a
// plain-unit number is shown with decimals.
inline std::string number_format(const units::runtime_unit& unit, double v, language lang) {
  std::string suffix;
  if (unit.symbol_attaches()) {
    for (char c : unit.symbol(lang))
      if (c != '"') suffix += c;
    suffix = "\"" + suffix + "\"";
  }
  switch (unit.kind()) {
    case units::unit_kind::share:
      return suffix.empty() ? "0.000" : "0.0##" + suffix;
    case units::unit_kind::multiple:
      return "0.000";
    case units::unit_kind::percentage_point:
    case units::unit_kind::growth_rate:
    case units::unit_kind::population_rate:
      return "0.0##" + suffix;
    case units::unit_kind::plain:
      break;
  }
  return std::abs(v) >= 1000.0 || v == std::floor(v) ? "#,##0" : "0.0##";
}

inline constexpr const char* rate_format = "0.00%";        // a fraction per year, as a percentage
inline constexpr const char* probability_format = "0%";    // a probability 0–1
inline constexpr const char* year_format = "0";

// One cell style; the workbook keeps one libxlsxwriter format per distinct style.
struct style {
  std::string num_format;
  bool bold = false;
  bool wrap = false;
  std::optional<std::uint32_t> fill;  ///< 0xRRGGBB
  bool white_text = false;

  friend bool operator<(const style& a, const style& b) {
    return std::tie(a.num_format, a.bold, a.wrap, a.fill, a.white_text) <
           std::tie(b.num_format, b.bold, b.wrap, b.fill, b.white_text);
  }
};

// A number cell's style: its number format alone.
inline style numeric(std::string num_format) {
  style s;
  s.num_format = std::move(num_format);
  return s;
}

// A status bucket's cell style: its colour, with white or dark text as the HTML badges have.
inline style status_style(std::size_t bucket) {
  style s;
  s.fill = status_colour(bucket);
  s.white_text = !status_text_is_dark(bucket);
  return s;
}

// The colour of an audit finding: the status colours of achieved, moving away and not
// assessable, as the HTML report's badges.
inline std::size_t finding_bucket(plan::finding_status s) {
  switch (s) {
    case plan::finding_status::holds:
      return static_cast<std::size_t>(progress_status::achieved);
    case plan::finding_status::violated:
      return static_cast<std::size_t>(progress_status::moving_away);
    case plan::finding_status::not_evaluable:
      return static_cast<std::size_t>(progress_status::not_assessable);
  }
  return static_cast<std::size_t>(progress_status::not_assessable);
}

inline std::string finding_text(plan::finding_status s, language lang) {
  switch (s) {
    case plan::finding_status::holds:
      return text(label::audit_holds, lang);
    case plan::finding_status::violated:
      return text(label::audit_violated, lang);
    case plan::finding_status::not_evaluable:
      return text(label::audit_not_evaluable, lang);
  }
  return text(label::empty, lang);
}

// Whether printf's "%.16g" text of `v`, which libxlsxwriter writes, reads back to `v`.
inline bool sixteen_digits_exact(double v) {
  char text[40];
  std::snprintf(text, sizeof text, "%.16g", v);
  return std::strtod(text, nullptr) == v;
}

namespace zip {

// Little-endian fields of a zip archive (APPNOTE.TXT 4.4: "All values are stored in
// little-endian byte order unless otherwise specified").
inline std::uint32_t get(const std::string& b, std::size_t at, int bytes) {
  if (at + static_cast<std::size_t>(bytes) > b.size())
    throw std::runtime_error("truncated zip archive");
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}

inline void put(std::string& b, std::uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) b += static_cast<char>((v >> (8 * i)) & 0xffu);
}

// One member of the archive, as its central directory entry describes it.
struct member {
  std::string name;
  std::uint32_t version_made = 0, version_needed = 0, flags = 0, method = 0, time = 0, date = 0;
  std::uint32_t crc = 0, internal = 0, external = 0;
  std::uint32_t uncompressed = 0;
  std::string data;  ///< as stored (compressed when method is 8)
};

inline std::vector<member> read(const std::string& a) {
  // The end of central directory record (APPNOTE 4.3.16), found from the end: libxlsxwriter
  // writes no archive comment, but a comment of any length is allowed.
  constexpr std::uint32_t eocd_signature = 0x06054b50, central_signature = 0x02014b50,
                          local_signature = 0x04034b50;
  if (a.size() < 22) throw std::runtime_error("not a zip archive");
  std::size_t eocd = a.size() - 22;
  while (get(a, eocd, 4) != eocd_signature) {
    if (eocd == 0) throw std::runtime_error("no end of central directory");
    --eocd;
  }
  const std::uint32_t count = get(a, eocd + 10, 2);
  std::size_t at = get(a, eocd + 16, 4);
  std::vector<member> out;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (get(a, at, 4) != central_signature) throw std::runtime_error("bad central directory");
    member m;
    m.version_made = get(a, at + 4, 2);
    m.version_needed = get(a, at + 6, 2);
    m.flags = get(a, at + 8, 2) & ~std::uint32_t{8};  // sizes are in the local header we write
    m.method = get(a, at + 10, 2);
    m.time = get(a, at + 12, 2);
    m.date = get(a, at + 14, 2);
    m.crc = get(a, at + 16, 4);
    const std::uint32_t compressed = get(a, at + 20, 4);
    m.uncompressed = get(a, at + 24, 4);
    const std::uint32_t name_length = get(a, at + 28, 2), extra = get(a, at + 30, 2),
                        comment = get(a, at + 32, 2);
    m.internal = get(a, at + 36, 2);
    m.external = get(a, at + 38, 4);
    const std::size_t local = get(a, at + 42, 4);
    if (compressed == 0xffffffffu || m.uncompressed == 0xffffffffu || local == 0xffffffffu)
      throw std::runtime_error("zip64 archive");
    if (at + 46 + name_length > a.size()) throw std::runtime_error("truncated zip archive");
    m.name = a.substr(at + 46, name_length);
    if (get(a, local, 4) != local_signature) throw std::runtime_error("bad local header");
    const std::size_t data = local + 30 + get(a, local + 26, 2) + get(a, local + 28, 2);
    if (data + compressed > a.size()) throw std::runtime_error("truncated zip archive");
    m.data = a.substr(data, compressed);
    out.push_back(std::move(m));
    at += 46 + name_length + extra + comment;
  }
  return out;
}

inline std::string write(const std::vector<member>& members) {
  std::string out, central;
  for (const member& m : members) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    const auto header = [&](std::string& b, bool central_entry) {
      put(b, central_entry ? 0x02014b50u : 0x04034b50u, 4);
      if (central_entry) put(b, m.version_made, 2);
      put(b, m.version_needed, 2);
      put(b, m.flags, 2);
      put(b, m.method, 2);
      put(b, m.time, 2);
      put(b, m.date, 2);
      put(b, m.crc, 4);
      put(b, static_cast<std::uint32_t>(m.data.size()), 4);
      put(b, m.uncompressed, 4);
      put(b, static_cast<std::uint32_t>(m.name.size()), 2);
      put(b, 0, 2);  // no extra field
      if (central_entry) {
        put(b, 0, 2);  // no comment
        put(b, 0, 2);  // disk 0
        put(b, m.internal, 2);
        put(b, m.external, 4);
        put(b, offset, 4);
      }
      b += m.name;
    };
    header(out, false);
    out += m.data;
    header(central, true);
  }
  const auto central_offset = static_cast<std::uint32_t>(out.size());
  out += central;
  put(out, 0x06054b50u, 4);
  put(out, 0, 2);
  put(out, 0, 2);
  put(out, static_cast<std::uint32_t>(members.size()), 2);
  put(out, static_cast<std::uint32_t>(members.size()), 2);
  put(out, static_cast<std::uint32_t>(central.size()), 4);
  put(out, central_offset, 4);
  put(out, 0, 2);
  return out;
}

// Raw deflate streams (zlib's windowBits −15: no zlib header, as zip stores them).
inline std::string inflate_member(const member& m) {
  if (m.method == 0) return m.data;
  if (m.method != 8) throw std::runtime_error("unknown compression method");
  std::string out(m.uncompressed, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m.data.data()));
  z.avail_in = static_cast<uInt>(m.data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  inflateEnd(&z);
  if (rc != Z_STREAM_END || z.total_out != out.size())
    throw std::runtime_error("corrupt deflate stream");
  return out;
}

inline void deflate_into(member& m, const std::string& content) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK)
    throw std::runtime_error("deflateInit2 failed");
  std::string out(deflateBound(&z, static_cast<uLong>(content.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
  z.avail_in = static_cast<uInt>(content.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  m.method = 8;
  m.data = std::move(out);
  m.uncompressed = static_cast<std::uint32_t>(content.size());
  m.crc = static_cast<std::uint32_t>(
      crc32(0L, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
}

}  // namespace zip

// Gives each listed cell of a sheet's XML its exact text: the content of the cell's <v> element
// (a number, or a formula's cached result) becomes `exact[ref]`.
inline std::string patch_sheet(const std::string& xml, const std::map<std::string, double>& exact) {
  std::string out;
  out.reserve(xml.size() + 8 * exact.size());
  std::size_t at = 0;
  for (;;) {
    const std::size_t cell = xml.find("<c r=\"", at);
    if (cell == std::string::npos) break;
    const std::size_t ref_end = xml.find('"', cell + 6);
    if (ref_end == std::string::npos) break;
    const auto found = exact.find(xml.substr(cell + 6, ref_end - cell - 6));
    const std::size_t cell_end = xml.find("</c>", ref_end);
    const std::size_t v = xml.find("<v>", ref_end);
    if (found == exact.end() || cell_end == std::string::npos || v == std::string::npos ||
        v > cell_end) {
      out.append(xml, at, ref_end - at);
      at = ref_end;
      continue;
    }
    const std::size_t v_end = xml.find("</v>", v);
    if (v_end == std::string::npos || v_end > cell_end) break;
    out.append(xml, at, v + 3 - at);
    out += format_number(found->second);
    at = v_end;
  }
  out.append(xml, at, std::string::npos);
  return out;
}

// Rewrites the workbook in the temporary file `file` in place (the caller renames it into place
// afterwards) so that the listed cells of each sheet (by 1-based sheet number) carry their exact
// value (see the file comment). Throws `io::output_error` naming `target`.
inline void restore_precision(const std::string& file, const std::string& target,
                              const std::map<std::size_t, std::map<std::string, double>>& cells) {
  if (cells.empty()) return;
  std::string archive;
  try {
    std::vector<zip::member> members = zip::read(io::read_file(file));
    for (zip::member& m : members)
      for (const auto& [sheet, exact] : cells)
        if (m.name == "xl/worksheets/sheet" + std::to_string(sheet) + ".xml")
          zip::deflate_into(m, patch_sheet(zip::inflate_member(m), exact));
    archive = zip::write(members);
  } catch (const std::runtime_error& e) {
    throw io::output_error(target, std::string("restoring full precision: ") + e.what());
  }
  const int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) throw io::output_error(target, io::detail::file::reason(errno));
  const int err = io::detail::file::write_all(fd, archive);
  if (::close(fd) != 0 && err == 0) throw io::output_error(target, io::detail::file::reason(errno));
  if (err != 0) throw io::output_error(target, io::detail::file::reason(err));
}

// "A1"-style reference of a cell (0-based row and column), as formulas name cells.
inline std::string cell_ref(lxw_row_t row, lxw_col_t col) {
  std::string letters;
  for (unsigned c = static_cast<unsigned>(col) + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row + 1);
}

// The workbook being written: owns the libxlsxwriter handle until it is closed, turns every
// error code into an `io::output_error` naming the target, and caches the formats.
class book {
 public:
  book(const std::string& file, const std::string& target) : target_(target) {
    wb_ = workbook_new(file.c_str());
    if (!wb_) throw io::output_error(target_, "libxlsxwriter: cannot create the workbook");
  }
  book(const book&) = delete;
  book& operator=(const book&) = delete;
  ~book() {
    // A workbook abandoned on an error is freed without writing anything.
    if (wb_) lxw_workbook_free(wb_);
  }

  // Writes the file; the handle is gone afterwards whether or not it succeeded.
  void close() {
    lxw_workbook* wb = wb_;
    wb_ = nullptr;
    // The library's own codes are coarse ("Error creating output xlsx file"); the system's reason
    // it met (EFBIG, ENOSPC) is still in errno, as its own stderr message shows.
    errno = 0;
    const lxw_error err = workbook_close(wb);
    const int system_error = errno;
    if (err != LXW_NO_ERROR && system_error != 0)
      check(err, "writing the file (" + io::detail::file::reason(system_error) + ")");
    check(err, "writing the file");
  }

  void check(lxw_error err, std::string_view what) const {
    if (err != LXW_NO_ERROR)
      throw io::output_error(target_, "libxlsxwriter: " + std::string(what) + ": " +
                                          lxw_strerror(err));
  }

  lxw_workbook* get() const { return wb_; }

  lxw_worksheet* sheet(const std::string& name) {
    check(workbook_validate_sheet_name(wb_, name.c_str()), "sheet name '" + name + "'");
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) throw io::output_error(target_, "libxlsxwriter: cannot add the sheet '" + name + "'");
    // libxlsxwriter stores the n-th sheet added as xl/worksheets/sheet<n>.xml.
    sheet_numbers_[ws] = sheet_numbers_.size() + 1;
    return ws;
  }

  // Notes a number the library will write with too few digits (see the file comment).
  void keep_exact(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, double v) {
    if (!sixteen_digits_exact(v)) exact_[sheet_numbers_.at(ws)][cell_ref(row, col)] = v;
  }

  // The numbers noted by `keep_exact`, by sheet number and cell.
  const std::map<std::size_t, std::map<std::string, double>>& exact_cells() const {
    return exact_;
  }

  lxw_format* format(const style& s) {
    const auto found = formats_.find(s);
    if (found != formats_.end()) return found->second;
    lxw_format* f = workbook_add_format(wb_);
    if (!f) throw io::output_error(target_, "libxlsxwriter: cannot add a format");
    if (!s.num_format.empty()) format_set_num_format(f, s.num_format.c_str());
    if (s.bold) format_set_bold(f);
    if (s.wrap) {
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    if (s.fill) {
      format_set_pattern(f, LXW_PATTERN_SOLID);
      format_set_bg_color(f, *s.fill);
    }
    if (s.white_text) format_set_font_color(f, LXW_COLOR_WHITE);
    formats_.emplace(s, f);
    return f;
  }

  const std::string& target() const { return target_; }

 private:
  std::string target_;
  lxw_workbook* wb_ = nullptr;
  std::map<style, lxw_format*> formats_;
  std::map<lxw_worksheet*, std::size_t> sheet_numbers_;
  std::map<std::size_t, std::map<std::string, double>> exact_;
};

// Cell writers that check every call. An empty optional leaves the cell blank.
struct sheet_writer {
  book& b;
  lxw_worksheet* ws;

  // Excel holds at most 32,767 characters in a cell ("Excel specifications and limits",
  // support.microsoft.com), and libxlsxwriter refuses longer text; a longer text from the data is
  // cut at a character boundary, with its length, as `display_text` cuts.
  void str(lxw_row_t r, lxw_col_t c, const std::string& s, const style& st = {}) {
    if (s.empty()) return;
    constexpr std::size_t limit = 32000;  // bytes, so characters too, with room for the note
    const std::string cut = s.size() <= limit ? std::string() :
        std::string(io::detail::text::head(s, limit)) + "… (" + std::to_string(s.size()) + " bytes)";
    b.check(worksheet_write_string(ws, r, c, cut.empty() ? s.c_str() : cut.c_str(), b.format(st)),
            "writing a text cell");
  }
  void num(lxw_row_t r, lxw_col_t c, double v, const style& st) {
    b.check(worksheet_write_number(ws, r, c, v, b.format(st)), "writing a number cell");
    b.keep_exact(ws, r, c, v);
  }
  void num(lxw_row_t r, lxw_col_t c, const std::optional<double>& v, const style& st) {
    if (v && std::isfinite(*v)) num(r, c, *v, st);
  }
  void value(lxw_row_t r, lxw_col_t c, const std::optional<double>& v,
             const units::runtime_unit& unit, language lang) {
    if (v && std::isfinite(*v)) num(r, c, *v, numeric(number_format(unit, *v, lang)));
  }
  void year(lxw_row_t r, lxw_col_t c, const std::optional<int>& y) {
    if (y) num(r, c, static_cast<double>(*y), numeric(year_format));
  }
  void count(lxw_row_t r, lxw_col_t c, std::size_t n, const style& st = {}) {
    num(r, c, static_cast<double>(n), st);
  }
  // A formula with its cached result, which is what a reader sees until Excel recalculates.
  void formula(lxw_row_t r, lxw_col_t c, const std::string& f, double cached, const style& st) {
    b.check(worksheet_write_formula_num(ws, r, c, f.c_str(), b.format(st), cached),
            "writing a formula");
    b.keep_exact(ws, r, c, cached);
  }
  void header(lxw_row_t r, const std::vector<std::string>& cells) {
    style bold;
    bold.bold = true;
    bold.wrap = true;
    for (std::size_t i = 0; i < cells.size(); ++i)
      str(r, static_cast<lxw_col_t>(i), cells[i], bold);
  }
  void width(lxw_col_t first, lxw_col_t last, double w) {
    b.check(worksheet_set_column(ws, first, last, w, nullptr), "setting a column width");
  }
};

inline void summary_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  sheet_writer w{b, b.sheet(text(label::sec_summary, lang))};
  style bold;
  bold.bold = true;
  lxw_row_t r = 0;
  w.str(r++, 0, title_text(m), bold);
  const auto kv = [&](label l, const std::string& v) {
    w.str(r, 0, text(l, lang));
    w.str(r++, 1, v);
  };
  kv(label::plan, lang == language::en && !p.name_en.empty() ? p.name_en : p.name_zh);
  kv(label::region, region_text(p, p.region_zh, lang));
  kv(label::method, std::string(method_text(m.options.method, lang)));
  w.str(r, 0, text(label::as_of, lang));
  w.num(r++, 1, static_cast<double>(m.as_of_year), numeric(year_format));
  w.str(r, 0, text(label::observations, lang));
  w.count(r++, 1, m.data.observations);
  w.str(r, 0, text(label::used, lang));
  w.count(r++, 1, m.data.used);
  std::string files;
  for (std::size_t i = 0; i < m.data.files.size(); ++i)
    files += (i ? ", " : "") + display_text(m, m.data.files[i]);
  kv(label::files, files.empty() ? text(label::empty, lang) : files);
  if (m.data.synthetic) w.str(r++, 0, text(label::synthetic_warning, lang), bold);
  w.str(r++, 0, text(label::baseline_note, lang) + " " + text(label::method_note, lang));
  ++r;

  // The counts per status by category, the status names on their colours.
  w.str(r++, 0, text(label::sec_summary, lang), bold);
  const lxw_row_t head = r;
  w.str(head, 0, text(label::category, lang), bold);
  for (std::size_t s = 0; s < status_bucket_count; ++s) {
    style st = status_style(s);
    st.bold = true;
    st.wrap = true;
    w.str(head, static_cast<lxw_col_t>(1 + s), std::string(status_text(s, lang)), st);
  }
  w.str(head, static_cast<lxw_col_t>(1 + status_bucket_count), text(label::total, lang), bold);
  r = head + 1;
  const auto line = [&](const std::string& name, const status_counts& c, bool is_total) {
    style st;
    st.bold = is_total;
    w.str(r, 0, name, st);
    for (std::size_t s = 0; s < status_bucket_count; ++s)
      w.count(r, static_cast<lxw_col_t>(1 + s), c.counts[s], st);
    w.count(r, static_cast<lxw_col_t>(1 + status_bucket_count), c.total, st);
    ++r;
  };
  const category_listing listing = listed_categories(m);
  for (const category_summary* c : listing.shown) line(category_text(*c, lang), c->counts, false);
  if (listing.others > 0)
    line(text(label::other_categories, lang) + " (" + std::to_string(listing.others) + ")",
         listing.other_counts, false);
  line(text(label::total, lang), m.totals, true);
  worksheet_freeze_panes(w.ws, static_cast<lxw_row_t>(head + 1), 1);
  w.width(0, 0, 36);
  w.width(1, static_cast<lxw_col_t>(1 + status_bucket_count), 11);
}

// The columns of the Indicators sheet, in order; the formulas name the cells by these.
enum class column : lxw_col_t {
  id,
  name,
  category,
  region,
  unit,
  base_year,
  baseline,
  baseline_from,
  target_year,
  target,
  aim,
  latest_year,
  latest,
  observed_rate,
  required_from_baseline,
  required_from_now,
  required_by_plan,
  projected,
  probability,
  gap,
  status,
  reason,
  count,
};

constexpr lxw_col_t col(column c) { return static_cast<lxw_col_t>(c); }

/// The Excel formula of the rate required from the latest value to the target value, on sheet
/// row `row` (0-based): (target/latest)^(1/(target year − latest year)) − 1, the compound rate
/// of `math::required_cagr` over the cells a reader may edit.
///
/// Example: `required_from_now_formula(4) == "=(K5/M5)^(1/(I5-L5))-1"`.
inline std::string required_from_now_formula(lxw_row_t row) {
  return "=(" + cell_ref(row, col(column::aim)) + "/" + cell_ref(row, col(column::latest)) +
         ")^(1/(" + cell_ref(row, col(column::target_year)) + "-" +
         cell_ref(row, col(column::latest_year)) + "))-1";
}

/// The Excel formula of the gap on sheet row `row`: target value − latest value.
///
/// Example: `gap_formula(4) == "=K5-M5"`.
inline std::string gap_formula(lxw_row_t row) {
  return "=" + cell_ref(row, col(column::aim)) + "-" + cell_ref(row, col(column::latest));
}

inline void indicators_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  sheet_writer w{b, b.sheet(text(label::sec_indicators, lang))};
  w.header(0, {text(label::id, lang), text(label::indicator, lang), text(label::category, lang),
               text(label::region, lang), text(label::unit, lang), text(label::base_year, lang),
               text(label::baseline, lang), text(label::baseline_from, lang),
               text(label::target_year, lang), text(label::target, lang), text(label::aim, lang),
               text(label::latest_year, lang), text(label::latest, lang),
               text(label::observed_rate, lang), text(label::required_from_baseline, lang),
               text(label::required_from_now, lang), text(label::required_growth, lang),
               text(label::projected, lang), text(label::probability, lang),
               text(label::gap, lang), text(label::status, lang), text(label::reason, lang)});
  lxw_row_t r = 1;
  for (const indicator_row* row : listed_rows(m)) {
    const indicator_row& x = *row;
    const plan::indicator& ind = *x.indicator;
    const units::runtime_unit& unit = ind.unit;
    w.str(r, col(column::id), ind.id);
    w.str(r, col(column::name), name_text(ind, lang));
    w.str(r, col(column::category),
          lang == language::en && !ind.category_en.empty() ? ind.category_en : ind.category_zh);
    w.str(r, col(column::region), display_text(m, region_text(p, x.region, lang)));
    w.str(r, col(column::unit), unit_text(unit, lang));
    w.year(r, col(column::base_year), x.baseline_year);
    w.value(r, col(column::baseline), x.baseline_value, unit, lang);
    w.str(r, col(column::baseline_from), std::string(baseline_text(x.baseline, lang)));
    if (x.target) {
      w.year(r, col(column::target_year), x.target_year);
      w.str(r, col(column::target), milestone_text(*x.target, unit, ind.dir, lang));
    }
    w.value(r, col(column::aim), x.aim, unit, lang);
    w.year(r, col(column::latest_year), x.latest_year);
    w.value(r, col(column::latest), x.latest_value, unit, lang);
    w.num(r, col(column::observed_rate), x.observed_rate, numeric(rate_format));
    w.num(r, col(column::required_from_baseline), x.required_rate, numeric(rate_format));
    if (x.required_rate_from_now)
      w.formula(r, col(column::required_from_now), required_from_now_formula(r),
                *x.required_rate_from_now, numeric(rate_format));
    w.str(r, col(column::required_by_plan), required_text(x.required, lang));
    w.value(r, col(column::projected), x.projected_value, unit, lang);
    w.num(r, col(column::probability), x.probability, numeric(probability_format));
    if (x.gap)
      w.formula(r, col(column::gap), gap_formula(r), *x.gap,
                numeric(number_format(unit.difference_unit(), *x.gap, lang)));
    const std::size_t bucket = status_bucket(x);
    w.str(r, col(column::status), std::string(status_text(bucket, lang)), status_style(bucket));
    // "No data" says it all, as in the HTML report.
    if (!x.no_data) w.str(r, col(column::reason), reason_text(x, lang));
    ++r;
  }
  if (!m.region_summaries.empty()) w.str(r + 1, 0, text(label::regions_listed_note, lang));
  w.str(r + 2, 0, text(label::formula_note, lang));
  worksheet_freeze_panes(w.ws, 1, 2);
  w.width(col(column::id), col(column::id), 6);
  w.width(col(column::name), col(column::name), 30);
  w.width(col(column::category), col(column::category), 16);
  w.width(col(column::region), col(column::unit), 10);
  w.width(col(column::base_year), col(column::gap), 12);
  w.width(col(column::target), col(column::target), 16);
  w.width(col(column::reason), col(column::reason), 40);
}

// The mid-term or final evaluation (evaluation_view.hpp): the count line, the summary per
// category, then one row per indicator with typed cells. For a bound judged on a plain value the
// shortfall is a formula, MAX(0, target − value) or MAX(0, value − target), so that it recomputes
// when a reader corrects the value or the target.
inline void evaluation_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const evaluation_view v = build_evaluation(m);
  const evaluation_tables t = evaluation_tables_of(v, m);
  sheet_writer w{b, b.sheet(t.title)};
  style bold;
  bold.bold = true;
  lxw_row_t r = 0;
  w.str(r++, 0, t.line, bold);
  w.str(r++, 0, t.note);
  ++r;
  w.header(r++, t.summary_header);
  for (std::size_t k = 0; k < t.summary_rows.size(); ++k) {
    const auto& row = t.summary_rows[k];
    const bool overall = k + 1 == t.summary_rows.size();
    const math::rollup_group& g = overall ? v.result.overall : v.result.categories[k];
    w.str(r, 0, row[0], overall ? bold : style{});
    w.count(r, 1, g.total);
    const auto kinds = detail::evaluation::verdicts(v.stage);
    for (std::size_t j = 0; j < kinds.size(); ++j)
      w.count(r, static_cast<lxw_col_t>(2 + j), detail::evaluation::count(g, kinds[j]));
    w.num(r, static_cast<lxw_col_t>(2 + kinds.size()), g.mean_degree, numeric("0.0"));
    ++r;
  }
  ++r;
  const lxw_row_t head = r;
  w.header(r++, t.header);
  for (std::size_t i = 0; i < t.rows.size(); ++i, ++r) {
    const evaluation_row& e = v.rows[i];
    const plan::indicator& ind = *e.row->indicator;
    const units::runtime_unit& unit = ind.unit;
    const auto& row = t.rows[i];
    for (lxw_col_t c = 0; c < 4; ++c) w.str(r, c, row[c]);
    w.year(r, 4, e.year);
    w.value(r, 5, e.value, unit, lang);
    w.value(r, 6, e.benchmark, unit, lang);
    w.str(r, 7, row[7], status_style(status_bucket_of(e.verdict)));
    if (e.shortfall) {
      const style fmt = numeric(number_format(unit.difference_unit(), *e.shortfall, lang));
      const target_kind k = e.row->target ? e.row->target->kind : target_kind::not_set;
      const bool above = k == target_kind::at_least || k == target_kind::greater_than;
      const bool below = k == target_kind::at_most || k == target_kind::less_than;
      if (v.stage == math::evaluation_stage::final && !e.mean_rate && (above || below)) {
        const std::string value = cell_ref(r, 5), target = cell_ref(r, 6);
        w.formula(r, 8, "=MAX(0," + (above ? target + "-" + value : value + "-" + target) + ")",
                  *e.shortfall, fmt);
      } else {
        w.num(r, 8, *e.shortfall, fmt);
      }
    }
    w.num(r, 9, e.degree, numeric("0.0"));
    w.str(r, 10, row[10]);
  }
  if (t.omitted > 0)
    w.str(r + 1, 0, std::to_string(t.omitted) + " " + text(label::more, lang));
  worksheet_freeze_panes(w.ws, head + 1, 2);
  w.width(0, 0, 14);
  w.width(1, 1, 30);
  w.width(2, 9, 12);
  w.width(10, 10, 40);
}

inline void audit_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const plan::audit_report& a = *m.audit;
  sheet_writer w{b, b.sheet(text(label::sec_audit, lang))};
  w.header(0, {text(label::audit_relation, lang), text(label::status, lang),
               text(label::audit_plan_text, lang), text(label::audit_lhs, lang),
               text(label::audit_rhs, lang), text(label::audit_tolerance, lang),
               text(label::audit_explanation, lang)});
  // Past report_limits::findings, the relations that hold are counted instead of listed.
  const bool all = a.findings.size() <= m.options.limits.findings;
  std::size_t listed = 0;
  lxw_row_t r = 1;
  for (const plan::finding& f : a.findings) {
    if (!all && (f.status == plan::finding_status::holds || listed >= m.options.limits.findings))
      continue;
    ++listed;
    w.str(r, 0, f.id);
    w.str(r, 1, finding_text(f.status, lang), status_style(finding_bucket(f.status)));
    w.str(r, 2, f.text_zh);
    w.value(r, 3, f.lhs, f.unit, lang);
    w.value(r, 4, f.rhs, f.unit, lang);
    w.value(r, 5, f.tolerance, f.unit, lang);
    w.str(r, 6, lang == language::zh ? f.explanation_zh : f.explanation);
    ++r;
  }
  if (listed < a.findings.size())
    w.str(r + 1, 0,
          std::to_string(a.summary.holds) + " " + text(label::holds_not_listed, lang));
  worksheet_freeze_panes(w.ws, 1, 1);
  w.width(0, 0, 10);
  w.width(1, 1, 12);
  w.width(2, 2, 40);
  w.width(3, 5, 12);
  w.width(6, 6, 80);
}

// Per listed row with two or more observations: a block of years, observations and plan
// milestones, and a line chart over it beside the block.
inline void charts_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const std::string name = text(label::sec_charts, lang);
  sheet_writer w{b, b.sheet(name)};
  const std::vector<const indicator_row*> rows = listed_rows(m);
  if (!draw_charts(m)) {
    w.str(0, 0, text(label::charts_omitted, lang) + std::to_string(m.options.limits.charts) +
                    ", " + std::to_string(rows.size()));
    return;
  }
  // A chart is 15 rows high at the default row height; a block takes at least that.
  constexpr lxw_row_t chart_rows = 16;
  lxw_row_t top = 0;
  style bold;
  bold.bold = true;
  for (const indicator_row* row : rows) {
    const indicator_row& x = *row;
    const plan::indicator& ind = *x.indicator;
    if (x.series.size() < 2 || !is_numeric_indicator(ind)) continue;
    std::map<int, std::pair<std::optional<double>, std::optional<double>>> by_year;
    for (const math::observation& o : x.series) by_year[o.year].first = o.value;
    for (const math::milestone& ms : ind.milestones)
      if (is_numeric(ms.kind) && ms.value && std::isfinite(*ms.value))
        by_year[ms.year].second = *ms.value;
    std::string title = ind.id + " " + name_text(ind, lang);
    if (x.region != m.plan->region_zh) title += " · " + x.region;
    w.str(top, 0, display_text(m, title), bold);
    w.header(top + 1, {text(label::year, lang), text(label::chart_observed, lang),
                       text(label::chart_plan, lang)});
    lxw_row_t r = top + 2;
    for (const auto& [year, values] : by_year) {
      w.num(r, 0, static_cast<double>(year), numeric(year_format));
      w.value(r, 1, values.first, ind.unit, lang);
      w.value(r, 2, values.second, ind.unit, lang);
      ++r;
    }
    const lxw_row_t last = r - 1;
    lxw_chart* chart = workbook_add_chart(b.get(), LXW_CHART_LINE);
    if (!chart) throw io::output_error(b.target(), "libxlsxwriter: cannot add a chart");
    chart_title_set_name(chart, display_text(m, title).c_str());
    const std::string unit = unit_text(ind.unit, lang);
    if (!unit.empty()) chart_axis_set_name(chart->y_axis, unit.c_str());
    // The plan's milestones are a few years apart: the line joins them across the empty years.
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_CONNECTED);
    for (lxw_col_t c : {lxw_col_t{1}, lxw_col_t{2}}) {
      lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
      if (!s) throw io::output_error(b.target(), "libxlsxwriter: cannot add a chart series");
      chart_series_set_categories(s, name.c_str(), top + 2, 0, last, 0);
      chart_series_set_values(s, name.c_str(), top + 2, c, last, c);
      chart_series_set_name_range(s, name.c_str(), top + 1, c);
      chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
    }
    b.check(worksheet_insert_chart(w.ws, top, 4, chart), "inserting a chart");
    top = std::max<lxw_row_t>(last + 2, top + chart_rows);
  }
  w.width(0, 2, 12);
}

// The ratio-constraint panels. Kept apart and small: the panels' structures are changing
// (issue 15, item 1), and this sheet follows them.
inline void ratios_sheet(book& b, const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  sheet_writer w{b, b.sheet(text(label::sec_ratios, lang))};
  style bold;
  bold.bold = true;
  lxw_row_t r = 0;
  // A status cell for a point inside or outside the bound in force.
  const auto bound_cell = [&](lxw_row_t row, lxw_col_t col, const std::optional<bool>& within) {
    if (within)
      w.str(row, col, text(*within ? label::within_bound : label::above_bound, lang),
            status_style(*within ? 0 : 4));
  };
  for (const urban_rural_panel& u : m.ratios.urban_rural) {
    const plan::indicator& ind = *u.ratio_indicator;
    w.str(r++, 0, ind.id + " " + name_text(ind, lang), bold);
    w.str(r, 0, text(label::plan_bound, lang));
    w.value(r++, 1, u.target_bound, ind.unit, lang);
    w.str(r, 0, text(label::implied_by_plan, lang));
    w.value(r, 1, u.implied_base, ind.unit, lang);
    w.value(r++, 2, u.implied_target, ind.unit, lang);
    w.str(r, 0, text(label::required_ratio_change, lang));
    w.num(r++, 1, u.required_ratio_change, numeric(rate_format));
    w.str(r, 0, text(label::rural_faster_by, lang));
    w.num(r++, 1, u.rural_faster_by, numeric(rate_format));
    w.header(r++, {text(label::region, lang), text(label::year, lang), text(label::ratio, lang),
                   text(label::basis, lang), text(label::status, lang)});
    for (const urban_rural_point& pt : u.observed) {
      if (!u.by_year.empty() && pt.region != p.region_zh) continue;
      w.str(r, 0, display_text(m, region_text(p, pt.region, lang)));
      w.num(r, 1, static_cast<double>(pt.year), numeric(year_format));
      w.value(r, 2, pt.ratio, ind.unit, lang);
      w.str(r, 3, text(pt.implied ? label::implied : label::direct, lang));
      bound_cell(r, 4, pt.within_bound);
      ++r;
    }
    ++r;
  }
  for (const max_min_panel& mm : m.ratios.max_min) {
    const plan::indicator& ind = *mm.ratio_indicator;
    w.str(r++, 0, ind.id + " " + name_text(ind, lang), bold);
    w.str(r, 0, text(label::max_min_bound, lang));
    w.value(r++, 1, mm.bound, ind.unit, lang);
    if (mm.points.empty()) {
      w.str(r, 0, text(mm.regions.empty() ? label::no_sub_regions : label::no_regional_data, lang));
      r += 2;
      continue;
    }
    w.header(r++, {text(label::year, lang), text(label::ratio, lang), text(label::highest, lang),
                   text(label::lowest, lang), text(label::regions, lang), text(label::basis, lang),
                   text(label::status, lang)});
    for (const max_min_point& pt : mm.points) {
      w.num(r, 0, static_cast<double>(pt.year), numeric(year_format));
      w.value(r, 1, pt.ratio, ind.unit, lang);
      w.str(r, 2, display_text(m, region_text(p, pt.highest, lang)));
      w.str(r, 3, display_text(m, region_text(p, pt.lowest, lang)));
      if (pt.regions) w.count(r, 4, pt.regions);
      w.str(r, 5, text(pt.direct ? label::direct : label::implied, lang));
      bound_cell(r, 6, pt.within_bound);
      ++r;
    }
    ++r;
  }
  for (const reference_ratio_panel& rr : m.ratios.reference) {
    const plan::indicator& ind = *rr.ratio_indicator;
    w.str(r++, 0, ind.id + " " + name_text(ind, lang), bold);
    w.str(r, 0, text(label::plan_bound, lang));
    w.value(r++, 1, rr.target, ind.unit, lang);
    if (rr.points.empty()) {
      w.str(r, 0, text(label::no_reference_data, lang));
      r += 2;
      continue;
    }
    w.header(r++, {text(label::year, lang), text(label::ratio, lang),
                   text(label::reference_region, lang), text(label::basis, lang),
                   text(label::status, lang)});
    for (const reference_ratio_point& pt : rr.points) {
      w.num(r, 0, static_cast<double>(pt.year), numeric(year_format));
      w.value(r, 1, pt.ratio, ind.unit, lang);
      if (!pt.reference.empty()) w.str(r, 2, display_text(m, region_text(p, pt.reference, lang)));
      w.str(r, 3, text(pt.direct ? label::direct : label::implied, lang));
      bound_cell(r, 4, pt.within_bound);
      ++r;
    }
    ++r;
  }
  w.width(0, 0, 40);
  w.width(1, 6, 12);
}

}  // namespace detail::xlsx

/// Writes the report as an Excel workbook at `path`, in the model's language and with the
/// model's sections (see the file comment for the sheets), completely or not at all.
///
/// Example:
/// ```
/// auto model = build_report_model(plan::lishui(), plan::lishui_relations(), data.observations);
/// write_xlsx_report(model, "report.xlsx");
/// ```
/// Throws `argument_error` for a model without a plan, and `io::output_error` naming the file and
/// the reason when it cannot be written; the previous file, if any, is then unchanged and no
/// temporary file is left.
inline void write_xlsx_report(const report_model& m, const std::filesystem::path& path) {
  namespace x = detail::xlsx;
  if (!m.plan)
    throw prosper::argument_error("prosper::report::write_xlsx_report: the model has no plan");
  const std::string target = path.string();
  io::write_file_atomically_by_name(path, [&](const std::string& temp) {
    x::book b(temp, target);
    lxw_doc_properties properties{};
    // The library's struct takes char*; it copies the text and does not change it.
    std::string title = title_text(m);
    std::string author(label_text(label::generated_by, m.options.lang));
    properties.title = title.data();
    properties.author = author.data();
    b.check(workbook_set_properties(b.get(), &properties), "setting the document properties");
    const report_sections& s = m.options.sections;
    if (s.summary) x::summary_sheet(b, m);
    if (s.indicators) x::indicators_sheet(b, m);
    if (s.audit && m.audit) x::audit_sheet(b, m);
    if (s.charts) x::charts_sheet(b, m);
    if (s.ratio_panel) x::ratios_sheet(b, m);
    if (s.evaluation) x::evaluation_sheet(b, m);
    b.close();
    x::restore_precision(temp, target, b.exact_cells());
  });
}

}  // namespace prosper::report
