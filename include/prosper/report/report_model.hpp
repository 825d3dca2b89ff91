#pragma once
// The report model: everything an assessment report shows, computed once from a plan, its
// relations and a set of observations, so that the HTML, Markdown and table renderers only
// format. A custom report is a different selection in `report_options` and a different renderer,
// never a second copy of the math.
//
// What the model holds, per indicator and region:
// - the plan's target(s) and what they require (`plan::required_change`);
// - the baseline the assessment starts from, and where it came from. The plan's base-year column
//   is a target the plan set (Lishui's, issued in February 2022, sets 2022's), not a measurement,
//   so an observation for the base year is preferred when one exists; otherwise the plan's base
//   milestone is used (for the plan's own region only: a county has no milestone of its own);
//   failing both, the first observation after the base year stands in. `baseline_origin` records
//   which;
// - the latest observation up to the as-of year and its year, the observed rate, the rate
//   required from the baseline and from now, the value projected to the target year, the
//   probability of reaching the target where a volatility can be estimated (three or more
//   observations), the gap, and the status from `math::assess` with the chosen method's preset;
// - indicators without observations are kept as "no data", never dropped, so a reader sees what
//   is not being measured.
// Then a summary by category (counts per status), the ratio-constraint panels and the plan's
// consistency audit. The panels come from the relations the plan declares — a weighted-mean
// ratio (urban/rural income), a max/min over the sub-regions, a ratio to a reference region —
// and the regions it declares with their levels, never from indicator or region names, so that
// any plan gets them; the values they compute for the plan's region also rate those rows.
//
// Numbers are optionals: an empty optional means "not defined or not computed", and nothing
// non-finite is ever stored, so renderers print "—" and never "NaN".
//
// The model points into the plan and copies what it needs from the observations: the plan must
// outlive the model, the observations need not.

#include <Eigen/Core>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/direction.hpp"
#include "prosper/format.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/math/achievement.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/probability.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/plan/required_change.hpp"
#include "prosper/quantity.hpp"
#include "prosper/report/messages.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/ratio/weighted_mean.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::report {

/// Which parts of a report to compute and render. Leaving out the audit or the ratio panel also
/// skips their computation, which is what `prosper assess` does.
///
/// Example: `report_sections s; s.charts = false; s.audit = false;` for a short county report.
struct report_sections {
  bool summary = true;      ///< counts per status by category
  bool indicators = true;   ///< one line per indicator and region
  bool charts = true;       ///< an SVG chart per numeric indicator (HTML only)
  bool ratio_panel = true;  ///< the ratio panels of the plan's declared relations
  bool rollup = true;       ///< roll-ups by category and the schedule view (按时序进度)
  bool evaluation = true;   ///< the mid-term or final evaluation (evaluation_view.hpp)
  bool audit = true;        ///< the plan's consistency audit
  bool sources = true;      ///< where the observations come from
  /// Every method side by side (method_comparison.hpp), HTML only and only with observations
  bool method_comparison = true;
};

/// The sizes past which a report summarises instead of listing, so that its size stays bounded
/// whatever the plan and the data (issue 14): with the defaults the HTML report for 10⁴
/// indicators or 10⁴ regions stays under 5 MB. The machine formats (`prosper assess` as CSV and
/// JSON) are never summarised.
///
/// Example: `report_options o; o.limits.charts = 0;` for a report without charts.
struct report_limits {
  /// Indicator rows (indicators × regions) shown with every column; beyond, a compact table
  /// (id, name, latest, target, required from now, status) of every row.
  std::size_t full_rows = 300;
  /// Indicator rows that get a chart each; beyond, no per-indicator chart (a note says why).
  std::size_t charts = 200;
  /// Regions listed row by row, in the indicator table and the urban/rural panel; beyond, the
  /// plan's own region is listed and the others collapse into a distribution (count, quartiles,
  /// status counts) with the lowest and highest regions named.
  std::size_t regions = 50;
  /// Categories in the summary; beyond, the smaller ones are added up in one line.
  std::size_t categories = 60;
  /// Audit findings listed; beyond, the ones that hold are counted, not listed.
  std::size_t findings = 200;
  /// Distinct sources listed; beyond, counted.
  std::size_t sources = 50;
  /// A source or a region name longer than this many bytes is cut, with its length.
  std::size_t text_bytes = 300;
};

/// What a report covers and how it assesses.
///
/// Example: `report_options o; o.method = assessment_method::eurostat; o.lang = language::en;
/// o.indicators = {"2", "3", "17"};`.
struct report_options {
  assessment_method method = assessment_method::statcan;
  /// Observations after this year are ignored; empty means the latest year in the data (or the
  /// plan's base year when there is no data).
  std::optional<int> as_of;
  language lang = language::zh;
  /// Indicator ids to include; empty means every indicator of the plan, in table order.
  std::vector<std::string> indicators;
  /// Categories to include, by their Chinese or English name; empty means all.
  std::vector<std::string> categories;
  /// Regions to assess; empty means the plan's own region (`plan::region_zh`). Other regions are
  /// assessed against the plan's targets from their own base-year observation.
  std::vector<std::string> regions;
  /// The sub-regions (counties) whose values make the max/min ratios. Empty means the regions
  /// the plan declares below its own (`plan::sub_regions`).
  std::vector<std::string> sub_regions;
  report_sections sections{};
  /// The evaluation's stage; empty means final once the as-of year reaches the plan's latest
  /// target year, mid-term before (`evaluation_stage_of`).
  std::optional<math::evaluation_stage> evaluation;
  /// A title for the report; empty means the plan's name in the chosen language.
  std::string title;
  /// Past these sizes a report summarises instead of listing (`report_limits`).
  report_limits limits{};
};

