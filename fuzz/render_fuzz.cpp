// Fuzzes the output renderers (prosper/report/*.hpp, the plan export in prosper/io/plan_json.hpp)
// with whatever the readers accept: every format the CLI offers must be well-formed for the
// program that reads it, whatever the plan's wording and the observations' regions and sources say.
//
// Input: one flag byte, then the file.
//   bits 0-1  what the file is: 0 or 1 a plan (JSON), 2 observations for the Lishui plan as CSV,
//             3 observations for the Lishui plan as JSON (both read with --skip-bad-rows);
//   bit 2     --lang en (else zh);
//   bits 3-5  the assessment method (modulo 5);
//   bit 6     small report limits (2 regions, 3 full rows, 2 charts, 2 findings, 2 sources, 24
//             bytes of text), so that the summarising paths of bounded reports run;
//   bit 7     assess every region in the data (the CLI's --regions with all of them).
// A plan gets synthetic observations from its own milestones, in its own region and in a county
// with a hostile name, with the plan's `source` as their source, so that its wording reaches
// every section of the report.
//
// Invariants, for each of catalog (table, md, csv, json), audit (table, md, json), assess
// (table, md, csv, json), the Markdown and the HTML report, and export:
// - JSON parses with nlohmann::json, has the documented shape (one item per catalog line, per
//   assessment row, per finding) and gives back the data's strings exactly; the export re-loads
//   as a plan that exports to the same text;
// - CSV reads with a strict RFC 4180 reader (render_check.hpp): the documented header, the same
//   number of fields in every row, one row per catalog line or assessment, no cell beginning with
//   = + - @ tab or CR unless it is a number (OWASP's CSV-injection rule, report/markup.hpp
//   `csv_text`), and the names read back as the data's names made printable (apostrophe prefixed
//   where the rule asks for it);
// - HTML is a well-formed document: known elements only (so no <script> from data), balanced,
//   attributes quoted, & always an entity, no < or > in text;
// - Markdown has no raw < (HTML-significant characters are entities) and every table row as many
//   cell separators as its header (data's | escaped);
// - no output holds invalid UTF-8 or a control character (C0, DEL, C1) other than LF; JSON and CSV
//   carry data's line breaks and tabs escaped or quoted, never raw in a text table.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/report_model.hpp"
#include "render_check.hpp"

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;
namespace fz = prosper::fuzz;
using json = nlohmann::json;

namespace {

constexpr const char* hostile_county = "<script>alert(1)</script>|*县*|=cmd|' /C calc'!A0";

void check_no_control(const std::string& text, const char* what) {
  const std::string p = fz::control_problem(text, "\n");
  PROSPER_FUZZ_CHECK(p.empty(), std::string(what) + ": " + p);
}

json parse_json(const std::string& text, const char* what) {
  check_no_control(text, what);
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    PROSPER_FUZZ_CHECK(false, std::string(what) + " does not parse: " + e.what());
  }
  return {};
}

void check_markdown(const std::string& text, const char* what) {
  const std::string p = fz::check_markdown(text);
  PROSPER_FUZZ_CHECK(p.empty(), std::string(what) + ": " + p);
}

// A text cell as `csv_text` must write it, read back by a CSV reader.
std::string csv_text_read_back(const std::string& s) {
  std::string t = rp::printable(s, rp::line_breaks::keep);
  if (rp::csv_formula_like(t)) t.insert(t.begin(), '\'');
  return t;
}

fz::csv_table check_csv(const std::string& text, std::string_view header, std::size_t data_rows,
                        const char* what) {
  fz::csv_table rows;
  const std::string p = fz::check_csv(text, header, rows);
  PROSPER_FUZZ_CHECK(p.empty(), std::string(what) + ": " + p);
  PROSPER_FUZZ_CHECK(rows.size() == data_rows + 1,
                     std::string(what) + ": " + std::to_string(rows.size() - 1) + " rows for " +
                         std::to_string(data_rows));
  return rows;
}

// ---- the outputs --------------------------------------------------------------------------

