// The `prosper` Python module: prosper's raw-double math vectorised over NumPy arrays, the
// embedded Lishui plan and its audit as lists of dicts (pandas.DataFrame(rows) ready), and the
// CSV observation reader.
//
// Conventions, the same as prosper::math (docs/reference.md, "Rates"):
// - every growth rate, given or returned, is a fraction per year (0.0832 for 8.32 %/yr), in
//   every function, including those the C++ API types as quantity<percent_per_year>; a growth
//   rate given outside (−100 %, +100 %] a year is refused with a hint, since 6.0 meant as 6 %/yr
//   would otherwise be read as +600 %/yr; ratios are multiples (倍);
// - arguments come in the C++ function's order (a dated value flattened to year, value);
// - scalar-in/scalar-out functions are wrapped with py::vectorize: they accept NumPy arrays (or
//   anything array-like) and broadcast; float64 contiguous input is read in place and the output
//   is allocated once, so there is no per-element Python overhead and no input copy;
// - every C++ exception keeps its message: std::domain_error and std::invalid_argument become
//   ValueError, prosper::input_error becomes prosper.InputError (a ValueError).

#include <pybind11/eigen.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/lognormal.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/math/batch.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/math/probability.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/math/trend.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/plan/required_change.hpp"
#include "prosper/quantity.hpp"
#include "prosper/ratio/growth_ordering.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/ratio/reference_ratio.hpp"
#include "prosper/ratio/weighted_mean.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/units/registry.hpp"

#ifdef PROSPER_PY_JSON  // the JSON readers and writers need nlohmann/json
#include "prosper/io/observations_json.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/assess_view.hpp"
#endif

#ifndef PROSPER_VERSION
#define PROSPER_VERSION "0.0.0"
#endif

namespace py = pybind11;
using namespace pybind11::literals;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
using times = prosper::quantity<prosper::units::times>;
using pct_per_year = prosper::quantity<prosper::units::percent_per_year>;
using percent = prosper::quantity<prosper::units::percent>;
using int_array = py::array_t<int, py::array::c_style | py::array::forcecast>;
using double_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

// ---- argument parsing -----------------------------------------------------------------------

// A growth rate given by the caller, as a fraction per year. Plans' growth rates lie well inside
// (−100 %, +100 %] a year; a value outside is almost always a percentage passed as a fraction
// (6.0 for 6 %/yr), so it is refused with the reading that would have been used.
pct_per_year rate_in(const char* function, const char* name, double fraction) {
  if (!std::isfinite(fraction) || !(fraction > -1.0) || fraction > 1.0)
    throw std::invalid_argument(
        std::string("prosper.") + function + ": " + name + " " +
        prosper::detail::checks::num(fraction) +
        " is not a plausible growth rate: rates are fractions per year (0.06 for 6 %/yr), and " +
        prosper::detail::checks::num(fraction) + " would mean " +
        prosper::detail::checks::num(100.0 * fraction) + " %/yr");
  return prosper::rate_from_fraction(fraction);
}

[[noreturn]] void bad_choice(const char* function, const char* name, const std::string& got,
                             const char* choices) {
  throw std::invalid_argument(std::string("prosper.") + function + ": " + name + " must be one of " +
                              choices + ", got '" + got + "'");
}

prosper::math::compounding parse_compounding(const char* function, const std::string& s) {
  if (s == "simple") return prosper::math::compounding::simple;
  if (s == "compounded") return prosper::math::compounding::compounded;
  if (s == "continuous") return prosper::math::compounding::continuous;
  bad_choice(function, "compounding", s, "'simple', 'compounded', 'continuous'");
}

prosper::growth_path parse_path(const char* function, const std::string& s) {
  if (s == "geometric") return prosper::growth_path::geometric;
  if (s == "linear") return prosper::growth_path::linear;
  bad_choice(function, "path", s, "'geometric', 'linear'");
}

prosper::direction parse_direction(const char* function, const std::string& s) {
  for (auto d : {prosper::direction::higher_is_better, prosper::direction::lower_is_better,
                 prosper::direction::neutral})
    if (prosper::to_string(d) == s) return d;
  bad_choice(function, "direction", s, "'higher_is_better', 'lower_is_better', 'neutral'");
}

prosper::math::base_year_rule parse_rule(const char* function, const std::string& s) {
  if (s == "next_available") return prosper::math::base_year_rule::next_available;
  if (s == "nearest") return prosper::math::base_year_rule::nearest;
  bad_choice(function, "rule", s, "'next_available', 'nearest'");
}

prosper::math::trend_weights parse_weights(const char* function, const std::string& s) {
  if (s == "equal") return prosper::math::trend_weights::equal;
  if (s == "escap") return prosper::math::trend_weights::escap;
  bad_choice(function, "weights", s, "'equal', 'escap'");
}

prosper::target_kind parse_kind(const char* function, const std::string& s) {
  for (auto k : {prosper::target_kind::point, prosper::target_kind::at_least,
                 prosper::target_kind::greater_than, prosper::target_kind::at_most,
                 prosper::target_kind::less_than, prosper::target_kind::band,
                 prosper::target_kind::maintain, prosper::target_kind::direction_only,
                 prosper::target_kind::qualitative, prosper::target_kind::external,
                 prosper::target_kind::not_set})
    if (prosper::to_string(k) == s) return k;
  bad_choice(function, "kind", s,
             "'point', 'at_least', 'greater_than', 'at_most', 'less_than', 'band', 'maintain', "
             "'direction_only', 'qualitative', 'external', 'not_set'");
}

prosper::assessment_method parse_method(const char* function, const std::string& s) {
  for (auto m : {prosper::assessment_method::eurostat, prosper::assessment_method::statcan,
                 prosper::assessment_method::sdsn, prosper::assessment_method::escap,
                 prosper::assessment_method::nbs})
    if (prosper::to_string(m) == s) return m;
  bad_choice(function, "method", s, "'eurostat', 'statcan', 'sdsn', 'escap', 'nbs'");
}

prosper::projection_method parse_projection(const char* function, const std::string& s) {
  using pm = prosper::projection_method;
  if (s == "automatic") return pm::automatic;
  if (s == "constant_cagr") return pm::constant_cagr;
  if (s == "linear") return pm::linear;
  if (s == "weighted_geometric") return pm::weighted_geometric;
  if (s == "log_linear_trend") return pm::log_linear_trend;
  bad_choice(function, "projection", s,
             "'automatic', 'constant_cagr', 'linear', 'weighted_geometric', 'log_linear_trend'");
}

prosper::ratio::bound_side parse_side(const char* function, const std::string& s) {
  if (s == "at_most") return prosper::ratio::bound_side::at_most;
  if (s == "at_least") return prosper::ratio::bound_side::at_least;
  bad_choice(function, "side", s, "'at_most', 'at_least'");
}

prosper::ratio::growth_order parse_order(const char* function, const std::string& s) {
  if (s == "at_least_as_fast") return prosper::ratio::growth_order::at_least_as_fast;
  if (s == "strictly_faster") return prosper::ratio::growth_order::strictly_faster;
  bad_choice(function, "order", s, "'at_least_as_fast', 'strictly_faster'");
}

// A series given as two equal-length 1-D arrays, years (integers) and values.
std::vector<prosper::math::observation> to_series(const char* function, const int_array& years,
                                                  const double_array& values) {
  if (years.ndim() != 1 || values.ndim() != 1)
    throw std::invalid_argument(std::string("prosper.") + function +
                                ": years and values must be 1-D arrays");
  if (years.shape(0) != values.shape(0))
    throw std::invalid_argument(std::string("prosper.") + function + ": years has " +
                                std::to_string(years.shape(0)) + " entries, values " +
                                std::to_string(values.shape(0)));
  std::vector<prosper::math::observation> s(static_cast<std::size_t>(years.shape(0)));
  const auto y = years.unchecked<1>();
  const auto v = values.unchecked<1>();
  for (py::ssize_t i = 0; i < years.shape(0); ++i)
    s[static_cast<std::size_t>(i)] = {y(i), v(i)};
  return s;
}

std::vector<double> to_vector(const char* function, const char* name, const double_array& a) {
  if (a.ndim() != 1)
    throw std::invalid_argument(std::string("prosper.") + function + ": " + name +
                                " must be a 1-D array");
  return {a.data(), a.data() + a.shape(0)};
}

template <class U>
std::vector<prosper::quantity<U>> to_quantities(const char* function, const char* name,
                                                const double_array& a) {
  std::vector<prosper::quantity<U>> out;
  for (double v : to_vector(function, name, a)) out.emplace_back(v);
  return out;
}

// Growth rates given as an array of fractions per year, each checked as `rate_in` does.
std::vector<pct_per_year> rates_in(const char* function, const char* name, const double_array& a) {
  std::vector<pct_per_year> out;
  for (double v : to_vector(function, name, a)) out.push_back(rate_in(function, name, v));
  return out;
}

py::object opt(const std::optional<double>& v) {
  return v ? py::object(py::float_(*v)) : py::object(py::none());
}

// ---- results as dicts -----------------------------------------------------------------------

py::dict growth_comparison_dict(const prosper::ratio::growth_comparison& c) {
  return py::dict("a"_a = prosper::as_fraction(c.a), "b"_a = prosper::as_fraction(c.b),
                  "margin"_a = prosper::as_fraction(c.margin), "satisfied"_a = c.satisfied);
}

py::dict ordering_check_dict(const prosper::ratio::ordering_check& c) {
  py::list years;
  for (const auto& y : c.years) {
    py::dict d = growth_comparison_dict(y.comparison);
    d["year"] = y.year;
    years.append(d);
  }
  return py::dict("satisfied_every_year"_a = c.satisfied_every_year, "years"_a = years,
                  "overall"_a = growth_comparison_dict(c.overall),
                  "violating_years"_a = c.violating_years());
}

py::dict path_check_dict(const prosper::ratio::path_check& c) {
  py::list years;
  for (const auto& y : c.years)
    years.append(py::dict("year"_a = y.year, "ratio"_a = y.ratio.value(),
                          "bound"_a = y.bound.value(), "satisfied"_a = y.satisfied));
  return py::dict("satisfied"_a = c.satisfied, "years"_a = years,
                  "violating_years"_a = c.violating_years());
}

py::dict milestone_dict(const prosper::math::milestone& m) {
  return py::dict("year"_a = m.year, "kind"_a = std::string(prosper::to_string(m.kind)),
                  "value"_a = opt(m.value), "upper"_a = opt(m.upper), "printed"_a = m.printed);
}

