// No NaN or ∞ ever reaches a report: NaN, ±∞, overflowing, huge (1e308), tiny, negative and
// out-of-range numbers are injected into every numeric field of observations (CSV text and
// JSON) and plans (JSON), and each must end as an error, a skipped row, or numbers that are all
// finite, with a status that is either a verdict or "not assessable". Whatever gets through is
// then rendered by every report renderer (catalog, audit, assessment table/Markdown/CSV/JSON,
// Markdown and HTML reports with SVG charts), whose output must not show "nan" or "inf".
// The SVG chart is also fed directly (docs/reliability.md, F4, fixed).
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/required_change.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/svg_chart.hpp"

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;

namespace {

// Numbers as a file could spell them, valid or not in each format.
const std::vector<std::string> csv_values = {
    "nan",     "NaN",     "-nan",   "inf",    "-inf",    "Infinity", "+inf",   "1e308",
    "-1e308",  "1.7976931348623157e308", "1e309",  "-1e309", "4.9e-324", "1e-400", "-1",
    "-0",      "-42042",  "0",      "1e-300"};
const std::vector<std::string> csv_years = {"nan",  "inf", "1e308",  "2021.5", "-2021",
                                            "99999999999999999999", "2147483648", "-1", "0",
                                            "1948", "2101"};
const std::vector<std::string> json_numbers = {
    "NaN",  "Infinity", "-Infinity", "1e400", "-1e400", "1e308", "-1e308", "5e-324", "-1",
    "-0.0", "0",        "1e10",      "2.5",   "18446744073709551615", "-9223372036854775809",
    "\"nan\"", "null"};

/// Whether rendered text shows a non-finite number: "nan", "inf" or "infinity" (any case) as a
/// word of its own. "∞" is not counted: the audit writes admissible ranges as "[0.5, ∞]".
bool shows_non_finite(const std::string& s) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t i = 0;
  while (i < s.size()) {
    if (!letter(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && letter(s[j])) ++j;
    std::string word = s.substr(i, j - i);
    for (char& c : word) c = static_cast<char>(c | 0x20);
    if (word == "nan" || word == "inf" || word == "infinity") return true;
    i = j;
  }
  return false;
}

void check_finite(const std::optional<double>& v, const char* what) {
  INFO(what);
  if (v) CHECK(std::isfinite(*v));
}

/// Every report the observations can reach, rendered; none may show a non-finite number.
void check_reports(const pl::plan& p, const std::vector<pl::relation>& relations,
                   const std::vector<io::observation_record>& observations,
                   const std::vector<std::string>& indicators = {}) {
  for (const auto method : {prosper::assessment_method::statcan, prosper::assessment_method::escap,
                            prosper::assessment_method::nbs}) {
    rp::report_options options;
    options.method = method;
    options.indicators = indicators;
    const rp::report_model m = rp::build_report_model(p, relations, observations, options);
    for (const auto& row : m.rows) {
      INFO("indicator " << row.indicator->id << " " << row.region);
      check_finite(row.latest_value, "latest_value");
      check_finite(row.projected_value, "projected_value");
      check_finite(row.observed_rate, "observed_rate");
      check_finite(row.required_rate, "required_rate");
      check_finite(row.probability, "probability");
      check_finite(row.gap, "gap");
      check_finite(row.ratio, "ratio");
    }
    std::vector<std::pair<const char*, std::string>> outputs = {
        {"html", rp::render_html_report(m)}, {"markdown", rp::render_markdown_report(m)}};
    for (const auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::csv,
                         rp::output_format::json}) {
      outputs.emplace_back("assessments", rp::render_assessments(m, f));
    }
    for (const auto& [name, text] : outputs) {
      INFO(name << " report");
      CHECK_FALSE(shows_non_finite(text));
    }
  }
}

/// The catalog and audit of a plan, in every format they have.
void check_plan_reports(const pl::plan& p, const std::vector<pl::relation>& relations) {
  for (const auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::csv,
                       rp::output_format::json}) {
    INFO("catalog " << rp::to_string(f));
    CHECK_FALSE(shows_non_finite(rp::render_catalog(p, f, prosper::language::en)));
  }
  const pl::audit_report audit = pl::audit(p, relations);
  for (const auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::json}) {
    INFO("audit " << rp::to_string(f));
    CHECK_FALSE(shows_non_finite(rp::render_audit(audit, p, f)));
  }
}

void check_observations(const io::read_result& r) {
  for (const auto& o : r.observations) {
    INFO("accepted " << o.indicator << " " << o.year << " " << o.value);
    CHECK(std::isfinite(o.value));
    CHECK(std::isfinite(o.original_value));
  }
}