void check_catalog(const pl::plan& p, prosper::language lang) {
  const std::size_t lines = p.indicators.size() + p.body_targets.size();
  const auto id_at = [&](std::size_t i) -> const std::string& {
    return i < p.indicators.size() ? p.indicators[i].id : p.body_targets[i - p.indicators.size()].id;
  };
  const auto name_at = [&](std::size_t i) -> const std::string& {
    return i < p.indicators.size() ? p.indicators[i].name_zh
                                   : p.body_targets[i - p.indicators.size()].phrase_zh;
  };

  check_no_control(rp::render_catalog(p, rp::output_format::table, lang), "catalog table");
  check_markdown(rp::render_catalog(p, rp::output_format::md, lang), "catalog md");

  const fz::csv_table rows = check_csv(rp::render_catalog(p, rp::output_format::csv, lang),
                                       rp::catalog_csv_header, lines, "catalog csv");
  for (std::size_t i = 0; i < lines; ++i) {
    PROSPER_FUZZ_CHECK(rows[i + 1][0] == csv_text_read_back(id_at(i)),
                       "catalog csv: id of line " + std::to_string(i + 1) + " reads back as " +
                           rows[i + 1][0]);
    PROSPER_FUZZ_CHECK(rows[i + 1][2] == csv_text_read_back(name_at(i)),
                       "catalog csv: name of line " + std::to_string(i + 1) + " reads back as " +
                           rows[i + 1][2]);
  }

  const json j = parse_json(rp::render_catalog(p, rp::output_format::json, lang), "catalog json");
  PROSPER_FUZZ_CHECK(j.at("plan").at("name_zh") == p.name_zh, "catalog json: plan name");
  PROSPER_FUZZ_CHECK(j.at("items").size() == lines, "catalog json: item count");
  for (std::size_t i = 0; i < lines; ++i) {
    PROSPER_FUZZ_CHECK(j["items"][i].at("id") == id_at(i), "catalog json: id of item " + std::to_string(i));
    PROSPER_FUZZ_CHECK(j["items"][i].at("name_zh") == name_at(i),
                       "catalog json: name of item " + std::to_string(i));
  }
}

void check_audit(const pl::plan& p, const std::vector<pl::relation>& relations,
                 prosper::language lang) {
  const pl::audit_report a = pl::audit(p, relations);
  check_no_control(rp::render_audit(a, p, rp::output_format::table, lang), "audit table");
  check_markdown(rp::render_audit(a, p, rp::output_format::md, lang), "audit md");
  const json j = parse_json(rp::render_audit(a, p, rp::output_format::json, lang), "audit json");
  PROSPER_FUZZ_CHECK(j.at("findings").size() == a.findings.size(), "audit json: finding count");
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const json& f = j["findings"][i];
    PROSPER_FUZZ_CHECK(f.at("id") == a.findings[i].id && f.at("text_zh") == a.findings[i].text_zh &&
                           f.at("explanation") == a.findings[i].explanation,
                       "audit json: finding " + a.findings[i].id + " does not read back");
  }
}

void check_assessments(const rp::report_model& m) {
  check_no_control(rp::render_assessments(m, rp::output_format::table), "assess table");
  check_markdown(rp::render_assessments(m, rp::output_format::md), "assess md");

  const fz::csv_table rows = check_csv(rp::render_assessments(m, rp::output_format::csv),
                                       rp::assessment_csv_header, m.rows.size(), "assess csv");
  for (std::size_t i = 0; i < m.rows.size(); ++i) {
    PROSPER_FUZZ_CHECK(rows[i + 1][1] == csv_text_read_back(m.rows[i].region),
                       "assess csv: region of row " + std::to_string(i + 1) + " reads back as " +
                           rows[i + 1][1]);
    PROSPER_FUZZ_CHECK(rows[i + 1][2] == csv_text_read_back(m.rows[i].indicator->name_zh),
                       "assess csv: name of row " + std::to_string(i + 1) + " reads back as " +
                           rows[i + 1][2]);
  }

  const json j = parse_json(rp::render_assessments(m, rp::output_format::json), "assess json");
  PROSPER_FUZZ_CHECK(j.at("assessments").size() == m.rows.size(), "assess json: row count");
  for (std::size_t i = 0; i < m.rows.size(); ++i)
    PROSPER_FUZZ_CHECK(j["assessments"][i].at("region") == m.rows[i].region &&
                           j["assessments"][i].at("indicator") == m.rows[i].indicator->id,
                       "assess json: row " + std::to_string(i) + " does not read back");
  PROSPER_FUZZ_CHECK(j.at("data").at("unused").size() == m.data.unused.size(),
                     "assess json: unused count");
}