// One row per indicator. The first and the last milestone are also spread into flat columns
// (base_* and target_*), so pandas.DataFrame(rows) has one scalar per cell for the usual use.
py::dict indicator_dict(const prosper::plan::indicator& i) {
  py::list milestones;
  for (const auto& m : i.milestones) milestones.append(milestone_dict(m));
  py::dict d("id"_a = i.id, "name_zh"_a = i.name_zh, "name_en"_a = i.name_en,
             "category_zh"_a = i.category_zh, "category_en"_a = i.category_en,
             "attribute"_a = i.attribute, "unit"_a = std::string(i.unit.label(prosper::language::zh)), "unit_name"_a = std::string(i.unit.name()),
             "direction"_a = std::string(prosper::to_string(i.dir)), "note_zh"_a = i.note_zh);
  for (const char* which : {"base", "target"}) {
    const bool base = std::string_view(which) == "base";
    const prosper::math::milestone* m = nullptr;
    if (!i.milestones.empty()) m = base ? &i.milestones.front() : &i.milestones.back();
    const std::string p(which);
    d[(p + "_year").c_str()] = m ? py::object(py::int_(m->year)) : py::object(py::none());
    d[(p + "_kind").c_str()] =
        m ? py::object(py::str(std::string(prosper::to_string(m->kind)))) : py::object(py::none());
    d[(p + "_value").c_str()] = m ? opt(m->value) : py::object(py::none());
    d[(p + "_upper").c_str()] = m ? opt(m->upper) : py::object(py::none());
    d[(p + "_printed").c_str()] = m ? py::object(py::str(m->printed)) : py::object(py::none());
  }
  d["milestones"] = milestones;
  return d;
}

py::dict body_target_dict(const prosper::plan::body_target& b) {
  return py::dict("id"_a = b.id, "section"_a = b.section, "item"_a = b.item,
                  "phrase_zh"_a = b.phrase_zh, "name_en"_a = b.name_en, "basis"_a = b.basis,
                  "kind"_a = std::string(prosper::to_string(b.kind)), "value"_a = opt(b.value),
                  "upper"_a = opt(b.upper), "unit"_a = std::string(b.unit.label(prosper::language::zh)), "year"_a = b.year,
                  "indicator_id"_a = b.indicator_id);
}

py::list indicator_rows(const prosper::plan::plan& p) {
  py::list rows;
  for (const auto& i : p.indicators) rows.append(indicator_dict(i));
  return rows;
}

py::list milestone_rows(const prosper::plan::plan& p) {
  py::list rows;
  for (const auto& i : p.indicators)
    for (const auto& m : i.milestones) {
      py::dict d = milestone_dict(m);
      d["id"] = i.id;
      d["name_zh"] = i.name_zh;
      d["name_en"] = i.name_en;
      d["unit"] = std::string(i.unit.label(prosper::language::zh));
      d["direction"] = std::string(prosper::to_string(i.dir));
      rows.append(d);
    }
  return rows;
}

py::list body_target_rows(const prosper::plan::plan& p) {
  py::list rows;
  for (const auto& b : p.body_targets) rows.append(body_target_dict(b));
  return rows;
}

py::dict plan_dict(const prosper::plan::plan& p) {
  py::list regions;
  for (const auto& r : p.regions)
    regions.append(py::dict("name_zh"_a = r.name_zh, "name_en"_a = r.name_en,
                            "level"_a = std::string(prosper::plan::to_string(r.level))));
  return py::dict("name_zh"_a = p.name_zh, "name_en"_a = p.name_en, "region_zh"_a = p.region_zh,
                  "region_en"_a = p.region_en, "base_year"_a = p.base_year,
                  "target_year"_a = p.target_year, "source"_a = p.source, "regions"_a = regions,
                  "indicators"_a = indicator_rows(p), "body_targets"_a = body_target_rows(p));
}

py::dict finding_dict(const prosper::plan::finding& f) {
  return py::dict("id"_a = f.id, "kind"_a = std::string(prosper::plan::to_string(f.kind)),
                  "status"_a = std::string(prosper::plan::to_string(f.status)),
                  "indicators"_a = f.indicators, "body_targets"_a = f.body_targets,
                  "text_zh"_a = f.text_zh, "lhs"_a = opt(f.lhs), "rhs"_a = opt(f.rhs),
                  "tolerance"_a = opt(f.tolerance), "gap"_a = opt(f.gap), "unit"_a = std::string(f.unit.label(prosper::language::zh)),
                  "explanation"_a = f.explanation, "explanation_zh"_a = f.explanation_zh,
                  "note"_a = f.note);
}

py::dict audit_dict(const prosper::plan::audit_report& r) {
  py::list findings;
  for (const auto& f : r.findings) findings.append(finding_dict(f));
  return py::dict("findings"_a = findings,
                  "summary"_a = py::dict("relations"_a = r.summary.relations,
                                         "holds"_a = r.summary.holds,
                                         "violated"_a = r.summary.violated,
                                         "not_evaluable"_a = r.summary.not_evaluable));
}

py::dict read_result_dict(const prosper::io::read_result& r) {
  py::list observations;
  for (const auto& o : r.observations) {
    py::dict extra;
    for (const auto& [k, v] : o.extra) extra[py::str(k)] = v;
    observations.append(py::dict(
        "indicator"_a = o.indicator, "region"_a = o.region, "year"_a = o.year, "value"_a = o.value,
        "unit"_a = std::string(o.unit.label(prosper::language::zh)), "original_value"_a = o.original_value,
        "original_unit"_a = o.original_unit, "source"_a = o.source, "extra"_a = extra,
        "file"_a = o.file, "line"_a = o.line));
  }
  py::list warnings;
  for (const auto& w : r.warnings)
    warnings.append(py::dict("file"_a = w.file, "line"_a = w.line, "message"_a = w.message,
                             "text"_a = w.to_string()));
  return py::dict("file"_a = r.file, "observations"_a = observations, "warnings"_a = warnings,
                  "rows"_a = r.rows, "skipped"_a = r.skipped, "summary"_a = r.summary());
}

prosper::io::read_options read_options_from(bool skip_bad_rows, bool thousands_separators,
                                            bool full_width, int min_year, int max_year,
                                            std::string default_region) {
  prosper::io::read_options o;
  o.skip_bad_rows = skip_bad_rows;
  o.numbers.thousands_separators = thousands_separators;
  o.numbers.full_width = full_width;
  o.min_year = min_year;
  o.max_year = max_year;
  o.default_region = std::move(default_region);
  return o;
}

// ---- sections ---------------------------------------------------------------------------------

void bind_growth(py::module_& m) {
  namespace pm = prosper::math;
  m.def("growth_factor",
        py::vectorize([](double rate, double years, std::string c, int frequency) {
          return prosper::math::growth_factor(prosper::as_fraction(rate_in("growth_factor", "rate", rate)),
                                              years, parse_compounding("growth_factor", c), frequency);
        }),
        "rate"_a, "years"_a, "compounding"_a = "compounded", "frequency"_a = 1,
        "The factor by which a value grows at `rate` (fraction per year) over `years`.\n"
        "compounding: 'simple', 'compounded' (default) or 'continuous'.");
  m.def("implied_rate",
        py::vectorize([](double factor, double years, std::string c, int frequency) {
          return prosper::math::implied_rate(factor, years, parse_compounding("implied_rate", c),
                                       frequency);
        }),
        "factor"_a, "years"_a, "compounding"_a = "compounded", "frequency"_a = 1,
        "The rate (fraction per year) that turns 1 into `factor` over `years`; the inverse of "
        "growth_factor.");
  m.def("required_cagr", py::vectorize([](double b, double t, double y) {
          return pm::required_cagr(b, t, y);
        }),
        "base"_a, "target"_a, "years"_a,
        "The compound annual growth rate (fraction per year) that takes `base` to `target` in "
        "`years`.\nExample: required_cagr(7.27, 9.24, 3) ≈ 0.0832.");
  m.def("required_cagr_from_now", py::vectorize([](double c, double t, double y) {
          return pm::required_cagr_from_now(c, t, y);
        }),
        "current"_a, "target"_a, "years_left"_a,
        "The compound rate now needed from the latest value to the target.");
  m.def("required_linear_step", py::vectorize([](double b, double t, double y) {
          return pm::required_linear_step(b, t, y);
        }),
        "base"_a, "target"_a, "years"_a,
        "The constant absolute step per year (in the indicator's unit; percentage points for "
        "shares) that takes `base` to `target` in `years`.");
  m.def("elapsed_share", py::vectorize([](int base_year, int target_year, double year) {
          return pm::elapsed_share(base_year, target_year, year);
        }),
        "base_year"_a, "target_year"_a, "year"_a,
        "(year − base_year)/(target_year − base_year), not clamped.");
  m.def("expected_on_path",
        py::vectorize([](std::string path, int base_year, double base, int target_year,
                         double target, double year) {
          return pm::expected_on_path(parse_path("expected_on_path", path), {base_year, base},
                                      {target_year, target}, year);
        }),
        "path"_a, "base_year"_a, "base"_a, "target_year"_a, "target"_a, "year"_a,
        "The value the plan's path ('geometric' or 'linear') passes through in `year`, in the "
        "order of C++'s math::expected_on_path(path, {base_year, base}, {target_year, target}, "
        "year).");
  m.def("years_to_reach", py::vectorize([](double c, double t, double rate) {
          return pm::years_to_reach(c, t, prosper::as_fraction(rate_in("years_to_reach", "rate", rate)))
              .value_or(nan);
        }),
        "current"_a, "target"_a, "rate"_a,
        "Years a constant compound `rate` (fraction per year) needs from `current` to `target`; "
        "NaN when it never gets there.");
  m.def("years_to_reach_linear", py::vectorize([](double c, double t, double step) {
          return pm::years_to_reach_linear(c, t, step).value_or(nan);
        }),
        "current"_a, "target"_a, "step"_a,
        "Years a constant step per year needs from `current` to `target`; NaN when never.");
}