/// Where an assessment's baseline came from.
///
/// Example: `baseline_origin::plan_milestone` for Lishui row 2 without a 2022 observation.
enum class baseline_origin {
  observation,        ///< an observation for the plan's base year
  plan_milestone,     ///< the plan's base-year milestone (a target of the plan, not a measurement)
  later_observation,  ///< the first observation after the base year, standing in for it
  none,               ///< no baseline could be found
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(baseline_origin::plan_milestone) == "plan_milestone"`.
constexpr std::string_view to_string(baseline_origin b) noexcept {
  switch (b) {
    case baseline_origin::observation:
      return "observation";
    case baseline_origin::plan_milestone:
      return "plan_milestone";
    case baseline_origin::later_observation:
      return "later_observation";
    case baseline_origin::none:
      return "none";
  }
  return "none";
}

/// Why an indicator could not be assessed, in categories the renderers translate; `other` keeps
/// the math layer's own explanation in `indicator_row::reason`.
///
/// Example: `not_assessable_reason::no_data` for an indicator nobody has observed.
enum class not_assessable_reason {
  none,                       ///< it was assessed
  no_data,                    ///< no observation for this indicator and region
  no_numeric_target,          ///< the target is qualitative, external or unset
  no_baseline,                ///< neither a base-year observation nor a base milestone
  no_observation_after_base,  ///< every observation is in or before the base year
  other,                      ///< see `indicator_row::reason`
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(not_assessable_reason::no_data) == "no_data"`.
constexpr std::string_view to_string(not_assessable_reason r) noexcept {
  switch (r) {
    case not_assessable_reason::none:
      return "none";
    case not_assessable_reason::no_data:
      return "no_data";
    case not_assessable_reason::no_numeric_target:
      return "no_numeric_target";
    case not_assessable_reason::no_baseline:
      return "no_baseline";
    case not_assessable_reason::no_observation_after_base:
      return "no_observation_after_base";
    case not_assessable_reason::other:
      return "other";
  }
  return "other";
}

/// Why no probability of reaching the target was computed.
///
/// Example: `probability_gap::too_few_observations` for a series of two values.
enum class probability_gap {
  none,                  ///< a probability was computed
  too_few_observations,  ///< a volatility needs three observations from the base year on
  non_positive,          ///< kept for readers of older output; no longer produced
  no_numeric_target,     ///< nothing numeric to reach
  target_year_reached,   ///< the latest observation is already in or after the target year
  no_direction,          ///< a neutral indicator has no side of the target to be on
  no_verdict,            ///< the status could not be assessed, so neither can its uncertainty
  no_trend_model,        ///< the trend could not be modelled (see the status's warnings)
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(probability_gap::too_few_observations) == "too_few_observations"`.
constexpr std::string_view to_string(probability_gap g) noexcept {
  switch (g) {
    case probability_gap::none:
      return "none";
    case probability_gap::too_few_observations:
      return "too_few_observations";
    case probability_gap::non_positive:
      return "non_positive";
    case probability_gap::no_numeric_target:
      return "no_numeric_target";
    case probability_gap::target_year_reached:
      return "target_year_reached";
    case probability_gap::no_direction:
      return "no_direction";
    case probability_gap::no_verdict:
      return "no_verdict";
    case probability_gap::no_trend_model:
      return "no_trend_model";
  }
  return "none";
}

/// How the value in the target year was projected.
///
/// Example: `projection_basis::observed_trend` when the data all predate the base year.
enum class projection_basis {
  none,            ///< no projection
  assessment,      ///< by the assessment method (constant CAGR, linear or ESCAP weighted)
  observed_trend,  ///< the compound rate between the first and last observation, continued
};

/// The statuses plus "no data", the buckets a summary counts. `no_data` rows are not counted as
/// `not_assessable`, so every row is in exactly one bucket.
inline constexpr std::size_t status_bucket_count = 7;

/// Counts of rows per bucket: the six `progress_status` values in declaration order, then
/// "no data".
///
/// Example: `counts[static_cast<std::size_t>(progress_status::on_track)]`.
struct status_counts {
  std::array<std::size_t, status_bucket_count> counts{};
  std::size_t total = 0;

  /// The count of one status.
  ///
  /// Example: `totals.of(progress_status::achieved)`.
  [[nodiscard]] std::size_t of(progress_status s) const noexcept {
    return counts[static_cast<std::size_t>(s)];
  }
  /// The count of rows without any observation.
  ///
  /// Example: `totals.no_data()`.
  [[nodiscard]] std::size_t no_data() const noexcept { return counts[status_bucket_count - 1]; }
};

/// One indicator in one region: the plan's target, the data and the verdict.
///
/// Example: Lishui row 2 with published data: target 57000 元 (2025), latest 42042 (2021),
/// baseline 44400 from the plan milestone, status not_assessable (no observation after 2022).
struct indicator_row {
  const plan::indicator* indicator = nullptr;  ///< points into the model's plan
  std::string region;
  bool plan_region = true;  ///< the plan's own region, whose targets these are

  // The plan.
  int base_year = 0;
  int target_year = 0;
  const math::milestone* target = nullptr;  ///< the target-year milestone; nullptr if none
  const math::milestone* base = nullptr;    ///< the base-year milestone; nullptr if none
  std::optional<double> aim;                ///< the value aimed at (bound, point, kept level)
  plan::required_change_result required;    ///< what the plan requires from its own baseline

  // The data, up to the as-of year, in year order.
  std::vector<math::observation> series;
  std::optional<int> latest_year;
  std::optional<double> latest_value;
  std::string latest_source;  ///< the `source` of the latest observation, verbatim

  // The baseline the assessment starts from.
  baseline_origin baseline = baseline_origin::none;
  std::optional<int> baseline_year;
  std::optional<double> baseline_value;

  // Derived numbers: rates are fractions per year, values in the indicator's unit.
  std::optional<double> observed_rate;           ///< CAGR over the observations used
  std::optional<int> observed_from_year;         ///< first year of `observed_rate`
  std::optional<double> required_rate;           ///< CAGR from the baseline to `aim`
  std::optional<double> required_rate_from_now;  ///< CAGR from the latest value to `aim`
  std::optional<double> required_step_from_now;  ///< change per year from the latest value
  std::optional<double> projected_value;         ///< in the target year
  projection_basis projection = projection_basis::none;
  std::optional<double> probability;  ///< of meeting the target in the target year, 0–1
  probability_gap probability_missing = probability_gap::none;
  /// The central 80 % predictive interval of the target-year value, with `probability`.
  std::optional<double> projected_lower;
  std::optional<double> projected_upper;
  /// Whether the status could flip within the 80 % interval of the trend it rests on, and the
  /// least and most favourable statuses there; empty when that could not be judged (fewer than
  /// three observations from the base year on).
  std::optional<bool> status_stable;
  std::optional<progress_status> status_worst;
  std::optional<progress_status> status_best;
  std::optional<double> gap;        ///< aim − latest, in the indicator's unit (0 inside a band)
  std::optional<double> gap_share;  ///< (aim − latest)/(aim − baseline): the share still to go

  // The verdict.
  progress_status status = progress_status::not_assessable;
  bool no_data = false;
  not_assessable_reason why = not_assessable_reason::none;
  std::string reason;  ///< the math layer's explanation when not assessable
  std::string basis;   ///< what the status rests on, in words
  std::vector<std::string> warnings;
  std::optional<double> ratio;  ///< the method's observed/required ratio, when it has one
};

/// Counts per status for one category of the plan's table.
struct category_summary {
  std::string category_zh;
  std::string category_en;
  status_counts counts;
};

/// A set of values across regions in one year or for one indicator, for summaries past
/// `report_limits::regions`: how many, the quartiles (linear interpolation between order
/// statistics, Hyndman and Fan's type 7, the default of R and NumPy) and the extremes named.
struct region_distribution {
  std::size_t count = 0;
  double min = 0.0, q1 = 0.0, median = 0.0, q3 = 0.0, max = 0.0;
  std::string lowest;   ///< the region with the smallest value (the first one on a tie)
  std::string highest;  ///< the region with the largest value (the first one on a tie)
  std::size_t outside_bound = 0;  ///< values outside the plan's bound in force, where one applies
};

/// The urban/rural ratios of one year across the regions, when there are too many to list.
struct urban_rural_year {
  int year = 0;
  region_distribution ratios;
};

/// One urban/rural income ratio: observed directly, or implied by overall and rural income and
/// the urbanisation rate (overall = u·urban + (1 − u)·rural).
struct urban_rural_point {
  std::string region;
  int year = 0;
  double ratio = 0.0;
  bool implied = false;              ///< computed from income and urbanisation rather than observed
  std::optional<bool> within_bound;  ///< against the bound in force that year; empty without one
};

/// A two-group ratio constraint (the urban/rural income ratio), from a `weighted_mean_ratio`
/// relation {ratio, mean, part, weight}: the plan's bound, what its own mean, part and weight
/// targets imply, what is required, and what the data show.
struct urban_rural_panel {
  const plan::indicator* ratio_indicator = nullptr;  ///< the ratio (Lishui's row 17)
  const plan::indicator* overall_income = nullptr;   ///< the overall mean (row 2)
  const plan::indicator* rural_income = nullptr;     ///< the part's mean (rural, row 3)
  const plan::indicator* urbanisation = nullptr;     ///< the other group's share (row 24)
  std::optional<double> base_bound;                  ///< the ratio's base milestone (2.0)
  std::optional<double> target_bound;                ///< the ratio's target milestone (1.95)
  int base_year = 0;
  int target_year = 0;
  std::optional<double> implied_base;           ///< from the plan's own base milestones of 2, 3, 24
  std::optional<double> implied_target;         ///< from their target milestones
  std::optional<double> required_ratio_change;  ///< CAGR of the ratio from base to target bound
  std::optional<double> rural_faster_by;        ///< (1+g_rural)/(1+g_urban) − 1 needed per year
  std::vector<urban_rural_point> observed;
  /// Per year, the ratios of every region: filled when the observed points span more regions
  /// than `report_limits::regions`, for renderers that then list only the plan's own region.
  std::vector<urban_rural_year> by_year;
};

/// One year's max/min ratio across sub-regions.
struct max_min_point {
  int year = 0;
  double ratio = 0.0;
  std::string highest;
  std::string lowest;
  std::size_t regions = 0;  ///< how many sub-regions had a value that year
  bool direct = false;      ///< an observation of the ratio itself, not computed from regions
  std::optional<bool> within_bound;
};

/// A max/min constraint (地区…最高最低倍差 ≤ 1.5), from a `max_min_over_regions` relation: its
/// bound and the ratios in the data.
struct max_min_panel {
  const plan::indicator* ratio_indicator = nullptr;  ///< Lishui's 18 or 19
  const plan::indicator* value_indicator = nullptr;  ///< 1 or 2: the per-region values
  std::optional<double> bound;                       ///< the target milestone's value
  std::vector<std::string> regions;                  ///< the sub-regions it spans
  std::vector<max_min_point> points;
};

/// One year's ratio of the plan's region to a reference region (丽水市's income over 浙江省's).
struct reference_ratio_point {
  int year = 0;
  std::string reference;  ///< the reference region; "" for an observation of the ratio itself
  double ratio = 0.0;     ///< in the ratio indicator's unit
  bool direct = false;    ///< an observation of the ratio itself
  std::optional<bool> within_bound;
};

/// A ratio to a reference region's value ("与全省平均之比 0.76"), from a `ratio_to_external`
/// relation and the regions the plan declares above its own.
struct reference_ratio_panel {
  const plan::indicator* ratio_indicator = nullptr;  ///< Lishui's 20
  const plan::indicator* value_indicator = nullptr;  ///< 2: the value compared
  std::optional<double> target;                      ///< the target milestone's value
  std::vector<std::string> references;               ///< reference regions, finest first
  std::vector<reference_ratio_point> points;
};

/// The ratio-constraint panels, one per relation the plan declares (its years merged): the
/// weighted-mean ratios (urban/rural), the max/min ratios over sub-regions and the ratios to a
/// reference region.
struct ratio_panel {
  std::vector<urban_rural_panel> urban_rural;
  std::vector<max_min_panel> max_min;
  std::vector<reference_ratio_panel> reference;
};

/// Why an observation given to the model appears in no section of the report.
///
/// Example: `unused_reason::region_not_assessed` for a row of 浙江省 in a report on 丽水市.
enum class unused_reason {
  region_not_assessed,  ///< its region is not assessed and no panel uses it
  not_shown,            ///< its region is assessed, but no section uses it (a panel is off, a
                        ///< county value alone in its year, a value ≤ 0 in a max/min)
  after_as_of,          ///< after the as-of year, as the options asked
  not_selected,         ///< its indicator is left out by the options' selection
};

/// A stable ASCII name, used in JSON.
///
/// Example: `to_string(unused_reason::after_as_of) == "after_as_of"`.
constexpr std::string_view to_string(unused_reason r) noexcept {
  switch (r) {
    case unused_reason::region_not_assessed:
      return "region_not_assessed";
    case unused_reason::not_shown:
      return "not_shown";
    case unused_reason::after_as_of:
      return "after_as_of";
    case unused_reason::not_selected:
      return "not_selected";
  }
  return "not_shown";
}

/// Whether the options themselves asked for an observation to be left out (`after_as_of`,
/// `not_selected`); the others are data the command did not consume, which `--strict` refuses.
///
/// Example: `left_out_by_options(unused_reason::after_as_of)` is true.
constexpr bool left_out_by_options(unused_reason r) noexcept {
  return r == unused_reason::after_as_of || r == unused_reason::not_selected;
}

/// An observation no section of the report uses, with where it was read and why.
///
/// Example: `{"obs.csv", 2, "", "2", "Lishui", 2021, unused_reason::region_not_assessed}`.
struct unused_observation {
  std::string file;
  std::size_t line = 0;  ///< 1-based line of its CSV record; 0 for JSON
  std::string pointer;   ///< JSON Pointer of its element; "" for CSV
  std::string indicator;
  std::string region;
  int year = 0;
  unused_reason why = unused_reason::not_shown;

  /// "obs.csv:2" or "obs.json: /observations/3", as messages locate input.
  ///
  /// Example: `u.location() == "obs.csv:2"`.
  [[nodiscard]] std::string location() const {
    std::string out = file.empty() ? std::string("(input)") : file;
    if (line > 0) out += ":" + std::to_string(line);
    if (!pointer.empty()) out += ": " + pointer;
    return out;
  }
};

/// Where the observations came from.
struct data_summary {
  std::size_t observations = 0;  ///< observations given to the model
  std::size_t used = 0;          ///< of those, the ones in a selected row or the ratio panel
  /// The others, in input order: each observation is counted in `used` or listed here.
  std::vector<unused_observation> unused;
  std::vector<std::string> files;
  std::vector<std::string> sources;  ///< distinct `source` texts of the used observations
  std::vector<std::string> regions;  ///< distinct regions in the observations, in first-seen order
  bool synthetic = false;            ///< some observation's source or note says it is synthetic
};

/// The whole report, ready to render.
/// One indicator across the assessed regions, when there are more of them than
/// `report_limits::regions`: the latest values' distribution and the statuses counted.
struct indicator_regions {
  const plan::indicator* indicator = nullptr;
  region_distribution latest;  ///< over the regions with data
  status_counts statuses;      ///< over every assessed region
};

struct report_model {
  const plan::plan* plan = nullptr;
  report_options options;
  int as_of_year = 0;
  std::vector<indicator_row> rows;
  /// Filled when more regions are assessed than `report_limits::regions`: per indicator, the
  /// distribution over the regions; renderers then list only the plan's own region's rows.
  std::vector<indicator_regions> region_summaries;
  std::vector<category_summary> categories;  ///< in the plan's order
  status_counts totals;
  ratio_panel ratios;
  std::optional<plan::audit_report> audit;
  data_summary data;
};

/// The options a report assesses an indicator with: the method's preset and, for a share that
/// is not lower-is-better, its whole (100 %) as the natural limit, so that projections run in
/// logit space and stay below it. `build_report_model` and `compare_methods` both use it.
///
/// Example: for an indicator in % that should rise (an urbanisation rate),
/// `assessment_options_for(ind, assessment_method::escap).natural_limit == 100`.
inline assessment_options assessment_options_for(const plan::indicator& ind,
                                                 assessment_method method) {
  assessment_options o = preset(method);
  if (ind.unit.is_share() && ind.dir != direction::lower_is_better)
    o.natural_limit = ind.unit.whole();
  return o;
}

/// A region's name in the language: the plan's own region has an English name, other regions
/// are printed as given.
///
/// Example: `region_text(plan::lishui(), "丽水市", language::en) == "Lishui"`.
inline std::string region_text(const plan::plan& p, const std::string& region, language lang) {
  if (lang != language::en) return region;
  if (region == p.region_zh && !p.region_en.empty()) return p.region_en;
  if (const plan::declared_region* r = plan::find_region(p.regions, region); r && !r->name_en.empty())
    return r->name_en;
  return region;
}

namespace detail::model {

inline const math::milestone* milestone_in(const plan::indicator& ind, int year) {
  for (const auto& m : ind.milestones)
    if (m.year == year) return &m;
  return nullptr;
}

inline const plan::indicator* by_name(const plan::plan& p, std::string_view name_zh) {
  for (const auto& ind : p.indicators)
    if (ind.name_zh == name_zh) return &ind;
  return nullptr;
}

inline const plan::indicator* by_id(const plan::plan& p, std::string_view id) {
  for (const auto& ind : p.indicators)
    if (ind.id == id) return &ind;
  return nullptr;
}

inline bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The quantile at p of sorted values, Hyndman and Fan's type 7.
inline double quantile_sorted(const std::vector<double>& v, double p) {
  const double h = (static_cast<double>(v.size()) - 1.0) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

// The distribution of (region, value) pairs; `outside` says whether a value is outside a bound.
template <class Outside>
region_distribution distribution(const std::vector<std::pair<const std::string*, double>>& values,
                                 const Outside& outside) {
  region_distribution d;
  d.count = values.size();
  if (values.empty()) return d;
  std::vector<double> sorted;
  sorted.reserve(values.size());
  std::size_t lo = 0, hi = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    sorted.push_back(values[i].second);
    if (values[i].second < values[lo].second) lo = i;
    if (values[i].second > values[hi].second) hi = i;
    if (outside(values[i].second)) ++d.outside_bound;
  }
  std::sort(sorted.begin(), sorted.end());
  d.min = sorted.front();
  d.max = sorted.back();
  d.q1 = quantile_sorted(sorted, 0.25);
  d.median = quantile_sorted(sorted, 0.5);
  d.q3 = quantile_sorted(sorted, 0.75);
  d.lowest = *values[lo].first;
  d.highest = *values[hi].first;
  return d;
}

inline bool mentions_synthetic(std::string_view s) {
  std::string lower(s);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower.find("synthetic") != std::string::npos;
}

inline std::size_t bucket(const indicator_row& r) {
  return r.no_data ? status_bucket_count - 1 : static_cast<std::size_t>(r.status);
}

inline void count(status_counts& c, const indicator_row& r) {
  ++c.counts[bucket(r)];
  ++c.total;
}

inline bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

// Keeps a number only when it is finite, so that nothing non-finite reaches a renderer.
inline std::optional<double> clean(std::optional<double> v) { return finite(v) ? v : std::nullopt; }

// The value a target aims at, given the latest value (a band's nearer end depends on it).
inline std::optional<double> aim_of(const math::milestone& m, std::optional<double> base,
                                    std::optional<double> latest) {
  switch (m.kind) {
    case target_kind::point:
    case target_kind::at_least:
    case target_kind::greater_than:
    case target_kind::at_most:
    case target_kind::less_than:
      return m.value;
    case target_kind::maintain:
      return m.value ? m.value : base;
    case target_kind::band: {
      if (!m.value) return std::nullopt;
      const double lo = *m.value, hi = m.upper.value_or(lo);
      const double x = latest ? *latest : base ? *base : lo;
      return std::clamp(x, std::min(lo, hi), std::max(lo, hi));
    }
    default:
      return std::nullopt;
  }
}

// The side of the target that counts as meeting it, for the probability.
inline std::optional<direction> side_of(const math::milestone& m, direction dir) {
  switch (m.kind) {
    case target_kind::at_least:
    case target_kind::greater_than:
      return direction::higher_is_better;
    case target_kind::at_most:
    case target_kind::less_than:
      return direction::lower_is_better;
    case target_kind::point:
    case target_kind::maintain:
      if (dir == direction::neutral) return std::nullopt;
      return dir;
    default:
      return std::nullopt;
  }
}

inline bool all_positive(std::span<const math::observation> s) {
  return std::all_of(s.begin(), s.end(), [](const math::observation& o) { return o.value > 0; });
}

// The observations of one indicator, grouped by region; values point into the caller's span.
using series_index =
    std::map<std::pair<std::string, std::string>, std::vector<const io::observation_record*>, std::less<>>;

// What the verdict is worth (math::assess_with_uncertainty): the probability of meeting the
// target in the target year, the 80 % interval of the value then, and whether the status could
// flip within the 80 % interval of the trend. One model for all three: a random walk with drift
// on the log, logit (a share below its whole) or linear scale, fitted to the observations the
// assessment uses, with Student-t intervals so that a short series is not over-trusted.
inline void fill_uncertainty(indicator_row& r, direction dir, const math::milestone& g,
                             const math::observation& base, const assessment_options& ao) {
  if (!side_of(g, dir) && g.kind != target_kind::band) {
    r.probability_missing = probability_gap::no_direction;
    return;
  }
  if (*r.latest_year >= r.target_year) {
    r.probability_missing = probability_gap::target_year_reached;
    return;
  }
  math::uncertain_verdict uv;
  try {
    uv = math::assess_with_uncertainty(dir, g, base, r.series, ao);
  } catch (const prosper::error&) {
    r.probability_missing = probability_gap::no_trend_model;
    return;
  }
  r.probability = clean(uv.probability);
  r.projected_lower = clean(uv.projected_lower);
  r.projected_upper = clean(uv.projected_upper);
  if (uv.drift || uv.stable) {
    r.status_stable = uv.stable;
    r.status_worst = uv.worst;
    r.status_best = uv.best;
  }
  if (!r.probability) {
    const auto after = std::count_if(r.series.begin(), r.series.end(), [&](const auto& o) {
      return o.year > base.year && o.year <= g.year;
    });
    r.probability_missing =
        after + 1 < 3 ? probability_gap::too_few_observations : probability_gap::no_trend_model;
  }
}

// The compound rate between the first and last observation and its continuation to the target
// year: the fallback when the assessment could not run (all data before the base year).
inline void fill_observed_trend(indicator_row& r, bool need_rate, bool need_projection) {
  if (r.series.size() < 2 || !all_positive(r.series)) return;
  const auto& first = r.series.front();
  const auto& last = r.series.back();
  const double rate = prosper::detail::growth::rate_unchecked(first.value, last.value,
                                                   static_cast<double>(last.year - first.year));
  if (need_rate && std::isfinite(rate)) {
    r.observed_rate = rate;
    r.observed_from_year = first.year;
  }
  if (need_projection && last.year <= r.target_year && std::isfinite(rate)) {
    try {
      r.projected_value = clean(
          math::project_at_rate(last.value, rate, static_cast<double>(r.target_year - last.year)));
      if (r.projected_value) r.projection = projection_basis::observed_trend;
    } catch (const prosper::error&) {
      r.projected_value.reset();
    }
  }
}

inline indicator_row build_row(const plan::plan& p, const plan::indicator& ind,
                               const std::string& region, bool plan_region,
                               const std::vector<const io::observation_record*>* obs, int as_of,
                               const report_options& opt) {
  indicator_row r;
  r.indicator = &ind;
  r.region = region;
  r.plan_region = plan_region;
  r.base_year = p.base_year;
  r.target_year = p.target_year;
  r.base = milestone_in(ind, p.base_year);
  r.target = milestone_in(ind, p.target_year);
  if (!r.target && !ind.milestones.empty()) {
    r.target = &ind.milestones.back();
    r.target_year = r.target->year;
  }
  if (!r.base && !ind.milestones.empty() && &ind.milestones.front() != r.target) {
    r.base = &ind.milestones.front();
    r.base_year = r.base->year;
  }
  r.required = r.base && r.target ? plan::required_change(ind, r.base_year, r.target_year)
                                  : plan::required_change(ind);

  // The data up to the as-of year, in year order (the reader already refused duplicate years).
  const io::observation_record* latest = nullptr;
  if (obs) {
    for (const io::observation_record* o : *obs) {
      if (o->year > as_of) continue;
      r.series.push_back({o->year, o->value});
      if (!latest || o->year > latest->year) latest = o;
    }
  }
  std::sort(r.series.begin(), r.series.end(),
            [](const math::observation& a, const math::observation& b) { return a.year < b.year; });
  if (latest) {
    r.latest_year = latest->year;
    r.latest_value = latest->value;
    r.latest_source = latest->source;
  }

  // The baseline: an observation in the base year, else the plan's milestone (own region only),
  // else the first observation after the base year.
  for (const auto& o : r.series)
    if (o.year == r.base_year) {
      r.baseline = baseline_origin::observation;
      r.baseline_year = o.year;
      r.baseline_value = o.value;
    }
  if (r.baseline == baseline_origin::none && plan_region && r.base && r.base->value &&
      is_numeric(r.base->kind) && r.base->kind != target_kind::band) {
    r.baseline = baseline_origin::plan_milestone;
    r.baseline_year = r.base_year;
    r.baseline_value = r.base->value;
  }
  if (r.baseline == baseline_origin::none) {
    for (const auto& o : r.series)
      if (o.year > r.base_year) {
        r.baseline = baseline_origin::later_observation;
        r.baseline_year = o.year;
        r.baseline_value = o.value;
        break;
      }
  }

  const bool numeric_target = r.target && is_numeric(r.target->kind) &&
                              (r.target->value || r.target->kind == target_kind::maintain);
  if (r.target) r.aim = clean(aim_of(*r.target, r.baseline_value, r.latest_value));

  // What is required, from the baseline and from now.
  if (r.aim && r.baseline_value && r.baseline_year && r.target_year > *r.baseline_year &&
      *r.baseline_value > 0 && *r.aim > 0)
    r.required_rate = clean(prosper::detail::growth::rate_unchecked(*r.baseline_value, *r.aim, static_cast<double>(r.target_year - *r.baseline_year)));
  // Nothing is required from now of a target the latest value already meets (from its better
  // side): "needs −3 %/年" for an income above its target would read as an instruction to fall.
  const auto side = r.target ? side_of(*r.target, ind.dir) : std::nullopt;
  const bool met_already =
      r.aim && r.latest_value && side &&
      (*side == direction::higher_is_better ? *r.latest_value >= *r.aim : *r.latest_value <= *r.aim);
  if (r.aim && r.latest_value && r.target_year > *r.latest_year && !met_already) {
    const auto left = static_cast<double>(r.target_year - *r.latest_year);
    r.required_step_from_now = clean((*r.aim - *r.latest_value) / left);
    if (*r.latest_value > 0 && *r.aim > 0)
      r.required_rate_from_now =
          clean(prosper::detail::growth::rate_unchecked(*r.latest_value, *r.aim, left));
  }
  if (r.aim && r.latest_value) {
    r.gap = clean(*r.aim - *r.latest_value);
    if (r.baseline_value && *r.aim != *r.baseline_value)
      r.gap_share = clean((*r.aim - *r.latest_value) / (*r.aim - *r.baseline_value));
  }

  // The verdict.
  if (r.series.empty()) {
    r.no_data = true;
    r.why = not_assessable_reason::no_data;
    r.probability_missing = probability_gap::too_few_observations;
    return r;
  }
  if (!r.target || (!numeric_target && r.target->kind != target_kind::direction_only)) {
    r.why = not_assessable_reason::no_numeric_target;
    r.probability_missing = probability_gap::no_numeric_target;
    fill_observed_trend(r, true, false);
    return r;
  }
  if (!r.baseline_value) {
    r.why = not_assessable_reason::no_baseline;
    r.probability_missing = probability_gap::no_verdict;
    fill_observed_trend(r, true, true);
    return r;
  }

  const assessment_options ao = assessment_options_for(ind, opt.method);
  const math::milestone g{r.target_year, r.target->kind, r.target->value, r.target->upper};
  const assessment a =
      math::assess(g, {*r.baseline_year, *r.baseline_value}, r.series, ind.dir, ao);
  r.status = a.status;
  r.basis = a.basis;
  r.warnings = a.warnings;
  r.ratio = a.ratio;
  if (a.observed_rate) {
    r.observed_rate = a.observed_rate;
    r.observed_from_year = *r.baseline_year;
  }
  if (a.projected_value) {
    r.projected_value = a.projected_value;
    r.projection = projection_basis::assessment;
  }
  if (a.status == progress_status::not_assessable) {
    r.reason = a.reason;
    r.why = *r.latest_year <= *r.baseline_year ? not_assessable_reason::no_observation_after_base
                                               : not_assessable_reason::other;
    fill_observed_trend(r, !r.observed_rate, !r.projected_value);
    r.probability_missing = probability_gap::no_verdict;
    return r;
  }
  fill_uncertainty(r, ind.dir, g, {*r.baseline_year, *r.baseline_value}, ao);
  return r;
}

inline std::optional<bool> within(const plan::indicator& ind, int year, double value) {
  const math::milestone* m = milestone_in(ind, year);
  if (!m || !m->value) return std::nullopt;
  // A point target counts as met from its better side (≤ 1.5 for a lower-is-better max/min
  // ratio, ≥ 0.76 for a ratio that should rise); without a direction there is no such side.
  const auto side = side_of(*m, ind.dir);
  if (!side) return std::nullopt;
  const bool strict = m->kind == target_kind::less_than || m->kind == target_kind::greater_than;
  if (*side == direction::lower_is_better) return strict ? value < *m->value : value <= *m->value;
  return strict ? value > *m->value : value >= *m->value;
}

// The bound in force in `year`: the latest milestone at or before it, so that data between two
// milestones are checked against the earlier one (a year before the first uses the first).
inline std::optional<bool> within_in_force(const plan::indicator& ind, int year, double value) {
  const math::milestone* best = nullptr;
  for (const auto& m : ind.milestones)
    if (m.year <= year && m.value && is_numeric(m.kind)) best = &m;
  if (!best)
    for (const auto& m : ind.milestones)
      if (m.value && is_numeric(m.kind)) {
        best = &m;
        break;
      }
  return best ? within(ind, best->year, value) : std::nullopt;
}

// The ratio of two groups that an overall mean, one group's mean and the other group's share
// imply (ratio/weighted_mean.hpp); `share` is in `share_unit`, whose whole is 100 % or 1.
inline std::optional<double> implied_ratio(double overall, double part, double share,
                                           const units::runtime_unit& share_unit) {
  const auto whole = share_unit.is_share() ? share_unit.whole() : std::nullopt;
  if (!whole) return std::nullopt;
  try {
    return clean(ratio::implied_urban_rural_ratio(quantity<units::yuan>(overall),
                                                  quantity<units::yuan>(part),
                                                  quantity<units::percent>(share / *whole * 100.0))
                     .value());
  } catch (const prosper::error&) {
    return std::nullopt;
  }
}

inline std::optional<double> milestone_value(const plan::indicator* ind, int year) {
  if (!ind) return std::nullopt;
  const math::milestone* m = milestone_in(*ind, year);
  return m && is_numeric(m->kind) ? m->value : std::nullopt;
}

// A value of `from`'s unit in `to`'s unit; the same number when the units are the same.
inline std::optional<double> in_unit_of(double v, const plan::indicator& from,
                                        const plan::indicator& to) {
  if (from.unit == to.unit) return v;
  try {
    return clean(units::convert(v, from.unit, to.unit));
  } catch (const prosper::error&) {
    return std::nullopt;
  }
}

using used_set = std::set<const io::observation_record*>;

// What the panels read: every observation they show directly or compute a point from (`used`),
// and for each computed point of a ratio indicator, the observations it was computed from, keyed
// by (indicator id, region, year). A report without the panels still rates the ratio rows from
// those points, and then counts only the inputs of the points a row shows as used.
struct panel_use {
  used_set used;
  std::map<std::tuple<std::string, std::string, int>, std::vector<const io::observation_record*>>
      inputs;

  void direct(const io::observation_record& o) { used.insert(&o); }
  template <class It>
  void computed(const plan::indicator& ratio, const std::string& region, int year, It first,
                It last) {
    used.insert(first, last);
    inputs[{ratio.id, region, year}].assign(first, last);
  }
};

// The explicit relations of one kind, one per distinct tuple of indicator operands: a plan
// states a relation once per milestone year ("mean.17.2022", "mean.17.2025"), and a panel shows
// every year, so the years are dropped. Relations with a body-target operand are not panels.
inline std::vector<std::vector<const plan::indicator*>> panel_operands(
    const plan::plan& p, const std::vector<plan::relation>& relations, plan::relation_kind kind) {
  std::vector<std::vector<const plan::indicator*>> out;
  for (const plan::relation& rel : relations) {
    if (rel.kind != kind || rel.operands.size() != plan::operand_count(kind)) continue;
    std::vector<const plan::indicator*> inds;
    for (const plan::operand& o : rel.operands) {
      const plan::indicator* ind = o.is_indicator() ? by_id(p, o.indicator) : nullptr;
      if (!ind) break;
      inds.push_back(ind);
    }
    if (inds.size() == rel.operands.size() && std::find(out.begin(), out.end(), inds) == out.end())
      out.push_back(std::move(inds));
  }
  return out;
}

// The observations up to `as_of` of indicator `ind`, every region.
template <class F>
void for_each_observation(const series_index& idx, const plan::indicator& ind, int as_of, F f) {
  for (const auto& [key, list] : idx) {
    if (key.first != ind.id) continue;
    for (const io::observation_record* o : list)
      if (o->year <= as_of) f(*o);
  }
}

// A weighted-mean ratio panel {ratio, mean, part, weight} (`relation_kind::weighted_mean_ratio`):
// the two groups' ratio the plan bounds, what its own mean, part and weight targets imply, and the
// ratio observed or implied in the data.
inline urban_rural_panel build_urban_rural(const plan::plan& p,
                                           const std::vector<const plan::indicator*>& ops,
                                           const series_index& idx, int as_of, panel_use& use,
                                           std::size_t region_limit) {
  urban_rural_panel u;
  u.ratio_indicator = ops[0];
  u.overall_income = ops[1];
  u.rural_income = ops[2];
  u.urbanisation = ops[3];
  u.base_year = p.base_year;
  u.target_year = p.target_year;
  u.base_bound = milestone_value(u.ratio_indicator, p.base_year);
  u.target_bound = milestone_value(u.ratio_indicator, p.target_year);
  const auto scale = units::fraction_scale(u.ratio_indicator->unit);
  const auto implied_from = [&](double overall, double rural, double share) -> std::optional<double> {
    const auto rr = in_unit_of(rural, *u.rural_income, *u.overall_income);
    const auto r = rr ? implied_ratio(overall, *rr, share, u.urbanisation->unit) : std::nullopt;
    return r && scale ? clean(*r * *scale) : std::nullopt;
  };
  const auto implied_at = [&](int year) -> std::optional<double> {
    const auto o = milestone_value(u.overall_income, year);
    const auto r = milestone_value(u.rural_income, year);
    const auto s = milestone_value(u.urbanisation, year);
    return o && r && s ? implied_from(*o, *r, *s) : std::nullopt;
  };
  u.implied_base = implied_at(p.base_year);
  u.implied_target = implied_at(p.target_year);
  if (u.base_bound && u.target_bound && *u.base_bound > 0 && *u.target_bound > 0 &&
      p.target_year > p.base_year) {
    try {
      const ratio::ratio_constraint c{
          quantity<units::times>(*u.base_bound), quantity<units::times>(*u.target_bound),
          ratio::bound_side::at_most, static_cast<double>(p.target_year - p.base_year)};
      u.required_ratio_change = clean(as_fraction(ratio::required_ratio_change(c)));
      const auto d = ratio::required_growth_differential(c);
      if (d.faster == ratio::growth_differential::faster_side::denominator)
        u.rural_faster_by = clean(d.factor - 1.0);
      else
        u.rural_faster_by = clean(1.0 / d.factor - 1.0);
    } catch (const prosper::error&) {
    }
  }

  // Observed: the ratio itself where given, and implied where the mean, the part and the weight
  // are all observed for the same region and year.
  std::map<std::pair<std::string, int>, urban_rural_point> points;
  for_each_observation(idx, *u.ratio_indicator, as_of, [&](const io::observation_record& o) {
    points[{o.region, o.year}] = {o.region, o.year, o.value, false,
                                  within_in_force(*u.ratio_indicator, o.year, o.value)};
    use.direct(o);
  });
  std::map<std::pair<std::string, int>, std::array<const io::observation_record*, 3>> parts;
  for (std::size_t k = 0; k < 3; ++k)
    for_each_observation(idx, *ops[k + 1], as_of, [&](const io::observation_record& o) {
      parts[{o.region, o.year}][k] = &o;
    });
  for (const auto& [key, v] : parts) {
    if (!v[0] || !v[1] || !v[2] || points.count(key)) continue;
    const auto ratio_value = implied_from(v[0]->value, v[1]->value, v[2]->value);
    if (!ratio_value) continue;
    points[key] = {key.first, key.second, *ratio_value, true,
                   within_in_force(*u.ratio_indicator, key.second, *ratio_value)};
    use.computed(*u.ratio_indicator, key.first, key.second, v.begin(), v.end());
  }
  for (auto& [key, pt] : points) u.observed.push_back(std::move(pt));
  std::stable_sort(
      u.observed.begin(), u.observed.end(),
      [](const urban_rural_point& a, const urban_rural_point& b) { return a.year < b.year; });
  std::set<std::string_view> regions;
  for (const urban_rural_point& pt : u.observed) regions.insert(pt.region);
  if (regions.size() > region_limit) {
    std::map<int, std::vector<std::pair<const std::string*, double>>> by_year;
    std::map<int, std::size_t> outside;
    for (const urban_rural_point& pt : u.observed) {
      by_year[pt.year].emplace_back(&pt.region, pt.ratio);
      if (pt.within_bound && !*pt.within_bound) ++outside[pt.year];
    }
    for (const auto& [year, values] : by_year) {
      urban_rural_year y{year, distribution(values, [](double) { return false; })};
      y.ratios.outside_bound = outside[year];
      u.by_year.push_back(std::move(y));
    }
  }
  return u;
}

// The observations of one indicator in one region up to the as-of year, by year (a later
// record of the same year replaces an earlier one, as the index orders them).
inline std::map<int, const io::observation_record*> series_of(const series_index& idx,
                                                              const plan::indicator& ind,
                                                              const std::string& region, int as_of) {
  std::map<int, const io::observation_record*> out;
  if (const auto it = idx.find(std::pair<std::string, std::string>(ind.id, region)); it != idx.end())
    for (const io::observation_record* o : it->second)
      if (o->year <= as_of) out[o->year] = o;
  return out;
}

// A max/min panel {ratio, value} (`relation_kind::max_min_over_regions`): the ratio observed
// for the plan's region, else computed each year from the sub-regions' values.
inline max_min_panel build_max_min(const plan::plan& p,
                                   const std::vector<const plan::indicator*>& ops,
                                   const series_index& idx,
                                   const std::vector<std::string>& sub_regions, int as_of,
                                   panel_use& use) {
  max_min_panel m;
  m.ratio_indicator = ops[0];
  m.value_indicator = ops[1];
  m.regions = sub_regions;
  m.bound = milestone_value(m.ratio_indicator, p.target_year);
  const auto scale = units::fraction_scale(m.ratio_indicator->unit);
  std::map<int, max_min_point> by_year;
  for (const auto& [year, o] : series_of(idx, *m.ratio_indicator, p.region_zh, as_of)) {
    by_year[year] = {year, o->value, "", "", 0, true,
                     within_in_force(*m.ratio_indicator, year, o->value)};
    use.direct(*o);
  }
  const std::set<std::string, std::less<>> members(sub_regions.begin(), sub_regions.end());
  std::map<int, std::vector<const io::observation_record*>> values;
  for_each_observation(idx, *m.value_indicator, as_of, [&](const io::observation_record& o) {
    if (members.count(o.region) && o.value > 0) values[o.year].push_back(&o);
  });
  for (auto& [year, vals] : values) {
    if (!scale || vals.size() < 2 || by_year.count(year)) continue;
    Eigen::VectorXd x(static_cast<Eigen::Index>(vals.size()));
    for (std::size_t i = 0; i < vals.size(); ++i) x[static_cast<Eigen::Index>(i)] = vals[i]->value;
    Eigen::Index hi = 0, lo = 0;
    x.maxCoeff(&hi);
    x.minCoeff(&lo);
    const double r = ratio::max_min_ratio(x) * *scale;
    if (!std::isfinite(r)) continue;  // max/min of values ~1e308 over ~1e-308 overflows
    by_year[year] = {year,
                     r,
                     vals[static_cast<std::size_t>(hi)]->region,
                     vals[static_cast<std::size_t>(lo)]->region,
                     vals.size(),
                     false,
                     within_in_force(*m.ratio_indicator, year, r)};
    use.computed(*m.ratio_indicator, p.region_zh, year, vals.begin(), vals.end());
  }
  for (auto& [year, pt] : by_year) m.points.push_back(std::move(pt));
  return m;
}

// A reference-ratio panel {ratio, value} (`relation_kind::ratio_to_external`): the plan's
// region's value over a reference region's (the province's average), each year both are
// observed, beside the ratio observed directly.
inline reference_ratio_panel build_reference_ratio(const plan::plan& p,
                                                   const std::vector<const plan::indicator*>& ops,
                                                   const series_index& idx,
                                                   const std::vector<std::string>& references,
                                                   int as_of, panel_use& use) {
  reference_ratio_panel r;
  r.ratio_indicator = ops[0];
  r.value_indicator = ops[1];
  r.references = references;
  r.target = milestone_value(r.ratio_indicator, p.target_year);
  const auto scale = units::fraction_scale(r.ratio_indicator->unit);
  const auto series = [&](const plan::indicator& ind, const std::string& region) {
    return series_of(idx, ind, region, as_of);
  };
  std::map<int, reference_ratio_point> by_year;
  for (const auto& [year, o] : series(*r.ratio_indicator, p.region_zh)) {
    by_year[year] = {year, "", o->value, true, within_in_force(*r.ratio_indicator, year, o->value)};
    use.direct(*o);
  }
  const auto own = series(*r.value_indicator, p.region_zh);
  if (scale)
    for (const std::string& reference : references)
      for (const auto& [year, ref] : series(*r.value_indicator, reference)) {
        const auto it = own.find(year);
        if (it == own.end() || by_year.count(year) || ref->value <= 0) continue;
        const double ratio = it->second->value / ref->value * *scale;
        if (!std::isfinite(ratio)) continue;
        by_year[year] = {year, reference, ratio, false,
                         within_in_force(*r.ratio_indicator, year, ratio)};
        const std::array<const io::observation_record*, 2> parts = {it->second, ref};
        use.computed(*r.ratio_indicator, p.region_zh, year, parts.begin(), parts.end());
      }
  for (auto& [year, pt] : by_year) r.points.push_back(std::move(pt));
  return r;
}

// The panels of every relation the plan declares, in the order of `ratio_panel`'s members.
inline ratio_panel build_ratio_panel(const plan::plan& p,
                                     const std::vector<plan::relation>& relations,
                                     const series_index& idx, int as_of,
                                     const report_options& options, panel_use& use) {
  ratio_panel out;
  for (const auto& ops :
       panel_operands(p, relations, plan::relation_kind::weighted_mean_ratio))
    out.urban_rural.push_back(
        build_urban_rural(p, ops, idx, as_of, use, options.limits.regions));
  const std::vector<std::string> subs = options.sub_regions.empty()
                                            ? plan::sub_regions(p.regions, p.region_zh)
                                            : options.sub_regions;
  for (const auto& ops : panel_operands(p, relations, plan::relation_kind::max_min_over_regions))
    out.max_min.push_back(build_max_min(p, ops, idx, subs, as_of, use));
  const std::vector<std::string> refs = plan::reference_regions(p.regions, p.region_zh);
  for (const auto& ops : panel_operands(p, relations, plan::relation_kind::ratio_to_external))
    out.reference.push_back(build_reference_ratio(p, ops, idx, refs, as_of, use));
  return out;
}

// The values the panels computed for the plan's region (a max/min from the counties, a ratio to
// the province, a ratio implied by its parts) as observations of the ratio indicators, for the
// years with no observation of their own: the indicator table then rates rows 18–20 from the same
// numbers the panel prints. `store` owns them; `idx` gets pointers; `inputs` maps each to the
// observations it was computed from.
inline void add_computed_observations(
    const plan::plan& p, const ratio_panel& panels, const panel_use& use, language lang,
    std::deque<io::observation_record>& store, series_index& idx,
    std::map<const io::observation_record*, std::vector<const io::observation_record*>>& inputs) {
  const auto add = [&](const plan::indicator& ind, const std::string& region, int year,
                       double value, std::string source) {
    auto& list = idx[{ind.id, region}];
    if (std::any_of(list.begin(), list.end(),
                    [&](const io::observation_record* o) { return o->year == year; }))
      return;
    io::observation_record o;
    o.indicator = ind.id;
    o.region = region;
    o.year = year;
    o.value = value;
    o.original_value = value;
    o.unit = ind.unit;
    o.original_unit = ind.unit.spelling();
    o.source = std::move(source);
    store.push_back(std::move(o));
    list.push_back(&store.back());
    if (const auto it = use.inputs.find({ind.id, region, year}); it != use.inputs.end())
      inputs[&store.back()] = it->second;
  };
  const bool zh = lang == language::zh;
  for (const urban_rural_panel& u : panels.urban_rural)
    for (const urban_rural_point& pt : u.observed)
      if (pt.implied)
        add(*u.ratio_indicator, pt.region, pt.year, pt.ratio,
            zh ? "由" + u.overall_income->name_zh + "、" + u.rural_income->name_zh + "和" +
                     u.urbanisation->name_zh + "推算"
               : "implied by " + u.overall_income->name_en + ", " + u.rural_income->name_en +
                     " and " + u.urbanisation->name_en);
  for (const max_min_panel& m : panels.max_min)
    for (const max_min_point& pt : m.points)
      if (!pt.direct)
        add(*m.ratio_indicator, p.region_zh, pt.year, pt.ratio,
            zh ? "由" + std::to_string(pt.regions) + "个下辖地区的" + m.value_indicator->name_zh +
                     "计算"
               : "computed from " + m.value_indicator->name_en + " of " +
                     std::to_string(pt.regions) + " sub-regions");
  for (const reference_ratio_panel& r : panels.reference)
    for (const reference_ratio_point& pt : r.points)
      if (!pt.direct)
        add(*r.ratio_indicator, p.region_zh, pt.year, pt.ratio,
            zh ? "由" + p.region_zh + "与" + pt.reference + "的" + r.value_indicator->name_zh + "计算"
               : "computed from " + r.value_indicator->name_en + " of " +
                     region_text(p, p.region_zh, language::en) + " and " +
                     region_text(p, pt.reference, language::en));
}

}  // namespace detail::model

/// The report model for `p` with its explicit `relations` (the audit adds the derived ones) and
/// `observations` read against `p`.
///
/// Example:
/// ```
/// auto data = io::load_observations_csv("examples/data/lishui-published.csv", plan::lishui());
/// auto model = report::build_report_model(plan::lishui(), plan::lishui_relations(),
///                                         data.observations);
/// // model.rows.size() == 70; model.rows[1] is indicator 2 with latest 42042 (2021)
/// ```
/// Throws `argument_error` when the selection names an indicator id or a category the plan
/// does not have, so that a typo never yields a silently empty report.
inline report_model build_report_model(const plan::plan& p,
                                       const std::vector<plan::relation>& relations,
                                       std::span<const io::observation_record> observations,
                                       const report_options& options = {}) {
  namespace d = detail::model;
  report_model m;
  m.plan = &p;
  m.options = options;

  for (const auto& id : options.indicators)
    if (!d::by_id(p, id))
      throw prosper::argument_error("prosper::report::build_report_model: unknown indicator id '" +
                                  id + "'");
  for (const auto& c : options.categories) {
    const bool known = std::any_of(p.indicators.begin(), p.indicators.end(), [&](const auto& i) {
      return i.category_zh == c || i.category_en == c;
    });
    if (!known)
      throw prosper::argument_error("prosper::report::build_report_model: unknown category '" + c +
                                  "'");
  }

  // Index the observations once; every later lookup is by (indicator, region).
  d::series_index idx;
  int latest_year = 0;
  std::set<std::string> seen_files, seen_regions;
  for (const io::observation_record& o : observations) {
    idx[{o.indicator, o.region}].push_back(&o);
    latest_year = std::max(latest_year, o.year);
    if (!o.file.empty() && seen_files.insert(o.file).second) m.data.files.push_back(o.file);
    if (seen_regions.insert(o.region).second) m.data.regions.push_back(o.region);
    if (!m.data.synthetic) {
      bool synthetic = d::mentions_synthetic(o.source);
      for (const auto& [key, value] : o.extra)
        synthetic = synthetic || d::mentions_synthetic(value);
      m.data.synthetic = synthetic;
    }
  }
  m.data.observations = observations.size();
  m.as_of_year = options.as_of ? *options.as_of : observations.empty() ? p.base_year : latest_year;

  std::vector<std::string> regions = options.regions;
  if (regions.empty()) regions.push_back(p.region_zh);

  // The ratio panels first: what they compute for the plan's region (a county max/min, a ratio
  // to the province) also rates those rows. They are kept only when the report shows them.
  d::used_set used;
  std::deque<io::observation_record> computed;
  std::map<const io::observation_record*, std::vector<const io::observation_record*>> inputs;
  {
    d::panel_use use;
    ratio_panel panels = d::build_ratio_panel(p, relations, idx, m.as_of_year, options, use);
    d::add_computed_observations(p, panels, use, options.lang, computed, idx, inputs);
    if (options.sections.ratio_panel) {
      m.ratios = std::move(panels);
      used = std::move(use.used);
    }
  }

  // Rows, in table order, then region order.
  // A row's computed value stands for the observations it was computed from.
  const auto note_used = [&](const std::vector<const io::observation_record*>* list) {
    if (!list) return;
    for (const io::observation_record* o : *list) {
      if (o->year > m.as_of_year) continue;
      if (const auto it = inputs.find(o); it != inputs.end())
        used.insert(it->second.begin(), it->second.end());
      else
        used.insert(o);
    }
  };
  const auto selected = [&](const plan::indicator& ind) {
    if (!options.indicators.empty() && !d::contains(options.indicators, ind.id)) return false;
    return options.categories.empty() || d::contains(options.categories, ind.category_zh) ||
           d::contains(options.categories, ind.category_en);
  };
  for (const plan::indicator& ind : p.indicators) {
    if (!selected(ind)) continue;
    for (const std::string& region : regions) {
      const auto it = idx.find(std::pair<std::string, std::string>(ind.id, region));
      const auto* list = it == idx.end() ? nullptr : &it->second;
      note_used(list);
      m.rows.push_back(
          d::build_row(p, ind, region, region == p.region_zh, list, m.as_of_year, options));
    }
  }

  // Past the region limit, each indicator's regions also as a distribution.
  if (regions.size() > options.limits.regions) {
    std::map<const plan::indicator*, std::size_t> at;
    std::vector<std::vector<std::pair<const std::string*, double>>> latest;
    for (const indicator_row& r : m.rows) {
      auto [it, fresh] = at.emplace(r.indicator, m.region_summaries.size());
      if (fresh) {
        m.region_summaries.push_back({r.indicator, {}, {}});
        latest.emplace_back();
      }
      d::count(m.region_summaries[it->second].statuses, r);
      if (r.latest_value) latest[it->second].emplace_back(&r.region, *r.latest_value);
    }
    for (std::size_t k = 0; k < m.region_summaries.size(); ++k)
      m.region_summaries[k].latest = d::distribution(latest[k], [](double) { return false; });
  }

  // Summary by category, in the order categories first appear in the plan.
  for (const indicator_row& r : m.rows) {
    d::count(m.totals, r);
    auto it = std::find_if(
        m.categories.begin(), m.categories.end(),
        [&](const category_summary& c) { return c.category_zh == r.indicator->category_zh; });
    if (it == m.categories.end()) {
      m.categories.push_back({r.indicator->category_zh, r.indicator->category_en, {}});
      it = std::prev(m.categories.end());
    }
    d::count(it->counts, r);
  }

  if (options.sections.audit) m.audit = plan::audit(p, relations);

  // Every observation is used or accounted for (issue 14): the ones no section shows are listed
  // with their location and the reason.
  m.data.used = static_cast<std::size_t>(std::count_if(
      observations.begin(), observations.end(),
      [&](const io::observation_record& o) { return used.count(&o) > 0; }));
  const std::set<std::string, std::less<>> assessed(regions.begin(), regions.end());
  std::map<std::string, const plan::indicator*, std::less<>> by_id;
  for (const plan::indicator& ind : p.indicators) by_id.emplace(ind.id, &ind);
  for (const io::observation_record& o : observations) {
    if (used.count(&o)) continue;
    unused_observation u{o.file, o.line, o.pointer, o.indicator, o.region, o.year,
                         unused_reason::not_shown};
    const auto ind = by_id.find(o.indicator);
    if (o.year > m.as_of_year)
      u.why = unused_reason::after_as_of;
    else if (ind != by_id.end() && !selected(*ind->second))
      u.why = unused_reason::not_selected;
    else if (!assessed.count(o.region))
      u.why = unused_reason::region_not_assessed;
    m.data.unused.push_back(std::move(u));
  }
  std::set<std::string> seen_sources;
  for (const io::observation_record& o : observations)
    if (used.count(&o) && !o.source.empty() && seen_sources.insert(o.source).second)
      m.data.sources.push_back(o.source);
  return m;
}

/// The counts bucket a row falls in: its status, or the last bucket for "no data".
///
/// Example: `status_bucket(row) == static_cast<std::size_t>(progress_status::on_track)`.
inline std::size_t status_bucket(const indicator_row& r) noexcept {
  return r.no_data ? status_bucket_count - 1 : static_cast<std::size_t>(r.status);
}

/// True when the indicator prints a number in some milestone, so a chart has a plan path to draw.
///
/// Example: `is_numeric_indicator(lishui().indicators[0])` is true; row 36 (稳步下降) is not.
inline bool is_numeric_indicator(const plan::indicator& ind) {
  return std::any_of(ind.milestones.begin(), ind.milestones.end(), [](const math::milestone& m) {
    return is_numeric(m.kind) && m.value && std::isfinite(*m.value);
  });
}

// ---- Number text shared by the renderers (the words are in report/messages.hpp) -------------

/// Whether the row's status could flip within the 80 % interval of its trend, in words: "stable",
/// "could be insufficient progress – on track", or "" when that could not be judged.
///
/// Example: `stability_text(row, language::en) == "could be insufficient progress – on track"`.
inline std::string stability_text(const indicator_row& r, language lang) {
  if (!r.status_stable) return "";
  if (*r.status_stable) return std::string(label_text(label::status_stable, lang));
  const auto name = [&](progress_status s) {
    return std::string(status_text(static_cast<std::size_t>(s), lang));
  };
  return std::string(label_text(label::status_could_flip, lang)) + " " + name(*r.status_worst) +
         " – " + name(*r.status_best);
}

/// A stable ASCII key of a status bucket, for CSS classes and machine formats.
///
/// Example: `status_key(6) == "no_data"`.
constexpr std::string_view status_key(std::size_t bucket) noexcept {
  return bucket < status_bucket_count - 1 ? to_string(static_cast<progress_status>(bucket))
                                          : std::string_view("no_data");
}

/// The colour of a status bucket as 0xRRGGBB, one table for every renderer (the HTML badges and
/// bars, the Excel fills): green for achieved and on track, amber, orange and red as progress
/// falls short, grey for not assessable and light grey for no data.
///
/// Example: `status_colour(4) == 0xcf222e` (moving away, red).
constexpr std::uint32_t status_colour(std::size_t bucket) noexcept {
  constexpr std::array<std::uint32_t, status_bucket_count> colours = {
      0x1a7f37, 0x4c9f50, 0xd4a72c, 0xe16f24, 0xcf222e, 0x6e7781, 0xd0d7de};
  return bucket < status_bucket_count ? colours[bucket] : colours[status_bucket_count - 1];
}

/// Whether text on a status bucket's colour is dark (the light fills: moderate progress and no
/// data) rather than white.
///
/// Example: `status_text_is_dark(6)` is true.
constexpr bool status_text_is_dark(std::size_t bucket) noexcept {
  return bucket == static_cast<std::size_t>(progress_status::moderate_progress) ||
         bucket >= status_bucket_count - 1;
}

/// Why a row is not assessable, in words of the chosen language; `other` gives the math layer's
/// own (English) explanation after a translated lead.
///
/// Example: `reason_text(row, language::en) == "no observation after the base year"`.
inline std::string reason_text(const indicator_row& r, language lang) {
  const bool zh = lang == language::zh;
  switch (r.why) {
    case not_assessable_reason::none:
      return "";
    case not_assessable_reason::no_data:
      return zh ? "无观测数据" : "no observations";
    case not_assessable_reason::no_numeric_target:
      return zh ? "目标无数值(定性、仅方向或由上级确定)"
                : "the target has no number (qualitative, direction only or set externally)";
    case not_assessable_reason::no_baseline:
      return zh ? "缺少基期值" : "no baseline value";
    case not_assessable_reason::no_observation_after_base:
      return zh ? "基期(" + std::to_string(r.base_year) + "年)之后无观测值"
                : "no observation after the base year " + std::to_string(r.base_year);
    case not_assessable_reason::other:
      return (zh ? std::string("无法评估:") : std::string("not assessable: ")) + r.reason;
  }
  return r.reason;
}

/// The categories a summary lists: all of them up to `report_limits::categories`, else the
/// largest ones (by rows, in the plan's order) and the rest added up in `others`.
struct category_listing {
  std::vector<const category_summary*> shown;
  std::size_t others = 0;  ///< how many categories `other_counts` adds up
  status_counts other_counts;
};

/// The categories a summary lists (see `category_listing`).
///
/// Example: `listed_categories(model).shown.size()` is every category of the Lishui plan.
inline category_listing listed_categories(const report_model& m) {
  category_listing out;
  const std::size_t limit = std::max<std::size_t>(m.options.limits.categories, 1);
  if (m.categories.size() <= limit) {
    for (const category_summary& c : m.categories) out.shown.push_back(&c);
    return out;
  }
  std::vector<std::size_t> order(m.categories.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return m.categories[a].counts.total > m.categories[b].counts.total;
  });
  std::vector<bool> keep(m.categories.size(), false);
  for (std::size_t k = 0; k + 1 < limit; ++k) keep[order[k]] = true;
  for (std::size_t i = 0; i < m.categories.size(); ++i) {
    if (keep[i]) {
      out.shown.push_back(&m.categories[i]);
      continue;
    }
    ++out.others;
    for (std::size_t b = 0; b < status_bucket_count; ++b)
      out.other_counts.counts[b] += m.categories[i].counts.counts[b];
    out.other_counts.total += m.categories[i].counts.total;
  }
  return out;
}

/// The rows a report lists one by one: every row, or, past `report_limits::regions`, the rows of
/// the plan's own region (the other regions are in `region_summaries`).
///
/// Example: `listed_rows(model).size() == model.rows.size()` for a report on one region.
inline std::vector<const indicator_row*> listed_rows(const report_model& m) {
  std::vector<const indicator_row*> out;
  out.reserve(m.rows.size());
  for (const indicator_row& r : m.rows)
    if (m.region_summaries.empty() || (m.plan && r.region == m.plan->region_zh))
      out.push_back(&r);
  return out;
}

/// Whether the indicator table is the compact one (more listed rows than
/// `report_limits::full_rows`).
///
/// Example: `compact_table(model)` is false for the Lishui plan's 70 rows.
inline bool compact_table(const report_model& m) {
  return listed_rows(m).size() > m.options.limits.full_rows;
}

/// Whether a chart is drawn per row (no more listed rows than `report_limits::charts`).
///
/// Example: `draw_charts(model)` is true for the Lishui plan's 70 rows.
inline bool draw_charts(const report_model& m) {
  return listed_rows(m).size() <= m.options.limits.charts;
}

/// A source, region name or other data text as a report shows it: cut at
/// `report_limits::text_bytes` with its length.
///
/// Example: a 200 MB source is shown as its first 300 bytes and "… (200000000 bytes)".
inline std::string display_text(const report_model& m, std::string_view s) {
  const std::size_t limit = m.options.limits.text_bytes;
  if (s.size() <= limit) return std::string(s);
  return std::string(io::detail::text::head(s, limit)) + "… (" + std::to_string(s.size()) +
         " bytes)";
}

/// How many unused observations a report or the command line lists one by one; the rest are
/// counted ("… 120 more not listed"), so that a file of other regions cannot flood a report.
inline constexpr std::size_t max_listed_unused = 20;

/// Why an observation is unused, in words of the language, naming the region or year concerned.
///
/// Example: `unused_text(u, model, language::en) == "region 'Lishui' is not assessed (the report
/// assesses 丽水市)"`.
inline std::string unused_text(const unused_observation& u, const report_model& m,
                               language lang) {
  const bool zh = lang == language::zh;
  switch (u.why) {
    case unused_reason::region_not_assessed: {
      std::string assessed;
      const std::vector<std::string>& regions = m.options.regions;
      if (regions.empty()) {
        assessed = m.plan ? m.plan->region_zh : std::string();
      } else {
        for (std::size_t i = 0; i < regions.size() && i < 5; ++i)
          assessed += (i ? ", " : "") + regions[i];
        if (regions.size() > 5) assessed += ", …";
      }
      return zh ? "地区“" + u.region + "”未纳入评估（评估地区：" + assessed + "）"
                : "region '" + u.region + "' is not assessed (the report assesses " + assessed +
                      ")";
    }
    case unused_reason::not_shown:
      return zh ? "本次输出的各部分均未使用该值（如比值面板未输出，或某年只有一个县的值）"
                : "no part of this output uses it (the ratio panel is not part of it, or a "
                  "county value is alone in its year)";
    case unused_reason::after_as_of:
      return zh ? "晚于数据截至年份" + std::to_string(m.as_of_year)
                : "after the as-of year " + std::to_string(m.as_of_year);
    case unused_reason::not_selected:
      return zh ? "指标" + u.indicator + "未选入" : "indicator " + u.indicator + " is not selected";
  }
  return "";
}

/// One line per unused observation, at most `limit` of them, as reports and the command line
/// list them: "obs.csv:2 · 2 · Lishui · 2021: region 'Lishui' is not assessed (…)". The caller
/// adds "… N more" when `m.data.unused.size() > limit`.
///
/// Example: `unused_lines(model, language::en)[0]` for the first unused row.
inline std::vector<std::string> unused_lines(const report_model& m, language lang,
                                             std::size_t limit = max_listed_unused) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < m.data.unused.size() && i < limit; ++i) {
    const unused_observation& u = m.data.unused[i];
    out.push_back(u.location() + " · " + u.indicator + " · " + u.region + " · " +
                  std::to_string(u.year) + ": " + unused_text(u, m, lang));
  }
  return out;
}