void check_reports(const rp::report_model& m) {
  check_markdown(rp::render_markdown_report(m), "markdown report");
  const std::string html = rp::render_html_report(m);
  const std::string p = fz::check_html(html);
  PROSPER_FUZZ_CHECK(p.empty(), "html report: " + p);
}

void check_export(const io::plan_document& doc) {
  const std::string once = io::dump_plan(doc.plan, doc.relations);
  parse_json(once, "export");
  io::plan_document again;
  try {
    again = io::parse_plan(once);
  } catch (const prosper::plan_error& e) {
    PROSPER_FUZZ_CHECK(false, std::string("the exported plan does not load: ") + e.what());
  }
  PROSPER_FUZZ_CHECK(io::dump_plan(again.plan, again.relations) == once,
                     "export -> load -> export changed the text");
}

// ---- the inputs ---------------------------------------------------------------------------

// Observations from the plan's own milestones: its region, and a county with a hostile name.
std::vector<io::observation_record> synthetic_observations(const pl::plan& p) {
  std::vector<io::observation_record> out;
  std::size_t used = 0;
  for (const pl::indicator& ind : p.indicators) {
    if (used == 24) break;
    std::set<int> years;
    for (const auto& m : ind.milestones) {
      if (!m.value || !years.insert(m.year).second) continue;
      for (const char* region : {p.region_zh.c_str(), hostile_county}) {
        if (*region == '\0') continue;
        io::observation_record o;
        o.indicator = ind.id;
        o.region = region;
        o.year = m.year;
        o.value = *m.value * (region == hostile_county ? 0.9 : 1.0);
        o.unit = ind.unit;
        o.original_value = o.value;
        o.original_unit = std::string(ind.unit.spelling());
        o.source = p.source;
        o.file = "fuzz.csv";
        o.line = out.size() + 2;
        out.push_back(std::move(o));
      }
    }
    ++used;
  }
  return out;
}

std::optional<io::read_result> read_observations(std::string_view text, bool as_json) {
  io::read_options options;
  options.skip_bad_rows = true;
  try {
    return as_json ? io::read_observations_json(text, "fuzz.json", pl::lishui(), options)
                   : io::read_observations_csv(text, "fuzz.csv", pl::lishui(), options);
  } catch (const prosper::input_error&) {
    return std::nullopt;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fz::as_text(data, size);
  const unsigned flags = fz::take_flags(text);
  const unsigned mode = flags & 3U;

  io::plan_document doc;
  std::vector<io::observation_record> observations;
  if (mode < 2) {
    try {
      doc = io::parse_plan(text);
    } catch (const prosper::plan_error&) {
      return 0;
    }
    observations = synthetic_observations(doc.plan);
  } else {
    auto r = read_observations(text, mode == 3);
    if (!r) return 0;
    doc = {pl::lishui(), pl::lishui_relations()};
    observations = std::move(r->observations);
  }
  const pl::plan& p = doc.plan;

  rp::report_options options;
  options.lang = (flags & 4U) != 0 ? prosper::language::en : prosper::language::zh;
  options.method = static_cast<prosper::assessment_method>(((flags >> 3) & 7U) % 5U);
  if ((flags & 64U) != 0) {
    options.limits.regions = 2;
    options.limits.full_rows = 3;
    options.limits.charts = 2;
    options.limits.findings = 2;
    options.limits.sources = 2;
    options.limits.text_bytes = 24;
  }
  if ((flags & 128U) != 0) {
    std::set<std::string> seen;
    for (const io::observation_record& o : observations)
      if (seen.insert(o.region).second) options.regions.push_back(o.region);
  }

  check_catalog(p, options.lang);
  check_audit(p, doc.relations, options.lang);
  if (mode < 2) check_export(doc);

  // As `prosper assess` builds it: no audit, no ratio panel.
  rp::report_options assess = options;
  assess.sections.audit = false;
  assess.sections.ratio_panel = false;
  check_assessments(rp::build_report_model(p, doc.relations, observations, assess));
  // As `prosper report` builds it.
  check_reports(rp::build_report_model(p, doc.relations, observations, options));
  return 0;
}