void bind_projection(py::module_& m) {
  namespace pm = prosper::math;
  m.def("observed_cagr",
        py::vectorize([](int from_year, double from_value, int to_year, double to_value) {
          return pm::observed_cagr({from_year, from_value}, {to_year, to_value});
        }),
        "from_year"_a, "from_value"_a, "to_year"_a, "to_value"_a,
        "The compound annual growth rate observed between two observations.");
  m.def("project_at_rate", py::vectorize([](double v, double rate, double years) {
          return pm::project_at_rate(v, prosper::as_fraction(rate_in("project_at_rate", "rate", rate)),
                                     years);
        }),
        "value"_a, "rate"_a, "years"_a, "The value after `years` at compound `rate`.");
  m.def("logit", py::vectorize([](double v, double scale) { return pm::logit(v, scale); }),
        "value"_a, "scale"_a = 100.0, "ln(y/(1 − y)) with y = value/scale.");
  m.def("inverse_logit",
        py::vectorize([](double l, double scale) { return pm::inverse_logit(l, scale); }),
        "log_odds"_a, "scale"_a = 100.0, "The inverse of logit.");

  m.def("select_base",
        [](const int_array& years, const double_array& values, int base_year,
           const std::string& rule, int max_distance) {
          const auto s = to_series("select_base", years, values);
          const auto o = pm::select_base(s, base_year, parse_rule("select_base", rule),
                                         max_distance);
          return py::make_tuple(o.year, o.value);
        },
        "years"_a, "values"_a, "base_year"_a, "rule"_a = "next_available",
        "max_distance"_a = 1000,
        "The (year, value) used as the base: the base year or its stand-in under `rule` "
        "('next_available' or 'nearest').");
  m.def("observed_growth",
        [](const int_array& years, const double_array& values, int base_year,
           const std::string& rule) {
          const auto s = to_series("observed_growth", years, values);
          const auto g = pm::observed_cagr(s, base_year, parse_rule("observed_growth", rule));
          return py::dict("rate"_a = g.rate, "from_year"_a = g.from.year,
                          "from_value"_a = g.from.value, "to_year"_a = g.to.year,
                          "to_value"_a = g.to.value);
        },
        "years"_a, "values"_a, "base_year"_a, "rule"_a = "next_available",
        "The CAGR from the base year (or its stand-in) to the latest observation, with the two "
        "observations used.");
  m.def("project_constant_cagr",
        [](const int_array& years, const double_array& values, int base_year, int target_year,
           const std::string& rule) {
          return pm::project_constant_cagr(to_series("project_constant_cagr", years, values),
                                           base_year, target_year,
                                           parse_rule("project_constant_cagr", rule));
        },
        "years"_a, "values"_a, "base_year"_a, "target_year"_a, "rule"_a = "next_available",
        "The value in `target_year` if the observed CAGR goes on.");
  m.def("project_linear",
        [](const int_array& years, const double_array& values, int base_year, int target_year,
           const std::string& rule) {
          return pm::project_linear(to_series("project_linear", years, values), base_year,
                                    target_year, parse_rule("project_linear", rule));
        },
        "years"_a, "values"_a, "base_year"_a, "target_year"_a, "rule"_a = "next_available",
        "The value in `target_year` if the observed average absolute change goes on.");
  m.def("project_weighted_geometric",
        [](const int_array& years, const double_array& values, int target_year) {
          return pm::project_weighted_geometric(
              to_series("project_weighted_geometric", years, values), target_year);
        },
        "years"_a, "values"_a, "target_year"_a,
        "ESCAP's time-weighted geometric extrapolation to `target_year`.");
  m.def("project_logit",
        [](const int_array& years, const double_array& values, int base_year, int target_year,
           double scale, const std::string& rule) {
          return pm::project_logit(to_series("project_logit", years, values), base_year,
                                   target_year, scale, parse_rule("project_logit", rule));
        },
        "years"_a, "values"_a, "base_year"_a, "target_year"_a, "scale"_a = 100.0,
        "rule"_a = "next_available",
        "Extrapolation of a bounded share in logit space; never leaves (0, scale).");

  auto fit_dict = [](const pm::trend_fit& f) {
    return py::dict("centre_year"_a = f.centre_year, "level"_a = f.level, "slope"_a = f.slope,
                    "observations"_a = static_cast<long>(f.observations));
  };
  m.def("fit_log_linear",
        [fit_dict](const int_array& years, const double_array& values, const std::string& w,
                   int target_year) {
          return fit_dict(pm::fit_log_linear(to_series("fit_log_linear", years, values),
                                             parse_weights("fit_log_linear", w), target_year));
        },
        "years"_a, "values"_a, "weights"_a = "equal", "target_year"_a = 0,
        "Least-squares line through ln(value): {centre_year, level, slope, observations}.");
  m.def("trend_cagr",
        [](const int_array& years, const double_array& values) {
          return pm::trend_cagr(to_series("trend_cagr", years, values));
        },
        "years"_a, "values"_a, "The least-squares growth rate of a series (fraction per year).");
  m.def("project_log_linear",
        [](const int_array& years, const double_array& values, int target_year,
           const std::string& w) {
          return pm::project_log_linear(to_series("project_log_linear", years, values),
                                        target_year, parse_weights("project_log_linear", w));
        },
        "years"_a, "values"_a, "target_year"_a, "weights"_a = "equal",
        "The value in `target_year` on the log-linear trend.");
  m.def("fit_logit_linear",
        [fit_dict](const int_array& years, const double_array& values, double scale,
                   const std::string& w, int target_year) {
          return fit_dict(pm::fit_logit_linear(to_series("fit_logit_linear", years, values),
                                               scale, parse_weights("fit_logit_linear", w),
                                               target_year));
        },
        "years"_a, "values"_a, "scale"_a = 100.0, "weights"_a = "equal", "target_year"_a = 0,
        "Least-squares line through the log-odds of a bounded share.");
  m.def("project_logit_trend",
        [](const int_array& years, const double_array& values, int target_year, double scale,
           const std::string& w) {
          return pm::project_logit_trend(to_series("project_logit_trend", years, values),
                                         target_year, scale,
                                         parse_weights("project_logit_trend", w));
        },
        "years"_a, "values"_a, "target_year"_a, "scale"_a = 100.0, "weights"_a = "equal",
        "The value in `target_year` on the logit-space trend of a bounded share.");
}

void bind_assessment(py::module_& m) {
  namespace pm = prosper::math;
  m.def("gap_ratio", py::vectorize([](double b, double c, double t) {
          return pm::gap_ratio(b, c, t);
        }),
        "base"_a, "current"_a, "target"_a, "(target − current)/(target − base).");
  m.def("progress_share", py::vectorize([](double b, double c, double t) {
          return pm::progress_share(b, c, t);
        }),
        "base"_a, "current"_a, "target"_a, "(current − base)/(target − base).");
  m.def("escap_current_status",
        py::vectorize([](double b, double c, double t, std::string dir) {
          return pm::escap_current_status(b, c, t, parse_direction("escap_current_status", dir));
        }),
        "base"_a, "current"_a, "target"_a, "direction"_a = "higher_is_better",
        "ESCAP's current-status index (10 when the target is met).");
  m.def("nbs_positive_score", py::vectorize([](double v, double s) {
          return pm::nbs_positive_score(v, s);
        }),
        "value"_a, "standard"_a, "NBS 实现程度 of a positive indicator, 0–100.");
  m.def("nbs_inverse_score", py::vectorize([](double v, double s) {
          return pm::nbs_inverse_score(v, s);
        }),
        "value"_a, "standard"_a, "NBS 实现程度 of an inverse indicator, 0–100.");
  m.def("nbs_interval_score", py::vectorize([](double v, double lo, double hi, double lo_lim,
                                               double hi_lim) {
          return pm::nbs_interval_score(v, lo, hi, lo_lim, hi_lim);
        }),
        "value"_a, "lower"_a, "upper"_a, "lower_limit"_a, "upper_limit"_a,
        "NBS 实现程度 of an interval indicator, 0–100.");
  m.def("standardised_distance",
        py::vectorize([](double c, double t, double sigma, std::string dir) {
          return pm::standardised_distance(c, t, sigma,
                                           parse_direction("standardised_distance", dir));
        }),
        "current"_a, "target"_a, "sigma"_a, "direction"_a = "higher_is_better",
        "OECD's standardised distance to the target, in standard deviations.");
  m.def("sdsn_normalise", py::vectorize([](double v, double worst, double best) {
          return pm::sdsn_normalise(v, worst, best);
        }),
        "value"_a, "worst"_a, "best"_a, "SDSN's normalised score, censored to [0, 100].");
  m.def("probability_of_reaching",
        py::vectorize([](double c, double t, double years, double mean, double sd,
                         std::string dir) {
          return pm::probability_of_reaching(c, t, years, mean, sd,
                                             parse_direction("probability_of_reaching", dir));
        }),
        "current"_a, "target"_a, "years"_a, "mean_log_growth"_a, "sd_log_growth"_a,
        "direction"_a = "higher_is_better",
        "Probability of meeting the target under normal annual log growth.");
  m.def("estimate_log_growth",
        [](const int_array& years, const double_array& values) {
          const auto e = pm::estimate_log_growth(to_series("estimate_log_growth", years, values));
          return py::dict("mean"_a = e.mean, "sd"_a = e.sd, "periods"_a = e.periods,
                          "years"_a = e.years);
        },
        "years"_a, "values"_a, "Mean and standard deviation of annual log growth.");
}

py::dict assessment_dict(const prosper::assessment& a) {
  return py::dict(
      "status"_a = std::string(prosper::to_string(a.status)),
      "method"_a = std::string(prosper::to_string(a.method)),
      "kind"_a = std::string(prosper::to_string(a.kind)), "basis"_a = a.basis,
      "reason"_a = a.reason, "warnings"_a = a.warnings, "base_year"_a = a.base_year,
      "current_year"_a = a.current_year, "target_year"_a = a.target_year,
      "base_value"_a = opt(a.base_value), "current_value"_a = opt(a.current_value),
      "target_value"_a = opt(a.target_value), "observed_rate"_a = opt(a.observed_rate),
      "required_rate"_a = opt(a.required_rate),
      "required_rate_from_now"_a = opt(a.required_rate_from_now),
      "observed_step"_a = opt(a.observed_step), "required_step"_a = opt(a.required_step),
      "required_step_from_now"_a = opt(a.required_step_from_now), "ratio"_a = opt(a.ratio),
      "projected_value"_a = opt(a.projected_value), "elapsed_share"_a = opt(a.elapsed_share),
      "progress_share"_a = opt(a.progress_share), "anticipated_gap"_a = opt(a.anticipated_gap),
      "current_status"_a = opt(a.current_status),
      "anticipated_status"_a = opt(a.anticipated_status), "realisation"_a = opt(a.realisation),
      "score"_a = opt(a.score), "limit_factor"_a = opt(a.limit_factor));
}

prosper::assessment_options options_from(const char* fn, const std::string& method,
                                         std::optional<double> natural_limit,
                                         std::optional<double> zero_replacement,
                                         double achieved_tolerance,
                                         const std::string& projection) {
  auto o = prosper::preset(parse_method(fn, method));
  o.natural_limit = natural_limit;
  o.zero_replacement = zero_replacement;
  o.achieved_tolerance = achieved_tolerance;
  o.projection = parse_projection(fn, projection);
  return o;
}