/// Where a baseline came from, in words.
///
/// Example: `baseline_text(baseline_origin::plan_milestone, language::zh) == "规划基期值"`.
constexpr std::string_view baseline_text(baseline_origin b, language lang) noexcept {
  switch (b) {
    case baseline_origin::observation:
      return label_text(label::origin_observation, lang);
    case baseline_origin::plan_milestone:
      return label_text(label::origin_plan, lang);
    case baseline_origin::later_observation:
      return label_text(label::origin_later, lang);
    case baseline_origin::none:
      return label_text(label::origin_none, lang);
  }
  return "";
}

/// A method's display name.
///
/// Example: `method_text(assessment_method::nbs, language::zh) == "国家统计局实现程度 (NBS)"`.
constexpr std::string_view method_text(assessment_method m, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (m) {
    case assessment_method::eurostat:
      return zh ? "欧盟统计局 (Eurostat)" : "Eurostat";
    case assessment_method::statcan:
      return zh ? "加拿大统计局 (StatCan)" : "Statistics Canada (StatCan)";
    case assessment_method::sdsn:
      return zh ? "可持续发展解决方案网络 (SDSN)" : "SDSN";
    case assessment_method::escap:
      return zh ? "联合国亚太经社会 (ESCAP)" : "UN ESCAP";
    case assessment_method::nbs:
      return zh ? "国家统计局实现程度 (NBS)" : "China NBS realisation degree";
  }
  return "";
}