enum class outcome { returned, threw, crashed, timed_out };

// Runs `fn` in a forked child with a wall-clock limit (see fuzz_regressions_test.cpp).
outcome isolated(const std::function<void()>& fn, int milliseconds) {
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, SIG_DFL);
    if (std::freopen("/dev/null", "w", stdout) == nullptr) _exit(5);
    itimerval limit{};
    limit.it_value.tv_sec = milliseconds / 1000;
    limit.it_value.tv_usec = static_cast<suseconds_t>(milliseconds % 1000) * 1000;
    setitimer(ITIMER_REAL, &limit, nullptr);
    int code = 0;
    try {
      fn();
    } catch (...) {
      code = 3;
    }
    _exit(code);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return WTERMSIG(status) == SIGALRM ? outcome::timed_out : outcome::crashed;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return outcome::returned;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 3) return outcome::threw;
  return outcome::crashed;
}

}  // namespace

TEST_CASE("CSV observations: non-finite, huge and negative values are errors or finite",
          "[non_finite]") {
  // Indicator 2 is in 元; a value given in 亿元 is multiplied by 10^8 on the way in.
  for (const char* unit : {"元", "亿元"}) {
    for (const std::string& v : csv_values) {
      const std::string text = "indicator,region,year,value,unit\n"
                               "2,丽水市,2020,38000,元\n"
                               "2,丽水市,2021," + v + "," + unit + "\n";
      INFO("value " << v << " " << unit);
      std::optional<io::read_result> strict;
      try {
        strict = io::read_observations_csv(text, "inject.csv", pl::lishui());
      } catch (const prosper::input_error& e) {
        CHECK(std::string(e.what()).find("inject.csv:3") == 0);  // names the row
      }
      const auto lenient =
          io::read_observations_csv(text, "inject.csv", pl::lishui(), {.skip_bad_rows = true});
      check_observations(lenient);
      CHECK(lenient.rows == lenient.observations.size() + lenient.skipped);
      CHECK(strict.has_value() == (lenient.skipped == 0));
      const double parsed = std::strtod(v.c_str(), nullptr);
      if (!std::isfinite(parsed) || !std::isfinite(parsed * 1e8)) {
        if (std::string(unit) == "亿元" || !std::isfinite(parsed)) CHECK(lenient.skipped == 1);
      }
      check_reports(pl::lishui(), pl::lishui_relations(), lenient.observations, {"2"});
    }
  }
}

TEST_CASE("CSV observations: impossible years are errors", "[non_finite]") {
  for (const std::string& y : csv_years) {
    INFO("year " << y);
    const std::string text = "indicator,year,value\n2," + y + ",42042\n";
    CHECK_THROWS_AS(io::read_observations_csv(text, "inject.csv", pl::lishui()), prosper::input_error);
    const auto lenient =
        io::read_observations_csv(text, "inject.csv", pl::lishui(), {.skip_bad_rows = true});
    CHECK(lenient.skipped == 1);
  }
}

TEST_CASE("JSON observations: non-finite, huge and negative values are errors or finite",
          "[non_finite]") {
  for (const std::string& v : json_numbers) {
    for (const bool in_year : {false, true}) {
      const std::string element = in_year
                                      ? R"({"indicator": "2", "year": )" + v + R"(, "value": 42042})"
                                      : R"({"indicator": "2", "year": 2021, "value": )" + v + "}";
      const std::string text =
          R"({"observations": [{"indicator": "2", "year": 2020, "value": 38000}, )" + element +
          "]}";
      INFO((in_year ? "year " : "value ") << v);
      std::optional<io::read_result> r;
      try {
        r = io::read_observations_json(text, "inject.json", pl::lishui(),
                                       {.skip_bad_rows = true});
      } catch (const prosper::input_error&) {
        // Not JSON at all (NaN, Infinity) or a number no double holds (1e400): the whole file.
        CHECK((v == "NaN" || v == "Infinity" || v == "-Infinity" || v == "1e400" ||
               v == "-1e400"));
        continue;
      }
      check_observations(*r);
      if (in_year) CHECK(r->skipped == 1);  // no year but 2021 is in range, and none is given
      check_reports(pl::lishui(), pl::lishui_relations(), r->observations, {"2"});
    }
  }
}