void bind_assess(py::module_& m) {
  namespace pm = prosper::math;
  m.def("assess",
        [](int target_year, const std::string& kind, std::optional<double> target, int base_year,
           double base_value, const int_array& years, const double_array& values,
           const std::string& direction, const std::string& method,
           std::optional<double> upper, std::optional<double> natural_limit,
           std::optional<double> zero_replacement, double achieved_tolerance,
           const std::string& projection) {
          constexpr const char* fn = "assess";
          const auto series = to_series(fn, years, values);
          return assessment_dict(pm::assess(
              pm::milestone{target_year, parse_kind(fn, kind), target, upper}, {base_year, base_value}, series, parse_direction(fn, direction), options_from(fn, method, natural_limit, zero_replacement, achieved_tolerance,
                           projection)));
        },
        "target_year"_a, "kind"_a, "target"_a, "base_year"_a, "base_value"_a, "years"_a,
        "values"_a, "direction"_a, py::kw_only(), "method"_a = "statcan", "upper"_a = py::none(),
        "natural_limit"_a = py::none(), "zero_replacement"_a = py::none(),
        "achieved_tolerance"_a = 0.0, "projection"_a = "automatic",
        "Assesses progress towards one milestone (prosper::math::assess, in its order): the "
        "milestone (target_year, kind, target), the base observation, the later observations "
        "(years, values), the direction and a method ('eurostat', "
        "'statcan', 'sdsn', 'escap', 'nbs'). Returns a dict: status, basis, reason, rates, "
        "ratio, projected value, gap … (None where not defined). Never raises for bad data: "
        "status is 'not_assessable' and reason says why.");
  // What a verdict is worth (math/probability.hpp): the same one model as the reports use.
  m.def("forecast_reach",
        [](const int_array& years, const double_array& values, double target, int target_year,
           const std::string& direction, const std::string& scale, double limit, double level) {
          constexpr const char* fn = "forecast_reach";
          const auto series = to_series(fn, years, values);
          const pm::value_scale sc = scale == "share"  ? pm::value_scale::share(limit)
                                     : scale == "rate" ? pm::value_scale::rate()
                                     : scale == "level"
                                         ? pm::value_scale::level()
                                         : throw prosper::argument_error(
                                               std::string("prosper.forecast_reach: scale must be "
                                                           "'level', 'share' or 'rate', got '") +
                                               scale + "'");
          const auto f = pm::forecast_reach(series, target, target_year,
                                            parse_direction(fn, direction), sc, level);
          return py::dict("probability"_a = f.probability, "median"_a = f.median,
                          "lower"_a = f.lower, "upper"_a = f.upper, "level"_a = f.level,
                          "drift"_a = f.drift, "sd"_a = f.sd, "df"_a = f.df);
        },
        "years"_a, "values"_a, "target"_a, "target_year"_a,
        "direction"_a = "higher_is_better", py::kw_only(), "scale"_a = "level",
        "limit"_a = 100.0, "level"_a = 0.8,
        "The probability that the series meets `target` in `target_year` (a random walk with "
        "drift on the log ('level'), logit ('share', below `limit`) or linear ('rate') scale, "
        "Student-t for the estimated drift and spread), with the median and the central `level` "
        "interval of the value then. Raises ValueError naming the problem for fewer than three "
        "observations or values outside the scale's domain.");
  m.def("assess_with_uncertainty",
        [](int target_year, const std::string& kind, std::optional<double> target, int base_year,
           double base_value, const int_array& years, const double_array& values,
           const std::string& direction, const std::string& method, std::optional<double> upper,
           std::optional<double> natural_limit, double level) {
          constexpr const char* fn = "assess_with_uncertainty";
          const auto series = to_series(fn, years, values);
          const auto u = pm::assess_with_uncertainty(
              parse_direction(fn, direction),
              pm::milestone{target_year, parse_kind(fn, kind), target, upper},
              {base_year, base_value}, series,
              options_from(fn, method, natural_limit, std::nullopt, 0.0, "automatic"),
              std::nullopt, level);
          return py::dict("assessment"_a = assessment_dict(u.verdict),
                          "status"_a = std::string(prosper::to_string(u.verdict.status)),
                          "probability"_a = opt(u.probability),
                          "projected_median"_a = opt(u.projected_median),
                          "projected_lower"_a = opt(u.projected_lower),
                          "projected_upper"_a = opt(u.projected_upper), "level"_a = u.level,
                          "df"_a = u.df, "worst"_a = std::string(prosper::to_string(u.worst)),
                          "best"_a = std::string(prosper::to_string(u.best)), "stable"_a = u.stable,
                          "notes"_a = u.notes);
        },
        "target_year"_a, "kind"_a, "target"_a, "base_year"_a, "base_value"_a, "years"_a,
        "values"_a, "direction"_a, py::kw_only(), "method"_a = "statcan", "upper"_a = py::none(),
        "natural_limit"_a = py::none(), "level"_a = 0.8,
        "assess() with what the verdict is worth (prosper::math::assess_with_uncertainty), as "
        "the reports show it: the probability of meeting the target in the target year, the "
        "central `level` interval of the value then, and whether the status is stable (worst and "
        "best status within the `level` interval of the trend). None where it could not be "
        "computed; `notes` says why.");
  m.def("classify",
        [](const std::string& direction, const std::string& kind, const Eigen::ArrayXd& base,
           const Eigen::ArrayXd& current, const Eigen::ArrayXd& target, int base_year,
           int current_year, int target_year, const std::string& method,
           std::optional<double> zero_replacement, double achieved_tolerance) {
          constexpr const char* fn = "classify";
          auto c = pm::batch::classify(
              parse_direction(fn, direction), parse_kind(fn, kind), base, current, target,
              base_year, current_year, target_year,
              options_from(fn, method, std::nullopt, zero_replacement, achieved_tolerance,
                           "automatic"));
          std::vector<std::string> status;
          status.reserve(c.status.size());
          for (auto st : c.status) status.emplace_back(prosper::to_string(st));
          // The Eigen results move into NumPy arrays without a copy.
          return py::dict("status"_a = py::array(py::cast(status)),
                          "observed_rate"_a = std::move(c.observed_rate),
                          "required_rate"_a = std::move(c.required_rate),
                          "ratio"_a = std::move(c.ratio), "has_ratio"_a = std::move(c.has_ratio));
        },
        "direction"_a, "kind"_a, "base"_a, "current"_a, "target"_a, "base_year"_a,
        "current_year"_a, "target_year"_a, py::kw_only(), "method"_a = "statcan",
        "zero_replacement"_a = py::none(), "achieved_tolerance"_a = 0.0,
        "Classifies many two-point series at once (prosper::math::batch::classify): arrays of "
        "base, current and target values, one element per series. Returns a dict of arrays: "
        "status (str), observed_rate, required_rate, ratio, has_ratio.");
}

// ---- roll-ups and the schedule view (prosper/math/rollup.hpp) -------------------------------

prosper::math::schedule_scale parse_scale(const char* function, const std::string& s) {
  for (auto x : {prosper::math::schedule_scale::level, prosper::math::schedule_scale::cumulative_growth})
    if (prosper::math::to_string(x) == s) return x;
  bad_choice(function, "scale", s, "'level', 'cumulative_growth'");
}

prosper::math::schedule_status parse_schedule(const char* function, const std::string& s) {
  using st = prosper::math::schedule_status;
  for (auto x : {st::achieved, st::on_schedule, st::lagging, st::not_evaluable})
    if (prosper::math::to_string(x) == s) return x;
  bad_choice(function, "schedule", s, "'achieved', 'on_schedule', 'lagging', 'not_evaluable'");
}

py::dict schedule_counts_dict(const prosper::math::rollup_group& g) {
  using st = prosper::math::schedule_status;
  py::dict d;
  for (auto x : {st::achieved, st::on_schedule, st::lagging, st::not_evaluable})
    d[py::str(std::string(prosper::math::to_string(x)))] = g.of(x);
  d["evaluated"] = g.schedule_evaluated;
  d["on_schedule_count"] = g.on_schedule();
  d["on_schedule_share"] = opt(g.on_schedule_share());
  return d;
}

py::dict rollup_group_dict(const prosper::math::rollup_group& g) {
  namespace pm = prosper::math;
  py::dict counts, shares;
  for (std::size_t b = 0; b < pm::rollup_bucket_count; ++b) {
    const py::str key(std::string(pm::rollup_bucket_key(b)));
    counts[key] = g.counts[b];
    shares[key] = opt(g.share(b));
  }
  return py::dict("total"_a = g.total, "counts"_a = counts, "shares"_a = shares,
                  "mean_score"_a = opt(g.mean_score), "scored"_a = g.scored,
                  "mean_degree"_a = opt(g.mean_degree), "with_degree"_a = g.with_degree,
                  "degree_weight"_a = g.degree_weight, "schedule"_a = schedule_counts_dict(g));
}