/// The text for an absent number.
inline constexpr std::string_view empty_text = "—";

/// A derived value with about four significant digits and no trailing zeros ("7.27", "40950",
/// "1.735"), or "—" when empty or not finite.
///
/// Example: `value_text(26386.0 * 1.1163) == "29455"`.
inline std::string value_text(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return std::string(empty_text);
  const double a = std::abs(*v);
  const int magnitude = a > 0 ? static_cast<int>(std::floor(std::log10(a))) : 0;
  std::string s = format_fixed(*v, std::clamp(3 - magnitude, 0, 6));
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

/// An observed or printed value exactly as given ("42042", "7.27"), or "—". A value with more
/// significant digits than any statistic is published with (over nine) was computed, not printed
/// — a county max/min ratio of 55000/38000 — and is rounded as `value_text` rounds ("1.447").
///
/// Example: `exact_text(42042.0) == "42042"`, `exact_text(55000.0 / 38000.0) == "1.447"`.
inline std::string exact_text(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return std::string(empty_text);
  std::string s = format_number(*v);
  const auto digits_end = s.find_first_of("eE");
  const std::string mantissa = s.substr(0, digits_end);
  std::string digits;
  for (char c : mantissa)
    if (c >= '0' && c <= '9') digits += c;
  const auto first = digits.find_first_not_of('0');
  const auto last = digits.find_last_not_of('0');
  const std::size_t significant = first == std::string::npos ? 0 : last - first + 1;
  return significant > 9 ? value_text(v) : s;
}

/// A rate (a fraction per year) as a percentage with two decimals ("8.68%"), or "—".
///
/// Example: `rate_text(0.0868) == "8.68%"`.
inline std::string rate_text(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return std::string(empty_text);
  std::string s = format_fixed(100.0 * *v, 2);
  if (s == "-0.00") s = "0.00";
  return s + "%";
}

/// A probability as a whole percentage ("73%"), or "—".
///
/// Example: `probability_text(0.734) == "73%"`.
inline std::string probability_text(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return std::string(empty_text);
  return format_fixed(100.0 * *v, 0) + "%";
}

/// An indicator's unit in the language, as tables print it ("万元" or "10k CNY"; a ratio bare).
///
/// Example: `unit_text(units::runtime_unit::resolve("万元"), language::en) == "10k CNY"`.
inline std::string unit_text(const units::runtime_unit& unit, language lang) {
  return std::string(unit.label(lang));
}

/// An indicator's name in the language (the Chinese name when no English one is given).
///
/// Example: `name_text(lishui().indicators[0], language::en) == "Per-capita GDP"`.
inline const std::string& name_text(const plan::indicator& ind, language lang) {
  return lang == language::en && !ind.name_en.empty() ? ind.name_en : ind.name_zh;
}

/// A category's name in the language.
///
/// Example: `category_text(summary, language::en) == "Coordinated regional development"`.
inline const std::string& category_text(const category_summary& c, language lang) {
  return lang == language::en && !c.category_en.empty() ? c.category_en : c.category_zh;
}

/// The report's title: the model's own title when one is set, else the plan's name in the
/// model's language (the Chinese name when no English one is given).
///
/// Example: `title_text(build_report_model(plan::lishui(), {}, {}))` is the plan's Chinese name.
inline const std::string& title_text(const report_model& m) {
  if (!m.options.title.empty()) return m.options.title;
  const plan::plan& p = *m.plan;
  return m.options.lang == language::en && !p.name_en.empty() ? p.name_en : p.name_zh;
}

/// A milestone in words: as printed in Chinese; in English composed from its kind and value
/// ("≥ 68 %", "keep 23", "steady decrease") so that no Chinese cell text appears.
///
/// Example: `milestone_text(m, units::runtime_unit::resolve("%"), direction::higher_is_better,
/// language::en) == "≥68%"`.
inline std::string milestone_text(const math::milestone& m, const units::runtime_unit& unit,
                                  direction dir, language lang) {
  if (lang == language::zh) return m.printed.empty() ? exact_text(m.value) : m.printed;
  // A value the plan prints in words (三分之二以上 is 66.666…%) is shown to four significant
  // digits with the plan's words beside it, not as its 16-digit double.
  const bool in_words = m.printed.find_first_of("0123456789") == std::string::npos;
  const auto with_unit = [&](double v) {
    if (!in_words || format_number(v).size() <= 8) return prosper::with_unit(format_number(v), unit, lang);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return prosper::with_unit(buf, unit, lang) + " (" + m.printed + ")";
  };
  switch (m.kind) {
    case target_kind::point:
      return m.value ? with_unit(*m.value) : std::string(empty_text);
    case target_kind::at_least:
      return m.value ? "≥" + with_unit(*m.value) : std::string(empty_text);
    case target_kind::greater_than:
      return m.value ? ">" + with_unit(*m.value) : std::string(empty_text);
    case target_kind::at_most:
      return m.value ? "≤" + with_unit(*m.value) : std::string(empty_text);
    case target_kind::less_than:
      return m.value ? "<" + with_unit(*m.value) : std::string(empty_text);
    case target_kind::band:
      return m.value ? format_number(*m.value) + "–" + with_unit(m.upper.value_or(*m.value))
                     : std::string(empty_text);
    case target_kind::maintain:
      return m.value ? "keep " + with_unit(*m.value) : "keep the level";
    case target_kind::direction_only:
      return dir == direction::lower_is_better ? "steady decrease" : "steady increase";
    case target_kind::qualitative:
      return "qualitative";
    case target_kind::external:
      return "set by the province";
    case target_kind::not_set:
      return "not set";
  }
  return std::string(empty_text);
}

/// Every milestone of `ind` in words, in year order: "2022: ≤2.0 → 2025: ≤1.95".
///
/// Example: `milestones_text(lishui row 17, language::zh) == "2022: ≤2.0 → 2025: ≤1.95"`.
inline std::string milestones_text(const plan::indicator& ind, language lang) {
  std::string out;
  for (const math::milestone& ms : ind.milestones)
    out += (out.empty() ? "" : " → ") + std::to_string(ms.year) + ": " +
           milestone_text(ms, ind.unit, ind.dir, lang);
  return out;
}

/// What the plan requires, in words: "8.68%/yr" for a compound rate, else the change per year
/// ("+1.33 pp/yr"), or "—".
///
/// Example: `required_text(row.required, language::en) == "8.68%/yr"` for Lishui row 2.
inline std::string required_text(const plan::required_change_result& rc, language lang) {
  const std::string per_year(label_text(label::per_year, lang));
  if (rc.cagr) return rate_text(rc.cagr) + per_year;
  if (rc.annual_change) {
    std::string s = (*rc.annual_change > 0 ? "+" : "") + value_text(rc.annual_change);
    const std::string u = rc.change_unit.kind() == units::unit_kind::percentage_point
                              ? std::string(label_text(label::pp, lang))
                              : unit_text(rc.change_unit, lang);
    if (!u.empty()) s += " " + u;
    return s + per_year;
  }
  return std::string(empty_text);
}

}  // namespace prosper::report
