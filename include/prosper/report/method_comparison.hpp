#pragma once
// Every assessment method side by side: for each indicator of a report model (report_model.hpp),
// the verdict of each published method, whether they agree and, where they do not, why; the
// agreement rate of every pair of methods and overall; and how each verdict moves with the base
// year and with the band thresholds. What `prosper compare-methods` prints and the HTML report's
// "method comparison" section shows.
//
// The verdicts are `math::assess` on the model's own inputs (the row's target milestone, its
// baseline and its series), with the options `build_report_model` uses (`assessment_options_for`),
// so the verdict of a method here is the status `prosper assess --method` gives for that row.
// Nothing here computes a growth rate or a projection itself.
//
// - Methods compared (`compared_methods`): statcan, eurostat, sdsn, escap, nbs.
// - Agreement: only verdicts that are statuses count (not `not_assessable`, not "no data"). A row
//   agrees when all of its assessable verdicts are equal, and is counted when at least two
//   methods could assess it. A pair agrees on a row when both could assess it and say the same.
// - Why they differ: each method's verdict with the number it rests on and the cut-off that
//   number met or missed ("sdsn moderate_progress: linear-step ratio 0.91 < 1 …"), so the
//   difference of approach is visible (ESCAP judges the value projected to the target year,
//   StatCan/Eurostat the ratio of compound rates, SDSN of linear steps, NBS the realisation
//   degree gained).
// - Base year: the verdict of every method from each year of the row's series that has a later
//   observation (plus the model's own baseline, which may be the plan's base milestone), with
//   the default thresholds.
// - Band thresholds: the verdict with every non-zero cut-off moved by `band_step` times its
//   magnitude, up ("stricter") and down ("looser"); 0.05 by default, so the 0.95 on-track ratio
//   is tried at 0.9975 and 0.9025, ESCAP's CS 9 at 9.45 and 8.55, and StatCan's no-target 1.5 %
//   at 1.575 % and 1.425 %. Cut-offs at zero are not moved: they separate progress from
//   deterioration by sign.
// - OECD distance: OECD's standardised distance (target − latest)/σ is a measure, not a verdict,
//   so it is shown beside the verdicts and does not enter the agreement. σ is the sample standard
//   deviation of the indicator's values across the regions observed in the latest year (at least
//   three), from the observations the caller passes as `peers`; without them, or with fewer
//   regions, it is empty and `oecd_note` says why.
// - Not compared: the UN Statistics Division's SDG Progress Chart rule. Its published thresholds
//   (SDG Progress Chart Technical Note) could not be read in the stored copies, so it is listed
//   in `not_compared` rather than guessed (docs/conformance.md).
//
// Renderers: an aligned table or Markdown in the model's language, CSV (one line per verdict:
// indicator × region × scenario × method) and JSON (method_comparison_json.hpp, layout at `comparison_json_value`); every
// piece of data goes through markup.hpp's escaping for its format.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/format.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::report {

/// The methods compared, in column order.
inline constexpr std::array<assessment_method, 5> compared_methods = {
    assessment_method::statcan, assessment_method::eurostat, assessment_method::sdsn,
    assessment_method::escap, assessment_method::nbs};

/// How many methods are compared.
inline constexpr std::size_t compared_method_count = compared_methods.size();

/// A method named by the peers' own short name ("StatCan", "ESCAP"), the same in every language.
///
/// Example: `method_short_name(assessment_method::nbs) == "NBS"`.
constexpr std::string_view method_short_name(assessment_method m) noexcept {
  switch (m) {
    case assessment_method::eurostat: return "Eurostat";
    case assessment_method::statcan: return "StatCan";
    case assessment_method::sdsn: return "SDSN";
    case assessment_method::escap: return "ESCAP";
    case assessment_method::nbs: return "NBS";
  }
  return "";
}

/// What a comparison varies besides the methods.
///
/// Example: `comparison_options o; o.band_step = 0.10;` to try the cut-offs ±10 %.
struct comparison_options {
  /// Every non-zero cut-off is tried at (1 ± band_step) times its magnitude; must be ≥ 0.
  double band_step = 0.05;
  bool base_years = true;  ///< assess from every year of the series as the base year
  bool thresholds = true;  ///< assess with the cut-offs moved up and down by `band_step`
  /// Only the rows a report lists one by one (`listed_rows`: past `report_limits::regions`, the
  /// plan's own region), so that a report on 10⁴ regions compares 70 rows, not 7·10⁵.
  bool listed_rows_only = false;
};