void bind_rollup(py::module_& m) {
  namespace pm = prosper::math;
  m.def("nbs_degree",
        [](double value, const std::string& type, std::optional<double> standard,
           std::optional<double> lower, std::optional<double> upper,
           std::optional<double> lower_limit, std::optional<double> upper_limit) {
          constexpr const char* fn = "nbs_degree";
          const auto need = [&](const std::optional<double>& v, const char* name) {
            if (!v)
              throw std::invalid_argument(std::string("prosper.") + fn + ": a '" + type +
                                          "' indicator needs " + name);
            return *v;
          };
          if (type == "positive") return pm::nbs_degree(value, pm::nbs_standard::positive(need(standard, "standard")));
          if (type == "inverse") return pm::nbs_degree(value, pm::nbs_standard::inverse(need(standard, "standard")));
          if (type == "interval")
            return pm::nbs_degree(value, pm::nbs_standard::interval(need(lower, "lower"), need(upper, "upper"),
                                                                    lower_limit, upper_limit));
          bad_choice(fn, "type", type, "'positive', 'inverse', 'interval'");
        },
        "value"_a, "type"_a, py::kw_only(), "standard"_a = py::none(), "lower"_a = py::none(),
        "upper"_a = py::none(), "lower_limit"_a = py::none(), "upper_limit"_a = py::none(),
        "NBS 实现程度 (0–100) of one value (prosper::math::nbs_degree): type 'positive' "
        "(100·x/S), 'inverse' (100·S/x), both capped at 100, or 'interval' (100 inside "
        "[lower, upper], linear to 0 at lower_limit/upper_limit; both limits are required).");
  m.def("schedule",
        [](int base_year, double base_value, int target_year, double target_value, int year,
           double value, const std::string& direction, const std::string& scale) {
          constexpr const char* fn = "schedule";
          pm::schedule_item it{base_year, base_value, target_year, target_value, year, value,
                               parse_direction(fn, direction), parse_scale(fn, scale)};
          // One rate convention: a growth-rate target is a fraction per year.
          if (it.scale == pm::schedule_scale::cumulative_growth)
            it.target_value = prosper::as_fraction(rate_in(fn, "target_value", target_value));
          const pm::schedule_entry e = pm::schedule_progress(it);
          return py::dict("status"_a = std::string(pm::to_string(e.status)),
                          "elapsed_share"_a = e.elapsed_share,
                          "progress_share"_a = opt(e.progress_share), "threshold"_a = e.threshold);
        },
        "base_year"_a, "base_value"_a, "target_year"_a, "target_value"_a, "year"_a, "value"_a,
        "direction"_a = "higher_is_better", py::kw_only(), "scale"_a = "level",
        "按时序进度 of one indicator in `year` (prosper::math::schedule_progress, in its order): "
        "status 'achieved', 'on_schedule' (progress made ≥ time elapsed) or 'lagging', with "
        "elapsed_share, progress_share (None for a threshold: a target asking for no change or "
        "one the base already met) and threshold. scale 'cumulative_growth': target_value is a "
        "growth rate (fraction per year) and the values are levels; progress is the cumulative "
        "log growth made over the one required.");
  m.def("rollup",
        [](const std::vector<std::string>& categories, const std::vector<std::string>& statuses,
           std::optional<std::vector<std::optional<double>>> scores,
           std::optional<std::vector<std::optional<double>>> degrees,
           std::optional<std::vector<double>> weights,
           std::optional<std::vector<std::optional<std::string>>> schedule) {
          constexpr const char* fn = "rollup";
          const std::size_t n = categories.size();
          const auto same = [&](std::size_t k, const char* name) {
            if (k != n)
              throw std::invalid_argument(std::string("prosper.") + fn + ": " + name + " has " +
                                          std::to_string(k) + " entries, categories " +
                                          std::to_string(n));
          };
          same(statuses.size(), "statuses");
          if (scores) same(scores->size(), "scores");
          if (degrees) same(degrees->size(), "degrees");
          if (weights) same(weights->size(), "weights");
          if (schedule) same(schedule->size(), "schedule");
          std::vector<pm::rollup_item> items(n);
          for (std::size_t i = 0; i < n; ++i) {
            auto& it = items[i];
            it.category = categories[i];
            if (statuses[i] == "no_data") {
              it.no_data = true;
            } else {
              bool known = false;
              for (std::size_t b = 0; b + 1 < pm::rollup_bucket_count; ++b)
                if (pm::rollup_bucket_key(b) == statuses[i]) {
                  it.status = static_cast<prosper::progress_status>(b);
                  known = true;
                }
              if (!known)
                bad_choice(fn, "statuses", statuses[i],
                           "'achieved', 'on_track', 'moderate_progress', 'insufficient_progress', "
                           "'moving_away', 'not_assessable', 'no_data'");
            }
            if (scores) it.score = (*scores)[i];
            if (degrees) it.degree = (*degrees)[i];
            if (weights) it.weight = (*weights)[i];
            if (schedule && (*schedule)[i]) it.schedule = parse_schedule(fn, *(*schedule)[i]);
          }
          const pm::rollup_result r = pm::rollup(items);
          py::list cats;
          for (const auto& g : r.categories) {
            py::dict d = rollup_group_dict(g);
            d["category"] = g.category;
            cats.append(d);
          }
          return py::dict("categories"_a = cats, "overall"_a = rollup_group_dict(r.overall));
        },
        "categories"_a, "statuses"_a, py::kw_only(), "scores"_a = py::none(),
        "degrees"_a = py::none(), "weights"_a = py::none(), "schedule"_a = py::none(),
        "Rolls indicators up per category and overall (prosper::math::rollup): counts and "
        "shares per status ('no_data' counted apart), the weighted mean StatCan score and NBS "
        "实现程度 over the indicators that have one (None entries skipped; weights default to 1), "
        "and the schedule counts with the share on schedule. Returns {categories: [dict], "
        "overall: dict}. Raises ValueError for weights all zero, negative or not finite.");
}

void bind_ratio(py::module_& m) {
  namespace pr = prosper::ratio;
  auto constraint = [](const char* fn, double start, double bound, double years,
                       std::string side) {
    return pr::ratio_constraint{times(start), times(bound), parse_side(fn, side), years};
  };
  m.def("pair_ratio", py::vectorize([](double n, double d) {
          return pr::pair_ratio(times(n), times(d)).value();
        }),
        "numerator"_a, "denominator"_a,
        "numerator / denominator as a multiple (倍); both in the same unit.");
  m.def("required_ratio_change",
        py::vectorize([constraint](double start, double bound, double years) {
          return prosper::as_fraction(pr::required_ratio_change(
              constraint("required_ratio_change", start, bound, years, "at_most")));
        }),
        "start"_a, "bound"_a, "years"_a,
        "The ratio's own required CAGR from `start` to `bound`, a fraction per year.");
  m.def("required_growth_differential",
        [constraint](double start, double bound, double years) {
          const auto g = pr::required_growth_differential(
              constraint("required_growth_differential", start, bound, years, "at_most"));
          using fs = pr::growth_differential::faster_side;
          const char* faster = g.faster == fs::numerator     ? "numerator"
                               : g.faster == fs::denominator ? "denominator"
                                                             : "neither";
          return py::dict("faster"_a = faster, "factor"_a = g.factor,
                          "rate"_a = prosper::as_fraction(g.rate()));
        },
        "start"_a, "bound"_a, "years"_a,
        "Which side must grow faster and by what factor per year: {faster, factor, rate (fraction "
        "per year)}.");
  m.def("denominator_growth_limit",
        py::vectorize([constraint](double start, double bound, double years, double gn,
                                   std::string side) {
          const auto r = pr::denominator_growth_limit(
                     constraint("denominator_growth_limit", start, bound, years, side),
                     rate_in("denominator_growth_limit", "numerator_growth", gn))
              .rate;
          return prosper::as_fraction(r);
        }),
        "start"_a, "bound"_a, "years"_a, "numerator_growth"_a, "side"_a = "at_most",
        "The denominator's growth (fraction per year) that puts the ratio on its bound after `years`: a "
        "minimum for side='at_most', a maximum for 'at_least'.");
  m.def("numerator_growth_limit",
        py::vectorize([constraint](double start, double bound, double years, double gd,
                                   std::string side) {
          const auto r = pr::numerator_growth_limit(
                     constraint("numerator_growth_limit", start, bound, years, side),
                     rate_in("numerator_growth_limit", "denominator_growth", gd))
              .rate;
          return prosper::as_fraction(r);
        }),
        "start"_a, "bound"_a, "years"_a, "denominator_growth"_a, "side"_a = "at_most",
        "The numerator's growth (fraction per year) that puts the ratio on its bound after `years`: a "
        "maximum for side='at_most', a minimum for 'at_least'.");
  m.def("projected_ratio", py::vectorize([](double start, double gn, double gd, double years) {
          return pr::projected_ratio(times(start), rate_in("projected_ratio", "numerator_growth", gn),
                                     rate_in("projected_ratio", "denominator_growth", gd), years)
              .value();
        }),
        "start"_a, "numerator_growth"_a, "denominator_growth"_a, "years"_a,
        "The ratio after `years` of constant growth (fractions per year) of both sides.");
  m.def("year_bound_reached",
        [constraint](double start, double bound, std::string side, int base_year,
                     double gn, double gd) {
          const auto r = pr::year_bound_reached(
              constraint("year_bound_reached", start, bound, 1.0, side), base_year,
              rate_in("year_bound_reached", "numerator_growth", gn),
              rate_in("year_bound_reached", "denominator_growth", gd));
          return py::dict("reachable"_a = r.reachable, "year"_a = r.year,
                          "years_needed"_a = r.years_needed,
                          "holds_until"_a = r.holds_until ? py::object(py::int_(*r.holds_until))
                                                          : py::object(py::none()),
                          "reason"_a = r.reason);
        },
        "start"_a, "bound"_a, "side"_a, "base_year"_a, "numerator_growth"_a,
        "denominator_growth"_a,
        "The first year the ratio is on the right side of its bound at constant growth.");
  m.def("bound_glide_path",
        [](double start, double end, int years) {
          const auto path = pr::bound_glide_path(times(start), times(end), years);
          py::array_t<double> out(static_cast<py::ssize_t>(path.size()));
          auto o = out.mutable_unchecked<1>();
          for (std::size_t i = 0; i < path.size(); ++i)
            o(static_cast<py::ssize_t>(i)) = path[i].value();
          return out;
        },
        "start"_a, "end"_a, "years"_a, "The geometric glide path of a bound (years + 1 values).");
  m.def("satisfied_every_year",
        [](const double_array& numerator, const double_array& denominator,
           const py::object& bounds, std::string side, int first_year) {
          constexpr const char* fn = "satisfied_every_year";
          const auto n = to_quantities<prosper::units::times>(fn, "numerator", numerator);
          const auto d = to_quantities<prosper::units::times>(fn, "denominator", denominator);
          std::vector<times> b;
          if (py::isinstance<py::float_>(bounds) || py::isinstance<py::int_>(bounds))
            b.assign(n.size(), times(bounds.cast<double>()));
          else
            b = to_quantities<prosper::units::times>(fn, "bounds", bounds.cast<double_array>());
          return path_check_dict(
              pr::satisfied_every_year(n, d, b, parse_side(fn, side), first_year));
        },
        "numerator"_a, "denominator"_a, "bounds"_a, "side"_a, "first_year"_a,
        "Year-by-year check of numerator/denominator against a bound (scalar or per year).");
  m.def("implied_reference", py::vectorize([](double local, double ratio) {
          return pr::implied_reference(times(local), times(ratio)).value();
        }),
        "local"_a, "ratio_to_reference"_a, "local / ratio: the reference level implied.");
  m.def("max_reference_growth",
        py::vectorize([constraint](double start, double bound, double years, double g) {
          return prosper::as_fraction(pr::max_reference_growth(
              constraint("max_reference_growth", start, bound, years, "at_least"),
              rate_in("max_reference_growth", "local_growth", g)));
        }),
        "start"_a, "bound"_a, "years"_a, "local_growth"_a,
        "The fastest the reference may grow (fraction per year) for an 'at least' ratio bound to be met.");
  m.def("min_local_growth",
        py::vectorize([constraint](double start, double bound, double years, double g) {
          return prosper::as_fraction(pr::min_local_growth(
              constraint("min_local_growth", start, bound, years, "at_least"),
              rate_in("min_local_growth", "reference_growth", g)));
        }),
        "start"_a, "bound"_a, "years"_a, "reference_growth"_a,
        "The slowest the local level may grow (fraction per year) for an 'at least' ratio bound to be met.");
  m.def("implied_numerator", py::vectorize([](double d, double ratio) {
          return pr::implied_numerator<prosper::units::times>(times(d), times(ratio)).value();
        }),
        "denominator"_a, "ratio"_a, "denominator × ratio.");
  m.def("check_ratio_identity",
        [](double n, double d, double stated, double tolerance) {
          const auto c = pr::check_ratio_identity(times(n), times(d), times(stated), tolerance);
          return py::dict("stated"_a = c.stated.value(), "implied"_a = c.implied.value(),
                          "difference"_a = c.difference, "consistent"_a = c.consistent);
        },
        "numerator"_a, "denominator"_a, "stated"_a, "tolerance"_a,
        "Whether a stated ratio agrees with numerator/denominator within `tolerance`.");
  m.def("compare_target_growth",
        [](double a0, double a1, double b0, double b1, double years, const std::string& order,
           double tolerance) {
          return growth_comparison_dict(pr::compare_target_growth(
              times(a0), times(a1), times(b0), times(b1), years,
              parse_order("compare_target_growth", order),
              rate_in("compare_target_growth", "tolerance", tolerance)));
        },
        "a_base"_a, "a_target"_a, "b_base"_a, "b_target"_a, "years"_a,
        "order"_a = "at_least_as_fast", "tolerance"_a = 0.0,
        "Compares the CAGRs (fractions per year) two indicators' milestones imply.");
  m.def("compare_observed_rates",
        [](const double_array& a, const double_array& b, int first_year, const std::string& order,
           double tolerance) {
          constexpr const char* fn = "compare_observed_rates";
          return ordering_check_dict(pr::compare_observed_rates(
              rates_in(fn, "a_rates", a), rates_in(fn, "b_rates", b), first_year,
              parse_order(fn, order), rate_in(fn, "tolerance", tolerance)));
        },
        "a_rates"_a, "b_rates"_a, "first_year"_a, "order"_a = "at_least_as_fast",
        "tolerance"_a = 0.0, "Checks a growth ordering on yearly rates (fractions per year).");
  m.def("compare_observed_levels",
        [](const double_array& a, const double_array& b, int first_year, const std::string& order,
           double tolerance) {
          constexpr const char* fn = "compare_observed_levels";
          return ordering_check_dict(pr::compare_observed_levels(
              to_quantities<prosper::units::times>(fn, "a", a),
              to_quantities<prosper::units::times>(fn, "b", b), first_year,
              parse_order(fn, order), rate_in(fn, "tolerance", tolerance)));
        },
        "a"_a, "b"_a, "first_year"_a, "order"_a = "at_least_as_fast", "tolerance"_a = 0.0,
        "Checks a growth ordering on yearly levels.");

  // Two-group (urban/rural) weighted means; shares in %.
  m.def("overall_from_parts", py::vectorize([](double urban, double rural, double share) {
          return pr::overall_from_parts(times(urban), times(rural), percent(share)).value();
        }),
        "urban"_a, "rural"_a, "urban_share"_a, "share·urban + (1 − share)·rural; share in %.");
  m.def("urban_from_overall", py::vectorize([](double overall, double rural, double share) {
          return pr::urban_from_overall(times(overall), times(rural), percent(share)).value();
        }),
        "overall"_a, "rural"_a, "urban_share"_a, "The urban value implied; share in %.");
  m.def("rural_from_overall", py::vectorize([](double overall, double urban, double share) {
          return pr::rural_from_overall(times(overall), times(urban), percent(share)).value();
        }),
        "overall"_a, "urban"_a, "urban_share"_a, "The rural value implied; share in %.");
  m.def("urban_share_from", py::vectorize([](double overall, double urban, double rural) {
          return pr::urban_share_from(times(overall), times(urban), times(rural)).value();
        }),
        "overall"_a, "urban"_a, "rural"_a, "The urban share (%) that fits the three values.");
  m.def("implied_urban_rural_ratio",
        py::vectorize([](double overall, double rural, double share) {
          return pr::implied_urban_rural_ratio(times(overall), times(rural), percent(share))
              .value();
        }),
        "overall"_a, "rural"_a, "urban_share"_a, "The urban/rural ratio implied; share in %.");
}