namespace {

// A small plan with a placeholder in one numeric field; no relations, so the audit has nothing
// to divide by (relations at a zero divisor are F3, fuzz_regressions_test.cpp).
std::string plan_with(const std::string& field, const std::string& token) {
  const auto at = [&](const char* name, const char* normal) {
    return name == field ? token : std::string(normal);
  };
  return R"({"name_zh": "测试", "region_zh": "测试市", "base_year": )" + at("base_year", "2022") +
         R"(, "target_year": )" + at("target_year", "2025") + R"(,
    "indicators": [
      {"id": "A", "name_zh": "收入", "unit": "元", "direction": "higher_is_better",
       "milestones": [{"year": )" + at("milestone_year", "2022") + R"(, "kind": "point", "value": )" +
         at("value", "30000") + R"(, "printed": "30000"},
                      {"year": 2025, "kind": "band", "value": 38000, "upper": )" +
         at("upper", "40000") + R"(, "printed": "38000-40000"}]},
      {"id": "B", "name_zh": "比例", "unit": "%", "direction": "lower_is_better",
       "milestones": [{"year": 2022, "kind": "point", "value": 50, "printed": "50"},
                      {"year": 2025, "kind": "at_most", "value": )" + at("bound", "45") +
         R"(, "printed": "≤45"}]}],
    "body_targets": [{"id": "一.1", "phrase_zh": "收入达到4万元", "kind": "at_least", "value": )" +
         at("body_value", "4") + R"(, "unit": "万元", "year": )" + at("body_year", "2025") +
         R"(, "indicator_id": "A"}]})";
}

}  // namespace

TEST_CASE("plans: non-finite, huge and negative numbers are errors or finite", "[non_finite]") {
  const std::vector<std::string> fields = {"base_year", "target_year", "milestone_year", "value",
                                           "upper",     "bound",       "body_value",     "body_year"};
  // The unchanged template loads, so every refusal below is the injected token's doing.
  REQUIRE_NOTHROW(io::parse_plan(plan_with("", "")));
  for (const std::string& field : fields) {
    for (const std::string& token : json_numbers) {
      INFO(field << " = " << token);
      std::optional<io::plan_document> doc;
      try {
        doc = io::parse_plan(plan_with(field, token));
      } catch (const prosper::plan_error& e) {
        CHECK_FALSE(e.message().empty());
        continue;
      }
      const pl::plan& p = doc->plan;
      for (const auto& ind : p.indicators) {
        for (const auto& m : ind.milestones) {
          check_finite(m.value, "milestone value");
          check_finite(m.upper, "milestone upper");
        }
        const auto rc = pl::required_change(ind);
        check_finite(rc.cagr, "required cagr");
        check_finite(rc.annual_change, "required annual change");
      }
      for (const auto& b : p.body_targets) check_finite(b.value, "body target value");
      check_plan_reports(p, doc->relations);
      // Observations for the plan's own region, assessed against whatever was loaded.
      const auto obs = io::read_observations_csv(
          "indicator,year,value\nA,2022,30000\nA,2023,33000\nB,2022,50\nB,2023,48\n", "obs.csv", p,
          {.skip_bad_rows = true, .min_year = -100000, .max_year = 100000});
      check_reports(p, doc->relations, obs.observations);
    }
  }
}

TEST_CASE("assess: non-finite or huge inputs give finite numbers or not_assessable",
          "[non_finite]") {
  const double nan = std::nan(""), inf = INFINITY;
  const std::vector<double> values = {nan, inf, -inf, 1e308, -1e308, 5e-324, 0.0, -1.0};
  for (const double v : values) {
    for (const auto method : {prosper::assessment_method::eurostat, prosper::assessment_method::statcan,
                              prosper::assessment_method::sdsn, prosper::assessment_method::escap,
                              prosper::assessment_method::nbs}) {
      using prosper::math::milestone;
      const std::vector<std::tuple<prosper::math::milestone, prosper::math::observation, double>> cases = {
          {prosper::math::milestone{2025, prosper::target_kind::point, v}, {2022, 7.27}, 7.8},
          {prosper::math::milestone{2025, prosper::target_kind::point, 9.24}, {2022, v}, 7.8},
          {prosper::math::milestone{2025, prosper::target_kind::point, 9.24}, {2022, 7.27}, v},
          {prosper::math::milestone{2025, prosper::target_kind::band, 1.0, v}, {2022, 7.27}, 7.8}};
      for (const auto& [g, base, current] : cases) {
        const std::vector<prosper::math::observation> series{{2023, current}};
        const auto a =
            prosper::math::assess(g, base, series, prosper::direction::higher_is_better, method);
        INFO(to_string(method) << " with " << v << ": " << to_string(a.status) << " " << a.reason);
        if (!std::isfinite(v)) CHECK(a.status == prosper::progress_status::not_assessable);
        for (const auto* o : {&a.base_value, &a.current_value, &a.target_value, &a.observed_rate,
                              &a.required_rate, &a.ratio, &a.projected_value, &a.progress_share,
                              &a.anticipated_gap, &a.current_status, &a.realisation, &a.score}) {
          check_finite(*o, "assessment number");
        }
      }
    }
  }
}

// F4 (fixed in report/svg_chart.hpp, cc78ef7 and d6be245): the chart checked that its inputs were
// finite but not that its arithmetic stayed finite. ±1e308 made the value span overflow and the
// output carried "NaN" coordinates; two values a few ulps apart at 1e16 made `y += step` a no-op,
// so the tick loop never ended (growing the string until memory ran out); a year of 1e308 was
// converted to int, which is undefined behaviour.
TEST_CASE("F4: the SVG chart shows no NaN for huge finite values",
          "[non_finite][svg]") {
  rp::chart_spec spec;
  spec.title = "huge";
  spec.plan_path = {{2022, 1e308}, {2025, -1e308}};
  std::string svg;
  try {
    svg = rp::render_svg_chart(spec);
  } catch (const std::invalid_argument&) {
    svg = "refused";
  }
  CHECK_FALSE(shows_non_finite(svg));
}

TEST_CASE("F4: the SVG chart ends for values too close to tell apart",
          "[non_finite][svg]") {
  rp::chart_spec spec;
  spec.title = "flat at 1e16";
  spec.plan_path = {{2022, 1e16}, {2025, 1e16 + 2}};
  const outcome o = isolated([&] { (void)rp::render_svg_chart(spec); }, 1000);
  CHECK((o == outcome::returned || o == outcome::threw));
}

TEST_CASE("F4: the SVG chart refuses years no int can hold", "[non_finite][svg]") {
  rp::chart_spec spec;
  spec.title = "year 1e308";
  spec.observed = {{1e308, 1.0}, {1e308, 2.0}};
  const outcome o = isolated(
      [&] {
        try {
          (void)rp::render_svg_chart(spec);
        } catch (const std::invalid_argument&) {
          return;  // refused: the expected outcome
        }
        std::exit(4);  // drew something: a made-up year
      },
      2000);
  CHECK(o == outcome::returned);
}

// F4 through the whole pipeline: 1e308 元 is a finite number, so the CSV reader accepts it, and
// the HTML report's chart of indicator 2 then draws grid lines at y="NaN".
TEST_CASE("F4: an observation of 1e308 puts no NaN into the HTML report",
          "[non_finite][svg]") {
  const auto r = io::read_observations_csv(
      "indicator,region,year,value,unit\n2,丽水市,2020,38000,元\n2,丽水市,2021,1e308,元\n",
      "huge.csv", pl::lishui());
  rp::report_options options;
  options.indicators = {"2"};
  const auto m = rp::build_report_model(pl::lishui(), pl::lishui_relations(), r.observations,
                                        options);
  CHECK_FALSE(shows_non_finite(rp::render_html_report(m)));
}

// F8 (fixed in 287a338): a positive but subnormal base (5e-324) passed the "> 0" check,
// target/base overflowed to ∞, the required CAGR was ∞ and the text and Markdown catalog printed
// "inf%". The growth kernel (math/compounding.hpp) takes the logarithm of the ratio in extended
// precision, where 38000 / 5e-324 does not overflow, so the rate is now the finite, correct
// e^(ln(38000 / 5e-324)/3) − 1 ≈ 1.4e109 a year; a period too short for any finite rate is
// refused, and nothing prints "inf%".
TEST_CASE("F8: a subnormal base gives no infinite required CAGR", "[non_finite]") {
  const io::plan_document doc = io::parse_plan(plan_with("value", "5e-324"));
  const auto rc = pl::required_change(doc.plan.indicators.front());
  CHECK(std::isfinite(rc.cagr.value_or(0.0)));
  CHECK_FALSE(shows_non_finite(rp::render_catalog(doc.plan, rp::output_format::table,
                                                  prosper::language::en)));
  const double rate = prosper::math::required_cagr(5e-324, 38000.0, 3.0);
  CHECK(rate == Approx(std::exp((std::log(38000.0) - std::log(5e-324)) / 3.0)).epsilon(1e-12));
  CHECK_THROWS_AS(prosper::math::required_cagr(5e-324, 38000.0, 0.1), prosper::value_error);
}

TEST_CASE("the SVG chart refuses NaN and infinity", "[non_finite][svg]") {
  for (const double bad : {std::nan(""), static_cast<double>(INFINITY), -static_cast<double>(INFINITY)}) {
    rp::chart_spec spec;
    spec.observed = {{2022, 1.0}, {2023, bad}};
    CHECK_THROWS_AS(rp::render_svg_chart(spec), std::invalid_argument);
    spec.observed = {{bad, 1.0}};
    CHECK_THROWS_AS(rp::render_svg_chart(spec), std::invalid_argument);
  }
}