/// One method's verdict on one row.
struct method_verdict {
  assessment_method method = assessment_method::statcan;
  progress_status status = progress_status::not_assessable;
  bool no_data = false;            ///< the row has no observation at all
  std::optional<double> measure;   ///< the number the verdict rests on (see `measure_name`)
  std::string measure_name;        ///< "growth_ratio", "step_ratio", "anticipated_status",
                                   ///< "realisation_gain_ratio", "observed_cagr", or ""
  std::string explanation;         ///< the verdict, its number and the cut-off, in English

  /// Whether the verdict is a status (not "not assessable", not "no data").
  [[nodiscard]] bool assessed() const noexcept {
    return !no_data && status != progress_status::not_assessable;
  }
};

/// The verdicts of every method from one base year.
struct base_year_verdicts {
  int year = 0;
  double value = 0.0;
  baseline_origin origin = baseline_origin::observation;
  bool is_default = false;  ///< the model's own baseline
  std::array<progress_status, compared_method_count> status{};
};

/// One indicator in one region, every method side by side.
struct comparison_row {
  const indicator_row* row = nullptr;  ///< points into the model
  std::array<method_verdict, compared_method_count> verdicts{};
  std::size_t assessed = 0;           ///< methods with a status
  std::optional<bool> agree;          ///< empty when fewer than two methods could assess
  std::optional<progress_status> majority;  ///< the most common status (first method on a tie)
  std::string disagreement;           ///< why the methods differ, in English; empty if they agree

  std::vector<base_year_verdicts> base_years;  ///< in year order; empty when not varied
  std::array<progress_status, compared_method_count> stricter{};  ///< cut-offs moved up
  std::array<progress_status, compared_method_count> looser{};    ///< cut-offs moved down
  bool thresholds_tried = false;
  std::array<bool, compared_method_count> base_year_sensitive{};  ///< another base year changes it
  std::array<bool, compared_method_count> threshold_sensitive{};  ///< a moved cut-off changes it

  std::optional<double> oecd_distance;  ///< (target − latest)/σ, oriented, 0 once met
  std::optional<double> oecd_sigma;     ///< σ across the regions observed in the latest year
  std::string oecd_note;                ///< why there is no distance, when there is none
};

/// How often verdicts agree.
struct agreement_count {
  std::size_t agree = 0;
  std::size_t compared = 0;

  /// agree/compared, or empty when nothing was compared.
  ///
  /// Example: `agreement_count{3, 4}.rate() == 0.75`.
  [[nodiscard]] std::optional<double> rate() const noexcept {
    if (compared == 0) return std::nullopt;
    return static_cast<double>(agree) / static_cast<double>(compared);
  }
};

/// A method the comparison leaves out, and why.
struct method_not_compared {
  std::string name;
  std::string reason;
};

/// The whole comparison.
struct method_comparison {
  const report_model* model = nullptr;
  comparison_options options;
  std::vector<comparison_row> rows;  ///< one per model row (or listed row), in the model's order
  agreement_count overall;           ///< rows where every assessable verdict is the same
  /// pairs[i][j]: methods i and j (in `compared_methods` order) on the rows both could assess.
  std::array<std::array<agreement_count, compared_method_count>, compared_method_count> pairs{};
  std::array<std::size_t, compared_method_count> base_year_changes{};  ///< rows sensitive, per method
  std::array<std::size_t, compared_method_count> threshold_changes{};  ///< rows sensitive, per method
  std::vector<method_not_compared> not_compared;
};