using vec = Eigen::Ref<const Eigen::VectorXd>;  // a float64 NumPy vector, read in place

prosper::inequality::gini_correction parse_correction(const char* function, const std::string& s) {
  if (s == "none") return prosper::inequality::gini_correction::none;
  if (s == "finite_sample") return prosper::inequality::gini_correction::finite_sample;
  bad_choice(function, "correction", s, "'none', 'finite_sample'");
}

py::dict decomposition_dict(const prosper::inequality::decomposition<std::string>& d) {
  py::list groups;
  for (const auto& g : d.groups)
    groups.append(py::dict("group"_a = g.group, "population_share"_a = g.population_share,
                           "income_share"_a = g.income_share, "index"_a = g.index));
  return py::dict("total"_a = d.total, "between"_a = d.between, "within"_a = d.within,
                  "groups"_a = groups);
}

py::dict reach_dict(const prosper::ratio::reach_result& r) {
  return py::dict("reachable"_a = r.reachable, "year"_a = r.year,
                  "years_needed"_a = r.years_needed,
                  "holds_until"_a = r.holds_until ? py::object(py::int_(*r.holds_until))
                                                  : py::object(py::none()),
                  "reason"_a = r.reason);
}

void bind_inequality(py::module_& m) {
  namespace pi = prosper::inequality;
  namespace pr = prosper::ratio;
  // Each weighted form is an overload: gini(x) or gini(x, weights); arrays are read in place.
  m.def("gini", [](vec x, std::string c) { return pi::gini(x, parse_correction("gini", c)); },
        "x"_a, "correction"_a = "none", "The Gini coefficient of the values x.");
  m.def("gini",
        [](vec x, vec w, std::string c) { return pi::gini(x, w, parse_correction("gini", c)); },
        "x"_a, "weights"_a, "correction"_a = "none",
        "The population-weighted Gini (unit i stands for weights[i] people with x[i]).");
  m.def("gini_grouped", [](vec pop, vec income) { return pi::gini_grouped(pop, income); },
        "population"_a, "income"_a,
        "The Gini of grouped data by the trapezoid rule (a lower bound).");
  m.def("theil_t", [](vec x) { return pi::theil_t(x); }, "x"_a, "Theil's T, GE(1).");
  m.def("theil_t", [](vec x, vec w) { return pi::theil_t(x, w); }, "x"_a, "weights"_a,
        "The population-weighted Theil T.");
  m.def("mld", [](vec x) { return pi::mld(x); }, "x"_a, "The mean log deviation, GE(0).");
  m.def("mld", [](vec x, vec w) { return pi::mld(x, w); }, "x"_a, "weights"_a,
        "The population-weighted mean log deviation.");
  m.def("theil_t_decomposition",
        [](vec x, const std::vector<std::string>& groups) {
          return decomposition_dict(pi::theil_t_decomposition(x, groups));
        },
        "x"_a, "groups"_a, "Theil T split into between- and within-group parts.");
  m.def("theil_t_decomposition",
        [](vec x, const std::vector<std::string>& groups, vec w) {
          return decomposition_dict(pi::theil_t_decomposition(x, groups, w));
        },
        "x"_a, "groups"_a, "weights"_a, "The weighted Theil T decomposition.");
  m.def("mld_decomposition",
        [](vec x, const std::vector<std::string>& groups) {
          return decomposition_dict(pi::mld_decomposition(x, groups));
        },
        "x"_a, "groups"_a, "The mean log deviation split into between- and within-group parts.");
  m.def("mld_decomposition",
        [](vec x, const std::vector<std::string>& groups, vec w) {
          return decomposition_dict(pi::mld_decomposition(x, groups, w));
        },
        "x"_a, "groups"_a, "weights"_a, "The weighted MLD decomposition.");
  m.def("coefficient_of_variation", [](vec x) { return pi::coefficient_of_variation(x); },
        "x"_a, "Standard deviation over mean.");
  m.def("coefficient_of_variation",
        [](vec x, vec w) { return pi::coefficient_of_variation(x, w); }, "x"_a, "weights"_a,
        "The population-weighted coefficient of variation.");
  m.def("lorenz_share", [](vec x, double p) { return pi::lorenz_share(x, p); }, "x"_a, "p"_a,
        "The income share of the poorest fraction p.");
  m.def("lorenz_share", [](vec x, vec w, double p) { return pi::lorenz_share(x, w, p); }, "x"_a,
        "weights"_a, "p"_a, "The weighted Lorenz share of the poorest fraction p.");
  m.def("share_ratio",
        [](vec x, vec w, double top, double bottom) { return pi::share_ratio(x, w, top, bottom); },
        "x"_a, "weights"_a, "top"_a, "bottom"_a,
        "Income share of the richest `top` over that of the poorest `bottom` (S80/S20: 0.2, 0.2).");
  m.def("palma", [](vec x) { return pi::palma(x); }, "x"_a, "The Palma ratio (top 10 % / bottom 40 %).");
  m.def("palma", [](vec x, vec w) { return pi::palma(x, w); }, "x"_a, "weights"_a,
        "The weighted Palma ratio.");

  // Lognormal income model; incomes in any one unit, shares in %.
  m.def("gini_from_sigma", py::vectorize([](double s) { return pi::lognormal::gini_from_sigma(s); }),
        "sigma"_a, "G = erf(σ/2) for a lognormal with log-sd σ.");
  m.def("sigma_from_gini", py::vectorize([](double g) { return pi::lognormal::sigma_from_gini(g); }),
        "gini"_a, "σ = √2·Φ⁻¹((1 + G)/2).");
  m.def("lognormal_lorenz", py::vectorize([](double g, double p) { return pi::lognormal::lorenz(g, p); }),
        "gini"_a, "p"_a, "The lognormal Lorenz curve Φ(Φ⁻¹(p) − σ).");
  m.def("share_between", py::vectorize([](double mean, double g, double lo, double hi) {
          return pi::lognormal::share_between(times(mean), g, times(lo), times(hi)).value();
        }),
        "mean"_a, "gini"_a, "lo"_a, "hi"_a,
        "The share (%) of people with income in [lo, hi] under a lognormal with this mean and "
        "Gini.");
  m.def("headcount_below", py::vectorize([](double mean, double g, double z) {
          return pi::lognormal::headcount_below(times(mean), g, times(z)).value();
        }),
        "mean"_a, "gini"_a, "z"_a, "The share (%) of people with income below z.");
  m.def("gini_for_share", py::vectorize([](double mean, double share, double lo, double hi) {
          return pi::lognormal::gini_for_share(times(mean), percent(share), times(lo), times(hi));
        }),
        "mean"_a, "share"_a, "lo"_a, "hi"_a,
        "The Gini at which a lognormal with this mean has `share` % of people in [lo, hi].");
  m.def("mean_for_share", py::vectorize([](double g, double share, double lo, double hi) {
          return pi::lognormal::mean_for_share(g, percent(share), times(lo), times(hi)).value();
        }),
        "gini"_a, "share"_a, "lo"_a, "hi"_a,
        "The mean at which a lognormal with this Gini has `share` % of people in [lo, hi].");

  // Regional max/min ratios (prosper/ratio/max_min.hpp); growth rates as fractions per year.
  m.def("max_min_ratio", [](vec x) { return pr::max_min_ratio(x); }, "x"_a,
        "The largest value over the smallest.");
  m.def("max_to_mean", [](vec x, vec w) { return pr::max_to_mean(x, w); }, "x"_a, "weights"_a,
        "The largest value over the weighted mean.");
  m.def("mean_to_min", [](vec x, vec w) { return pr::mean_to_min(x, w); }, "x"_a, "weights"_a,
        "The weighted mean over the smallest value.");
  m.def("population_extremes_ratio",
        [](vec x, vec w, double share) { return pr::population_extremes_ratio(x, w, share); },
        "x"_a, "weights"_a, "share"_a,
        "Mean of the richest `share` of the population over that of the poorest `share`.");
  m.def("minimum_uplift", [](vec x, double bound) { return pr::minimum_uplift(x, bound); },
        "x"_a, "bound"_a, "The least raise per region that brings max/min to `bound`.");
  m.def("budget_neutral_levelling",
        [](vec x, vec w, double bound) {
          auto l = pr::budget_neutral_levelling(x, w, bound);
          return py::dict("levels"_a = std::move(l.levels), "cap"_a = l.cap, "floor"_a = l.floor,
                          "transfer"_a = l.transfer);
        },
        "x"_a, "weights"_a, "bound"_a,
        "Brings max/min down to `bound` without changing the weighted total: {levels, cap, "
        "floor, transfer}.");
  m.def("max_min_required_growth",
        [](vec x, double leader_growth, double bound, double years) {
          return pr::required_growth(
              x, prosper::as_fraction(rate_in("max_min_required_growth", "leader_growth", leader_growth)),
              bound, years);
        },
        "x"_a, "leader_growth"_a, "bound"_a, "years"_a,
        "Growth (fraction per year) each region needs for max/min ≤ bound after `years`, given "
        "the leader's growth.");
  m.def("year_max_min_reached",
        [](vec x, vec growth, double bound, int base_year) {
          for (Eigen::Index i = 0; i < growth.size(); ++i)
            (void)rate_in("year_max_min_reached", "growth", growth[i]);
          return reach_dict(pr::year_max_min_reached(x, growth, bound, base_year));
        },
        "x"_a, "growth"_a, "bound"_a, "base_year"_a,
        "The first year max/min ≤ bound at constant growth per region, or why never.");
}

// A plan with its explicit relations: the embedded Lishui plan, or one read from plan JSON.
struct plan_holder {
  prosper::plan::plan plan;
  std::vector<prosper::plan::relation> relations;
};
using plan_ptr = std::shared_ptr<const plan_holder>;

plan_ptr lishui_holder() {
  static const plan_ptr p = std::make_shared<const plan_holder>(
      plan_holder{prosper::plan::lishui(), prosper::plan::lishui_relations()});
  return p;
}

const prosper::plan::plan& plan_or_lishui(const plan_holder* p) {
  return p ? p->plan : prosper::plan::lishui();
}

py::dict required_change_dict(const prosper::plan::required_change_result& r) {
  return py::dict("id"_a = r.indicator_id, "base_year"_a = r.base_year,
                  "target_year"_a = r.target_year,
                  "base_kind"_a = std::string(prosper::to_string(r.base_kind)),
                  "goal_kind"_a = std::string(prosper::to_string(r.goal_kind)),
                  "base_value"_a = opt(r.base_value), "target_value"_a = opt(r.target_value),
                  "cagr"_a = opt(r.cagr), "annual_change"_a = opt(r.annual_change),
                  "change_unit"_a = std::string(r.change_unit.label(prosper::language::zh)), "maintain"_a = r.maintain,
                  "already_met"_a = r.already_met, "reason"_a = r.reason, "notes"_a = r.notes);
}

// The inverse of read_result_dict's observation rows, so that rows a user filtered in pandas
// (DataFrame.to_dict("records")) can go back into a report.
prosper::io::observation_record observation_from(const py::handle& h) {
  const auto d = h.cast<py::dict>();
  const auto get_str = [&](const char* k) {
    return d.contains(k) && !d[k].is_none() ? d[k].cast<std::string>() : std::string();
  };
  prosper::io::observation_record o;
  o.indicator = get_str("indicator");
  o.region = get_str("region");
  o.year = d["year"].cast<int>();
  o.value = d["value"].cast<double>();
  o.unit = prosper::units::runtime_unit::resolve(get_str("unit"));
  o.original_value = d.contains("original_value") ? d["original_value"].cast<double>() : o.value;
  o.original_unit = d.contains("original_unit") ? get_str("original_unit") : o.unit.spelling();
  o.source = get_str("source");
  o.file = get_str("file");
  if (d.contains("extra") && !d["extra"].is_none())
    for (const auto& [k, v] : d["extra"].cast<py::dict>())
      o.extra.emplace_back(k.cast<std::string>(), v.cast<std::string>());
  return o;
}

std::vector<prosper::io::observation_record> observations_from(const py::object& obs) {
  py::object rows = obs;
  if (py::isinstance<py::dict>(obs)) rows = obs.cast<py::dict>()["observations"];  // a read result
  std::vector<prosper::io::observation_record> out;
  for (const auto& h : rows) out.push_back(observation_from(h));
  return out;
}

std::string render_report(const plan_holder& p, const py::object& observations,
                          const std::string& format, const std::string& method,
                          std::optional<int> as_of, const std::string& lang,
                          const std::vector<std::string>& indicators,
                          const std::vector<std::string>& regions) {
  namespace rp = prosper::report;
  constexpr const char* fn = "Plan.report";
  rp::report_options o;
  o.method = parse_method(fn, method);
  o.as_of = as_of;
  if (lang == "zh") o.lang = prosper::language::zh;
  else if (lang == "en") o.lang = prosper::language::en;
  else bad_choice(fn, "lang", lang, "'zh', 'en'");
  o.indicators = indicators;
  o.regions = regions;
  const auto obs = observations_from(observations);
  const auto model = rp::build_report_model(p.plan, p.relations, obs, o);
  if (format == "html") return rp::render_html_report(model);
  if (format == "md") return rp::render_markdown_report(model);
#ifdef PROSPER_PY_JSON
  if (format == "table") return rp::render_assessments(model, rp::output_format::table);
  if (format == "csv") return rp::render_assessments(model, rp::output_format::csv);
  if (format == "json") return rp::render_assessments(model, rp::output_format::json);
  bad_choice(fn, "format", format, "'html', 'md', 'table', 'csv', 'json'");
#else
  bad_choice(fn, "format", format, "'html', 'md' (this build has no nlohmann/json)");
#endif
}

#ifdef PROSPER_PY_JSON
// A view of the report model as the CLI's JSON, parsed into Python objects.
py::object plan_view_json(const plan_holder& p, const py::object& observations,
                          const std::string& method, std::optional<int> as_of,
                          const std::map<std::string, double, std::less<>>& weights,
                          const std::string& view, const std::string& evaluation,
                          const char* fn) {
  namespace rp = prosper::report;
  rp::report_options o;
  o.method = parse_method(fn, method);
  o.as_of = as_of;
  if (evaluation == "final") o.evaluation = prosper::math::evaluation_stage::final;
  else if (evaluation == "mid-term") o.evaluation = prosper::math::evaluation_stage::mid_term;
  else if (evaluation != "auto") bad_choice(fn, "evaluation", evaluation, "'auto', 'mid-term', 'final'");
  o.sections.audit = false;
  o.sections.ratio_panel = false;
  const auto v = rp::assess_view_from_string(view);
  if (!v || *v == rp::assess_view::assessments)
    bad_choice(fn, "view", view, "'rollup', 'schedule', 'evaluation', 'all'");
  const auto obs = observations_from(observations);
  const auto model = rp::build_report_model(p.plan, p.relations, obs, o);
  rp::rollup_options ro;
  ro.weights = weights;
  return py::module_::import("json").attr("loads")(
      rp::render_view(model, *v, rp::output_format::json, ro));
}
#endif

#define PROSPER_PY_READ_DOC                                                                 \
  "Reads observations of the plan's indicators (the Lishui plan unless `plan` is given). "   \
  "Returns {observations: [dict], warnings: [dict], rows, skipped, summary}. Raises "        \
  "prosper.InputError ('file:line: message')."

void bind_units(py::module_& m) {
  namespace pu = prosper::units;
  m.def("convert_unit",
        py::vectorize([](double value, std::string from, std::string to) {
          return pu::convert(value, from, to);
        }),
        "value"_a, "from_unit"_a, "to_unit"_a,
        "A value in `from_unit` expressed in `to_unit`, by the exact factor of the runtime unit "
        "registry (symbols as tables print them: '元', '万元', '亿元', '%', '亩' …, or ASCII "
        "names). Raises ValueError for an unknown unit or units that do not convert.");
  m.def("convertible", [](const std::string& from, const std::string& to) {
          return pu::convertible(from, to);
        },
        "from_unit"_a, "to_unit"_a, "Whether two unit spellings convert into each other.");
  m.def("units",
        [] {
          py::list rows;
          for (const auto& u : pu::unit_registry::instance().units())
            rows.append(py::dict("name"_a = std::string(u.name),
                                 "symbol_zh"_a = std::string(u.symbol_zh),
                                 "symbol_en"_a = std::string(u.symbol_en),
                                 "dimension"_a = u.dimension, "kind"_a = std::string(to_string(u.kind)),
                                 "factor"_a = u.factor));
          return rows;
        },
        "Every unit prosper knows, one dict each: name, symbols, dimension, kind and the factor "
        "to the reference unit of its dimension.");
}