namespace detail::comparison {

inline std::string num(double v, int decimals = 3) {
  std::string s = format_fixed(v, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

inline std::string pct(double v) { return num(100.0 * v, 2) + "%"; }

// Every non-zero cut-off moved by `step` times its magnitude, up (`sign` = +1) or down (−1).
inline progress_thresholds moved(progress_thresholds t, double step, int sign) {
  const auto move = [&](double& x) {
    if (x != 0.0) x += sign * step * std::abs(x);
  };
  move(t.on_track);
  move(t.moderate);
  move(t.insufficient);
  move(t.cs_on_track);
  move(t.cs_moderate);
  move(t.cs_moving_away);
  move(t.growth_on_track);
  move(t.growth_moderate);
  move(t.growth_insufficient);
  return t;
}

// Whether the row's target can be assessed at all (the model's own conditions).
inline bool assessable_target(const indicator_row& r) {
  return !r.no_data && r.target && r.why != not_assessable_reason::no_numeric_target;
}

inline assessment run(const indicator_row& r, math::observation base,
                      const assessment_options& o) {
  const math::milestone g{r.target_year, r.target->kind, r.target->value, r.target->upper};
  return math::assess(g, base, r.series, r.indicator->dir, o);
}

// "≥ 0.95" or "< 0.6": the cut-off the number met (or missed) for its status.
inline std::string cut_text(double x, progress_status s, double on, double mod, double ins) {
  switch (s) {
    case progress_status::on_track: return "≥ " + num(on);
    case progress_status::moderate_progress: return "< " + num(on) + ", ≥ " + num(mod);
    case progress_status::insufficient_progress: return "< " + num(mod) + ", ≥ " + num(ins);
    case progress_status::moving_away: return "< " + num(ins);
    default: return x >= on ? "≥ " + num(on) : "< " + num(on);
  }
}

inline method_verdict verdict_of(const indicator_row& r, const assessment& a,
                                 const assessment_options& o) {
  method_verdict v;
  v.method = o.method;
  v.status = a.status;
  const std::string name(to_string(o.method));
  const std::string status(to_string(a.status));
  const auto& t = o.thresholds;
  if (a.status == progress_status::not_assessable) {
    v.explanation = name + " not assessable: " + a.reason;
    return v;
  }
  if (a.kind == target_kind::direction_only) {
    v.measure = a.observed_rate;
    v.measure_name = "observed_cagr";
    const double c = a.limit_factor.value_or(1.0);
    const auto scaled = [&](double x) { return x > 0 ? x * c : x; };
    v.explanation = name + " " + status + ": no numeric target, observed growth " +
                    (a.observed_rate ? pct(*a.observed_rate) : std::string("—")) +
                    "/yr against fixed rates " + pct(scaled(t.growth_on_track)) + " / " +
                    pct(scaled(t.growth_moderate)) + " / " + pct(scaled(t.growth_insufficient));
    return v;
  }
  // A met target or a threshold check (no change asked for): the same rule for every method.
  if (a.status == progress_status::achieved || a.basis.rfind("threshold check", 0) == 0) {
    v.measure = o.method == assessment_method::escap ? a.anticipated_status : a.ratio;
    if (v.measure) v.measure_name = o.method == assessment_method::escap ? "anticipated_status" : "ratio";
    v.explanation = name + " " + status + ": " + a.basis;
    if (a.current_value && a.target_value)
      v.explanation += " (" + exact_text(a.current_value) + " against " +
                       exact_text(a.target_value) + ")";
    return v;
  }
  if (o.method != assessment_method::escap && !a.ratio) {
    v.explanation = name + " " + status + ": " + a.basis;
    return v;
  }
  const double x = a.ratio.value_or(0.0);
  switch (o.method) {
    case assessment_method::statcan:
    case assessment_method::eurostat:
      v.measure = x;
      v.measure_name = "growth_ratio";
      v.explanation = name + " " + status + ": ratio of observed to required compound growth " +
                      (a.observed_rate ? pct(*a.observed_rate) : std::string("—")) + " / " +
                      (a.required_rate ? pct(*a.required_rate) : std::string("—")) + " = " +
                      num(x) + " (" + cut_text(x, a.status, t.on_track, t.moderate, t.insufficient) +
                      ")";
      break;
    case assessment_method::sdsn:
      v.measure = x;
      v.measure_name = "step_ratio";
      v.explanation = name + " " + status + ": ratio of observed to required linear change per year " +
                      num(x) + " (" + cut_text(x, a.status, t.on_track, t.moderate, t.insufficient) +
                      ")";
      break;
    case assessment_method::nbs:
      v.measure = x;
      v.measure_name = "realisation_gain_ratio";
      v.explanation = name + " " + status +
                      ": realisation degree gained per year against the gain required " + num(x) +
                      (a.realisation ? " (now " + num(*a.realisation, 1) + " of 100)" : std::string()) +
                      " (" + cut_text(x, a.status, t.on_track, t.moderate, t.insufficient) + ")";
      break;
    case assessment_method::escap:
      v.measure = a.anticipated_status;
      v.measure_name = "anticipated_status";
      break;
  }
  if (o.method == assessment_method::escap) {
    const std::string cs = a.anticipated_status ? num(*a.anticipated_status, 2) : "—";
    std::string cut;
    switch (a.status) {
      case progress_status::on_track: cut = "> " + num(t.cs_on_track); break;
      case progress_status::moving_away: cut = "≤ " + num(t.cs_moving_away); break;
      default: cut = "≤ " + num(t.cs_on_track) + ", > " + num(t.cs_moving_away);
    }
    v.explanation = name + " " + status + ": current-status index of the value projected to " +
                    std::to_string(r.target_year) + " (" + value_text(a.projected_value) +
                    ") CS " + cs + " (" + cut + ")";
  }
  return v;
}

// Why the verdicts differ: the approach of each side, with the numbers, grouped by status.
inline std::string disagreement_text(const comparison_row& c) {
  std::string out;
  for (const method_verdict& v : c.verdicts) {
    if (v.no_data) continue;
    if (!out.empty()) out += "; ";
    out += v.explanation;
  }
  return out;
}

// The rows' observations per region in the latest year, for OECD's σ.
inline void fill_oecd(comparison_row& c, std::span<const io::observation_record> peers) {
  const indicator_row& r = *c.row;
  if (!r.latest_value || !r.latest_year || !r.aim) {
    c.oecd_note = "no latest value or no numeric target";
    return;
  }
  if (peers.empty()) {
    c.oecd_note = "no peer observations given for σ";
    return;
  }
  std::map<std::string_view, double> by_region;
  for (const io::observation_record& o : peers)
    if (o.indicator == r.indicator->id && o.year == *r.latest_year && std::isfinite(o.value))
      by_region[o.region] = o.value;
  if (by_region.size() < 3) {
    c.oecd_note = "σ needs at least 3 regions observed in " + std::to_string(*r.latest_year) +
                  ", found " + std::to_string(by_region.size());
    return;
  }
  double mean = 0.0;
  for (const auto& [region, v] : by_region) mean += v;
  mean /= static_cast<double>(by_region.size());
  double ss = 0.0;
  for (const auto& [region, v] : by_region) ss += (v - mean) * (v - mean);
  const double sigma = std::sqrt(ss / static_cast<double>(by_region.size() - 1));
  if (!(sigma > 0) || !std::isfinite(sigma)) {
    c.oecd_note = "σ is 0: every region has the same value";
    return;
  }
  try {
    c.oecd_sigma = sigma;
    const double d = math::standardised_distance(*r.latest_value, *r.aim, sigma, r.indicator->dir);
    if (std::isfinite(d)) c.oecd_distance = d;
  } catch (const prosper::error& e) {
    c.oecd_sigma.reset();
    c.oecd_note = e.what();
  }
}

}  // namespace detail::comparison

/// Every method side by side on the rows of `m` (layout and rules in the file comment). `peers`
/// are observations for OECD's σ across regions (typically the same observations the model was
/// built from); without them the OECD distance is left empty. The model must outlive the result.
///
/// Example:
/// ```
/// auto model = build_report_model(plan, relations, data.observations);
/// auto cmp = compare_methods(model, {}, data.observations);
/// // cmp.overall.rate(): the share of indicators on which every method agrees
/// ```
/// Throws `argument_error` for a negative or non-finite `band_step`.
inline method_comparison compare_methods(const report_model& m,
                                         const comparison_options& options = {},
                                         std::span<const io::observation_record> peers = {}) {
  namespace d = detail::comparison;
  if (!(options.band_step >= 0) || !std::isfinite(options.band_step))
    throw prosper::argument_error("prosper::report::compare_methods: band_step must be a finite "
                                  "number ≥ 0, got " + format_number(options.band_step));
  constexpr std::size_t n = compared_method_count;
  method_comparison out;
  out.model = &m;
  out.options = options;
  out.not_compared.push_back(
      {"unsd_progress_chart",
       "the UN Statistics Division's SDG Progress Chart rule: its published thresholds (SDG "
       "Progress Chart Technical Note) could not be read in the stored copies, so it is not "
       "guessed"});
  out.rows.reserve(m.rows.size());
  for (const indicator_row& r : m.rows) {
    if (options.listed_rows_only && !m.region_summaries.empty() && m.plan &&
        r.region != m.plan->region_zh)
      continue;
    comparison_row c;
    c.row = &r;
    const bool can = d::assessable_target(r) && r.baseline_value && r.baseline_year;
    for (std::size_t k = 0; k < n; ++k) {
      const assessment_method method = compared_methods[k];
      method_verdict& v = c.verdicts[k];
      v.method = method;
      if (r.no_data) {
        v.no_data = true;
        v.explanation = std::string(to_string(method)) + ": no observations";
        continue;
      }
      if (!can) {
        v.explanation = std::string(to_string(method)) + " not assessable: " +
                        reason_text(r, language::en);
        continue;
      }
      const assessment_options o = assessment_options_for(*r.indicator, method);
      const assessment a = d::run(r, {*r.baseline_year, *r.baseline_value}, o);
      v = d::verdict_of(r, a, o);
      if (v.assessed()) ++c.assessed;
    }

    // Agreement.
    if (c.assessed >= 2) {
      std::map<progress_status, std::size_t> votes;
      for (const method_verdict& v : c.verdicts)
        if (v.assessed()) ++votes[v.status];
      c.agree = votes.size() == 1;
      std::size_t best = 0;
      for (const method_verdict& v : c.verdicts)
        if (v.assessed() && votes[v.status] > best) {
          best = votes[v.status];
          c.majority = v.status;
        }
      ++out.overall.compared;
      if (*c.agree) ++out.overall.agree;
      else c.disagreement = d::disagreement_text(c);
    }
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) {
        const method_verdict &a = c.verdicts[i], &b = c.verdicts[j];
        if (!a.assessed() || !b.assessed()) continue;
        ++out.pairs[i][j].compared;
        if (a.status == b.status) ++out.pairs[i][j].agree;
      }

    // Sensitivity to the base year: every year of the series with a later observation, and the
    // model's own baseline.
    if (can && options.base_years) {
      std::map<int, std::pair<double, baseline_origin>> bases;
      const int last = r.series.empty() ? *r.baseline_year : r.series.back().year;
      for (const math::observation& o : r.series)
        if (o.year < last && o.year < r.target_year)
          bases[o.year] = {o.value, baseline_origin::observation};
      bases[*r.baseline_year] = {*r.baseline_value, r.baseline};
      for (const auto& [year, vo] : bases) {
        base_year_verdicts b;
        b.year = year;
        b.value = vo.first;
        b.origin = vo.second;
        b.is_default = year == *r.baseline_year;
        for (std::size_t k = 0; k < n; ++k) {
          if (b.is_default) {
            b.status[k] = c.verdicts[k].status;
            continue;
          }
          const assessment a = d::run(r, {year, vo.first},
                                      assessment_options_for(*r.indicator, compared_methods[k]));
          b.status[k] = a.status;
          const bool both = a.status != progress_status::not_assessable && c.verdicts[k].assessed();
          if (both && a.status != c.verdicts[k].status) c.base_year_sensitive[k] = true;
        }
        c.base_years.push_back(b);
      }
      if (c.base_years.size() < 2) c.base_years.clear();  // nothing to vary
    }

    // Sensitivity to the band thresholds.
    if (can && options.thresholds) {
      c.thresholds_tried = true;
      for (std::size_t k = 0; k < n; ++k) {
        for (int sign : {+1, -1}) {
          assessment_options o = assessment_options_for(*r.indicator, compared_methods[k]);
          o.thresholds = d::moved(o.thresholds, options.band_step, sign);
          const progress_status s =
              d::run(r, {*r.baseline_year, *r.baseline_value}, o).status;
          (sign > 0 ? c.stricter : c.looser)[k] = s;
          if (c.verdicts[k].assessed() && s != progress_status::not_assessable &&
              s != c.verdicts[k].status)
            c.threshold_sensitive[k] = true;
        }
      }
    } else {
      for (std::size_t k = 0; k < n; ++k) c.stricter[k] = c.looser[k] = c.verdicts[k].status;
    }
    for (std::size_t k = 0; k < n; ++k) {
      if (c.base_year_sensitive[k]) ++out.base_year_changes[k];
      if (c.threshold_sensitive[k]) ++out.threshold_changes[k];
    }

    d::fill_oecd(c, peers);
    out.rows.push_back(std::move(c));
  }
  return out;
}

// ---- Rendering --------------------------------------------------------------------------------

namespace detail::comparison {

inline std::string w(label x, language lang) { return std::string(label_text(x, lang)); }

inline std::string rate_cell(const agreement_count& a) {
  const auto r = a.rate();
  if (!r) return std::string(empty_text);
  return format_fixed(100.0 * *r, 0) + "% (" + std::to_string(a.agree) + "/" +
         std::to_string(a.compared) + ")";
}

inline std::string status_cell(const method_verdict& v, language lang) {
  if (v.no_data) return std::string(status_text(status_bucket_count - 1, lang));
  return std::string(status_text(static_cast<std::size_t>(v.status), lang));
}

inline std::string status_word(progress_status s, language lang) {
  return std::string(status_text(static_cast<std::size_t>(s), lang));
}

inline bool several_regions(const method_comparison& c) {
  for (const comparison_row& r : c.rows)
    if (r.row->region != c.rows.front().row->region) return true;
  return false;
}

// "sdsn, escap" or "stable".
inline std::string sensitive_cell(const std::array<bool, compared_method_count>& s, bool tried,
                                  language lang) {
  if (!tried) return std::string(empty_text);
  std::string out;
  for (std::size_t k = 0; k < compared_method_count; ++k)
    if (s[k]) out += (out.empty() ? "" : ", ") + std::string(method_short_name(compared_methods[k]));
  return out.empty() ? w(label::cmp_stable, lang) : out;
}

inline std::string row_label(const method_comparison& c, const comparison_row& r, bool regions,
                             language lang) {
  std::string s = r.row->indicator->id;
  if (regions) s += " · " + region_text(*c.model->plan, r.row->region, lang);
  return s + " " + name_text(*r.row->indicator, lang);
}

inline std::vector<std::string> table_header(bool regions, language lang) {
  std::vector<std::string> h = {std::string(label_text(label::id, lang))};
  if (regions) h.emplace_back(label_text(label::region, lang));
  for (assessment_method m : compared_methods) h.emplace_back(method_short_name(m));
  h.push_back(w(label::cmp_agree, lang));
  h.push_back(w(label::cmp_base_year, lang));
  h.push_back(w(label::cmp_thresholds, lang));
  h.push_back(w(label::cmp_oecd_distance, lang));
  h.emplace_back(label_text(label::indicator, lang));
  return h;
}

// The rows with data; rows without any observation are counted, not listed.
inline std::vector<std::vector<std::string>> table_rows(const method_comparison& c, bool regions,
                                                        std::size_t& without_data) {
  const language lang = c.model->options.lang;
  std::vector<std::vector<std::string>> rows;
  without_data = 0;
  for (const comparison_row& r : c.rows) {
    if (r.row->no_data) {
      ++without_data;
      continue;
    }
    std::vector<std::string> row = {r.row->indicator->id};
    if (regions) row.push_back(region_text(*c.model->plan, r.row->region, lang));
    for (const method_verdict& v : r.verdicts) row.push_back(status_cell(v, lang));
    row.push_back(r.agree ? w(*r.agree ? label::cmp_yes : label::cmp_no, lang) : std::string(empty_text));
    row.push_back(sensitive_cell(r.base_year_sensitive, !r.base_years.empty(), lang));
    row.push_back(sensitive_cell(r.threshold_sensitive, r.thresholds_tried, lang));
    row.push_back(r.oecd_distance ? num(*r.oecd_distance, 2) : std::string(empty_text));
    row.push_back(name_text(*r.row->indicator, lang));
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::vector<std::string> pair_header(language lang) {
  std::vector<std::string> h = {w(label::cmp_pairs, lang)};
  for (assessment_method m : compared_methods) h.emplace_back(method_short_name(m));
  return h;
}

inline std::vector<std::vector<std::string>> pair_rows(const method_comparison& c) {
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < compared_method_count; ++i) {
    std::vector<std::string> row = {std::string(method_short_name(compared_methods[i]))};
    for (std::size_t j = 0; j < compared_method_count; ++j)
      row.push_back(i == j ? std::string(empty_text) : rate_cell(c.pairs[i][j]));
    rows.push_back(std::move(row));
  }
  return rows;
}

// One line per row whose verdict changes with the base year: "2021: StatCan on track, …".
inline std::string base_year_line(const method_comparison& c, const comparison_row& r,
                                  bool regions, language lang) {
  std::string out = row_label(c, r, regions, lang) + ": ";
  for (std::size_t b = 0; b < r.base_years.size(); ++b) {
    const base_year_verdicts& by = r.base_years[b];
    out += (b ? " | " : "") + std::to_string(by.year) + " (" + exact_text(by.value) +
           (by.origin == baseline_origin::plan_milestone ? ", " + w(label::cmp_plan_base, lang) : "") +
           (by.is_default ? ", *" : "") + ")";
    for (std::size_t k = 0; k < compared_method_count; ++k)
      out += (k ? ", " : " ") + std::string(method_short_name(compared_methods[k])) + " " +
             status_word(by.status[k], lang);
  }
  return out;
}

// One line per row whose verdict changes with the cut-offs: "SDSN moderate → on track (looser)".
inline std::string threshold_line(const method_comparison& c, const comparison_row& r,
                                  bool regions, language lang) {
  std::string out = row_label(c, r, regions, lang) + ": ";
  bool first = true;
  for (std::size_t k = 0; k < compared_method_count; ++k) {
    if (!r.threshold_sensitive[k]) continue;
    const progress_status was = r.verdicts[k].status;
    for (int side = 0; side < 2; ++side) {
      const progress_status now = side == 0 ? r.stricter[k] : r.looser[k];
      if (now == was || now == progress_status::not_assessable) continue;
      out += (first ? "" : "; ") + std::string(method_short_name(compared_methods[k])) + " " +
             status_word(was, lang) + " → " + status_word(now, lang) + " (" +
             w(side == 0 ? label::cmp_stricter : label::cmp_looser, lang) + ")";
      first = false;
    }
  }
  return out;
}

struct sections {
  std::vector<std::string> disagreements, base_years, thresholds;
};

inline sections lists(const method_comparison& c, bool regions) {
  const language lang = c.model->options.lang;
  sections s;
  for (const comparison_row& r : c.rows) {
    if (r.agree && !*r.agree)
      s.disagreements.push_back(row_label(c, r, regions, lang) + ": " + r.disagreement);
    if (std::any_of(r.base_year_sensitive.begin(), r.base_year_sensitive.end(),
                    [](bool b) { return b; }))
      s.base_years.push_back(base_year_line(c, r, regions, lang));
    if (std::any_of(r.threshold_sensitive.begin(), r.threshold_sensitive.end(),
                    [](bool b) { return b; }))
      s.thresholds.push_back(threshold_line(c, r, regions, lang));
  }
  return s;
}

inline std::string summary_line(const method_comparison& c) {
  const language lang = c.model->options.lang;
  return w(label::cmp_agreement, lang) + ": " + w(label::cmp_overall, lang) + " " +
         rate_cell(c.overall) + " · " + std::string(label_text(label::as_of, lang)) + ": " +
         std::to_string(c.model->as_of_year) + " · " + w(label::cmp_thresholds, lang) + " ±" +
         num(100.0 * c.options.band_step, 2) + "%";
}

inline std::string not_compared_line(const method_comparison& c) {
  std::string out;
  for (const method_not_compared& x : c.not_compared)
    out += (out.empty() ? "" : "; ") + x.name + ": " + x.reason;
  return out;
}

}  // namespace detail::comparison

/// The CSV header row of `comparison_csv`, exactly.
inline constexpr std::string_view comparison_csv_header =
    "indicator,region,name_zh,name_en,scenario,base_year,base_value,band_step,method,status,"
    "measure,measure_name,agree,explanation";

/// The comparison as CSV, one line per verdict: for each row and method the default verdict
/// (scenario `default`, with its measure, whether the methods agree on the row, and the
/// explanation), then one line per other base year (`base_year`) and per moved cut-off
/// (`stricter`, `looser`, with the signed `band_step`). RFC 4180 quoting, "\n" line ends; text
/// cells through `csv_text` (a formula-like start neutralised), numbers through `csv_field`.
///
/// Example: `comparison_csv(cmp)` starts with `comparison_csv_header` and a newline.
inline std::string comparison_csv(const method_comparison& c) {
  namespace d = detail::comparison;
  std::string out(comparison_csv_header);
  out += "\n";
  const auto line = [&](const comparison_row& r, std::string_view scenario, std::optional<int> year,
                        std::optional<double> value, std::optional<double> step,
                        assessment_method method, std::string_view status,
                        const std::optional<double>& measure, std::string_view measure_name,
                        std::string_view agree, std::string_view explanation) {
    const plan::indicator& ind = *r.row->indicator;
    out += csv_text(ind.id) + ',' + csv_text(r.row->region) + ',' + csv_text(ind.name_zh) + ',' +
           csv_text(ind.name_en) + ',' + csv_field(scenario) + ',' +
           (year ? std::to_string(*year) : std::string()) + ',' +
           csv_field(value ? format_number(*value) : std::string()) + ',' +
           csv_field(step ? format_number(*step) : std::string()) + ',' +
           csv_field(to_string(method)) + ',' + csv_field(status) + ',' +
           csv_field(measure && std::isfinite(*measure) ? format_number(*measure) : std::string()) +
           ',' + csv_field(measure_name) + ',' + csv_field(agree) + ',' + csv_text(explanation) +
           "\n";
  };
  for (const comparison_row& r : c.rows) {
    const std::string agree = r.agree ? (*r.agree ? "true" : "false") : "";
    for (std::size_t k = 0; k < compared_method_count; ++k) {
      const method_verdict& v = r.verdicts[k];
      line(r, "default", r.row->baseline_year, r.row->baseline_value, std::nullopt, v.method,
           v.no_data ? std::string_view("no_data") : to_string(v.status), v.measure,
           v.measure_name, agree, v.explanation);
    }
    for (const base_year_verdicts& b : r.base_years) {
      if (b.is_default) continue;
      for (std::size_t k = 0; k < compared_method_count; ++k)
        line(r, "base_year", b.year, b.value, std::nullopt, compared_methods[k],
             to_string(b.status[k]), std::nullopt, "", "", "");
    }
    if (!r.thresholds_tried) continue;
    for (int side = 0; side < 2; ++side)
      for (std::size_t k = 0; k < compared_method_count; ++k)
        line(r, side == 0 ? "stricter" : "looser", r.row->baseline_year, r.row->baseline_value,
             side == 0 ? c.options.band_step : -c.options.band_step, compared_methods[k],
             to_string(side == 0 ? r.stricter[k] : r.looser[k]), std::nullopt, "", "", "");
  }
  return out;
}

/// The comparison as aligned terminal text in the model's language: the verdicts table (rows
/// with data), the summary line, the pairwise agreement, then the disagreements with their
/// reasons and the verdicts that move with the base year or the cut-offs.
///
/// Example: `std::cout << comparison_text(cmp);`
inline std::string comparison_text(const method_comparison& c) {
  namespace d = detail::comparison;
  const language lang = c.model->options.lang;
  const bool regions = d::several_regions(c);
  std::size_t without_data = 0;
  const auto rows = d::table_rows(c, regions, without_data);
  std::string out;
  if (!rows.empty()) out += detail::text_table(d::table_header(regions, lang), rows) + "\n";
  if (without_data > 0)
    out += std::to_string(without_data) + " " + d::w(label::cmp_without_data, lang) + "\n";
  out += d::summary_line(c) + "\n\n";
  out += detail::text_table(d::pair_header(lang), d::pair_rows(c)) + "\n";
  const d::sections s = d::lists(c, regions);
  const auto list = [&](label title, const std::vector<std::string>& lines) {
    out += "\n" + d::w(title, lang) + ":\n";
    if (lines.empty()) out += "  " + d::w(label::cmp_stable, lang) + "\n";
    for (const std::string& l : lines) out += "  " + printable(l) + "\n";
  };
  out += "\n" + d::w(label::cmp_disagreements, lang) + ":\n";
  if (s.disagreements.empty()) out += "  " + d::w(label::cmp_none_differ, lang) + "\n";
  for (const std::string& l : s.disagreements) out += "  " + printable(l) + "\n";
  list(label::cmp_changes_with_base, s.base_years);
  list(label::cmp_changes_with_bands, s.thresholds);
  out += "\n" + d::w(label::cmp_not_compared, lang) + ": " + printable(d::not_compared_line(c)) + "\n";
  return out;
}

/// The comparison as Markdown in the model's language (the same parts as `comparison_text`).
///
/// Example: `comparison_markdown(cmp)` starts with "| 编号 |" for a Chinese model.
inline std::string comparison_markdown(const method_comparison& c) {
  namespace d = detail::comparison;
  const language lang = c.model->options.lang;
  const bool regions = d::several_regions(c);
  std::size_t without_data = 0;
  const auto rows = d::table_rows(c, regions, without_data);
  std::string out;
  if (!rows.empty()) out += detail::markdown_table(d::table_header(regions, lang), rows) + "\n";
  if (without_data > 0)
    out += std::to_string(without_data) + " " + d::w(label::cmp_without_data, lang) + "\n\n";
  out += escape_markdown(d::summary_line(c), markdown_context::block_start) + "\n\n";
  out += detail::markdown_table(d::pair_header(lang), d::pair_rows(c)) + "\n";
  const d::sections s = d::lists(c, regions);
  const auto list = [&](label title, const std::vector<std::string>& lines,
                        label when_empty) {
    out += "\n" + escape_markdown(d::w(title, lang), markdown_context::block_start) + ":\n\n";
    if (lines.empty()) out += escape_markdown(d::w(when_empty, lang), markdown_context::block_start) + "\n";
    for (const std::string& l : lines)
      out += "- " + escape_markdown(l, markdown_context::block_start) + "\n";
  };
  list(label::cmp_disagreements, s.disagreements, label::cmp_none_differ);
  list(label::cmp_changes_with_base, s.base_years, label::cmp_stable);
  list(label::cmp_changes_with_bands, s.thresholds, label::cmp_stable);
  out += "\n" + escape_markdown(d::w(label::cmp_not_compared, lang) + ": " + d::not_compared_line(c),
                                markdown_context::block_start) +
         "\n";
  return out;
}

}  // namespace prosper::report