void bind_plan(py::module_& m) {
  namespace pp = prosper::plan;
  namespace io = prosper::io;
  py::class_<plan_holder, std::shared_ptr<plan_holder>> cls(
      m, "Plan",
      "A development plan: the embedded Lishui plan (Plan.lishui()) or one read from plan JSON "
      "(Plan.load / Plan.parse). Tables come back as lists of dicts, ready for "
      "pandas.DataFrame.");
  cls.def_static("lishui", [] { return std::const_pointer_cast<plan_holder>(lishui_holder()); },
                 "The embedded Lishui 2021–2025 plan and its relations.")
      .def_property_readonly("name_zh", [](const plan_holder& p) { return p.plan.name_zh; })
      .def_property_readonly("name_en", [](const plan_holder& p) { return p.plan.name_en; })
      .def_property_readonly("region_zh", [](const plan_holder& p) { return p.plan.region_zh; })
      .def_property_readonly("region_en", [](const plan_holder& p) { return p.plan.region_en; })
      .def_property_readonly("base_year", [](const plan_holder& p) { return p.plan.base_year; })
      .def_property_readonly("target_year",
                             [](const plan_holder& p) { return p.plan.target_year; })
      .def_property_readonly("source", [](const plan_holder& p) { return p.plan.source; })
      .def("info", [](const plan_holder& p) { return plan_dict(p.plan); },
           "The plan as one dict: identity, `indicators` and `body_targets`.")
      .def("indicators", [](const plan_holder& p) { return indicator_rows(p.plan); },
           "One dict per indicator row: id, names, category, unit, direction, base_*/target_* "
           "columns and the nested milestones.")
      .def("milestones", [](const plan_holder& p) { return milestone_rows(p.plan); },
           "One dict per (indicator, milestone): the table in long form.")
      .def("body_targets", [](const plan_holder& p) { return body_target_rows(p.plan); },
           "One dict per quantitative target of the plan's body text.")
      .def("required_change",
           [](const plan_holder& p) {
             py::list rows;
             for (const auto& i : p.plan.indicators) rows.append(required_change_dict(pp::required_change(i)));
             return rows;
           },
           "What each indicator's target requires from its first to its last milestone: cagr "
           "(fraction per year), annual_change (in change_unit, pp for %), or the reason there "
           "is none.")
      .def("audit", [](const plan_holder& p) { return audit_dict(pp::audit(p.plan, p.relations)); },
           "The consistency audit: {'summary': {...}, 'findings': [dict, ...]}.")
      .def("report", &render_report, "observations"_a, py::kw_only(), "format"_a = "html",
           "method"_a = "statcan", "as_of"_a = py::none(), "lang"_a = "zh",
           "indicators"_a = std::vector<std::string>{}, "regions"_a = std::vector<std::string>{},
           "The assessment report for these observations (a read result or a list of its "
           "observation dicts) as one string: format 'html' or 'md', and 'table', 'csv', "
           "'json' when built with nlohmann/json.")
      .def("__repr__", [](const plan_holder& p) {
        return "<prosper.Plan " + p.plan.region_en + " " + std::to_string(p.plan.base_year) +
               "–" + std::to_string(p.plan.target_year) + ", " +
               std::to_string(p.plan.indicators.size()) + " indicators>";
      });
#ifdef PROSPER_PY_JSON
  py::register_exception<prosper::plan_error>(m, "PlanJSONError", PyExc_ValueError);
  cls.def_static("parse",
                 [](const std::string& text) {
                   auto d = io::parse_plan(text);
                   return std::make_shared<plan_holder>(
                       plan_holder{std::move(d.plan), std::move(d.relations)});
                 },
                 "text"_a, "A plan from plan-JSON text. Raises prosper.PlanJSONError "
                           "('/json/pointer: problem').")
      .def_static("load",
                  [](const std::string& path) {
                    auto d = io::load_plan(path);
                    return std::make_shared<plan_holder>(
                        plan_holder{std::move(d.plan), std::move(d.relations)});
                  },
                  "path"_a, "A plan from a plan-JSON file (see docs/howto/own-plan-json.md).")
      .def("to_json",
           [](const plan_holder& p) { return io::dump_plan(p.plan, p.relations); },
           "The plan and its explicit relations as plan-JSON text.")
      .def("save",
           [](const plan_holder& p, const std::string& path) {
             io::save_plan(path, p.plan, p.relations);
           },
           "path"_a, "Writes the plan as a plan-JSON file.")
      .def("rollup",
           [](const plan_holder& p, const py::object& observations, const std::string& method,
              std::optional<int> as_of, const std::map<std::string, double, std::less<>>& weights,
              const std::string& view, const std::string& evaluation) {
             return plan_view_json(p, observations, method, as_of, weights, view, evaluation,
                                   "Plan.rollup");
           },
           "observations"_a, py::kw_only(), "method"_a = "statcan", "as_of"_a = py::none(),
           "weights"_a = std::map<std::string, double, std::less<>>{}, "view"_a = "rollup",
           "evaluation"_a = "auto",
           "The roll-up by category for these observations, as `prosper assess --view rollup "
           "--format json` gives it (a dict); view 'schedule', 'evaluation' or 'all' for the "
           "other views. weights: {indicator id: weight} for every indicator, or empty for equal "
           "weights. evaluation: 'auto', 'mid-term' or 'final', the stage of view 'evaluation'.");
#endif

  m.def("lishui", [] { return plan_dict(pp::lishui()); },
        "The embedded Lishui 2021–2025 plan as a dict: identity, `indicators` and `body_targets` "
        "(each a list of dicts). The same as Plan.lishui().info().");
  m.def("lishui_indicators", [] { return indicator_rows(pp::lishui()); },
        "One dict per indicator row of the appendix table (pandas.DataFrame-ready): id, names, "
        "category, unit, direction, base_*/target_* columns and the nested milestones.");
  m.def("lishui_milestones", [] { return milestone_rows(pp::lishui()); },
        "One dict per (indicator, milestone): the table in long form.");
  m.def("lishui_body_targets", [] { return body_target_rows(pp::lishui()); },
        "One dict per quantitative target of the plan's body text.");
  m.def("lishui_audit", [] { return audit_dict(pp::audit(pp::lishui(), pp::lishui_relations())); },
        "The consistency audit of the Lishui plan: {'summary': {...}, 'findings': [dict, ...]}.");
}

void bind_io(py::module_& m) {
  namespace io = prosper::io;
  m.def("read_observations_csv",
        [](const std::string& text, const std::string& file, const plan_holder* plan,
           bool skip_bad_rows, bool thousands_separators, bool full_width, int min_year,
           int max_year, const std::string& default_region) {
          return read_result_dict(io::read_observations_csv(
              text, file, plan_or_lishui(plan),
              read_options_from(skip_bad_rows, thousands_separators, full_width, min_year,
                                max_year, default_region)));
        },
        "text"_a, "file"_a = "<string>", py::kw_only(), "plan"_a = nullptr,
        "skip_bad_rows"_a = false, "thousands_separators"_a = false, "full_width"_a = false,
        "min_year"_a = 1949, "max_year"_a = 2100, "default_region"_a = "",
        "CSV text. " PROSPER_PY_READ_DOC);
  m.def("load_observations_csv",
        [](const std::string& path, const plan_holder* plan, bool skip_bad_rows,
           bool thousands_separators, bool full_width, int min_year, int max_year,
           const std::string& default_region) {
          return read_result_dict(io::load_observations_csv(
              path, plan_or_lishui(plan),
              read_options_from(skip_bad_rows, thousands_separators, full_width, min_year,
                                max_year, default_region)));
        },
        "path"_a, py::kw_only(), "plan"_a = nullptr, "skip_bad_rows"_a = false,
        "thousands_separators"_a = false, "full_width"_a = false, "min_year"_a = 1949,
        "max_year"_a = 2100, "default_region"_a = "",
        "A CSV file. " PROSPER_PY_READ_DOC);
#ifdef PROSPER_PY_JSON
  m.def("read_observations_json",
        [](const std::string& text, const std::string& file, const plan_holder* plan,
           bool skip_bad_rows, int min_year, int max_year, const std::string& default_region) {
          return read_result_dict(io::read_observations_json(
              text, file, plan_or_lishui(plan),
              read_options_from(skip_bad_rows, false, false, min_year, max_year,
                                default_region)));
        },
        "text"_a, "file"_a = "<string>", py::kw_only(), "plan"_a = nullptr,
        "skip_bad_rows"_a = false, "min_year"_a = 1949, "max_year"_a = 2100,
        "default_region"_a = "", "JSON text. " PROSPER_PY_READ_DOC);
  m.def("load_observations_json",
        [](const std::string& path, const plan_holder* plan, bool skip_bad_rows, int min_year,
           int max_year, const std::string& default_region) {
          return read_result_dict(io::load_observations_json(
              path, plan_or_lishui(plan),
              read_options_from(skip_bad_rows, false, false, min_year, max_year,
                                default_region)));
        },
        "path"_a, py::kw_only(), "plan"_a = nullptr, "skip_bad_rows"_a = false,
        "min_year"_a = 1949, "max_year"_a = 2100, "default_region"_a = "",
        "A JSON file. " PROSPER_PY_READ_DOC);
#endif
  m.attr("HAS_JSON") =
#ifdef PROSPER_PY_JSON
      true;
#else
      false;
#endif
}

}  // namespace

PYBIND11_MODULE(prosper, m) {
  m.doc() =
      "prosper: target math for development plans (required growth, projections, assessment, "
      "ratio constraints) vectorised over NumPy arrays, with Lishui's 2021–2025 "
      "common-prosperity plan, its audit and a CSV observation reader.";
  m.attr("__version__") = PROSPER_VERSION;
  // pybind11 tries the most recently registered translator first, so the base class
  // (input_error) is registered before the plan error derived from it.
  py::register_exception<prosper::input_error>(m, "InputError", PyExc_ValueError);
  bind_growth(m);
  bind_projection(m);
  bind_assessment(m);
  bind_assess(m);
  bind_rollup(m);
  bind_ratio(m);
  bind_inequality(m);
  bind_units(m);
  bind_plan(m);
  bind_io(m);
}
