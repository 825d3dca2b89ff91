#pragma once
// Progress assessment: is an indicator on track for its target, and what are the numbers behind
// the verdict?
//
// One status vocabulary, five published methods (sources in docs/methods.md §4):
// - eurostat / statcan: R = s·d·CAGR_obs/|CAGR_req| against the bands 0.95 / 0.60 / 0;
// - sdsn: the observed linear step against the required one, bands 100 % / 50 % / 0;
// - escap: the current-status index CS of the value projected to the target year by ESCAP's
//   time-weighted geometric extrapolation, > 9 on track, ≤ 0 moving away;
// - nbs: the 实现程度 (realisation degree) gained per year against the gain per year required.
//
// The rules every method shares, in order of precedence:
// 1. a target already met is "achieved", whatever the trend (StatCan, EUSTAT, ESCAP CS = 10);
// 2. a target that asks for no change from the base (PM2.5 23 → 23, max/min ≤ 1.5 → ≤ 1.5), or
//    one the base already met, is a threshold check: never a division by zero (Open SDG crashes
//    here, §1.7). Missing it means the indicator has moved away;
// 3. a direction-only target ("稳步下降") is judged by its observed growth against fixed rates,
//    scaled near a natural limit by StatCan's factor C (§1.4);
// 4. anything else is judged by the method's ratio.
// Lower-is-better indicators flip signs through d = −1; an all-negative series flips again
// through s = −1, as in Open SDG.
//
// Bad data never throws from here and never yields NaN: the status is `not_assessable` and
// `reason` says why (no number in the target, fewer than two observations, a duplicate year,
// a compound rate from zero, mixed signs). Observations after the target year are dropped and
// the assessment is made up to the target year (EUSTAT), with a warning.
//
// Two entry points: `prosper::math::assess` on raw doubles with a runtime direction and target
// kind (what the report and CLI layers call with plan records), and the typed `prosper::assess`
// on a `milestone<I>` and `indicator_value<I>`s.

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/indicator.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/math/milestone.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/math/detail/line_fit.hpp"
#include "prosper/target.hpp"
#include "prosper/target_kind.hpp"

namespace prosper {

/// The verdict of an assessment.
///
/// Example: GDP per capita at 7.80 in 2023 on the way from 7.27 to 9.24 is `moderate_progress`
/// under Eurostat/StatCan (R = 0.876: "acceleration needed").
enum class progress_status {
  achieved,               ///< the target is met now
  on_track,               ///< substantial progress; on course to meet the target
  moderate_progress,      ///< progress, but acceleration is needed
  insufficient_progress,  ///< little or no progress
  moving_away,            ///< deterioration: moving away from the target
  not_assessable,         ///< no verdict possible; `assessment::reason` says why
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(progress_status::on_track) == "on_track"`.
constexpr std::string_view to_string(progress_status s) noexcept {
  switch (s) {
    case progress_status::achieved: return "achieved";
    case progress_status::on_track: return "on_track";
    case progress_status::moderate_progress: return "moderate_progress";
    case progress_status::insufficient_progress: return "insufficient_progress";
    case progress_status::moving_away: return "moving_away";
    case progress_status::not_assessable: return "not_assessable";
  }
  return "not_assessable";
}

/// The published method an assessment follows.
enum class assessment_method {
  eurostat,  ///< EU SDG report: ratio of CAGRs; no-target bands 1 % / 0 %
  statcan,   ///< Statistics Canada / Open SDG: ratio of CAGRs; no-target bands 1.5 %·C / 0.5 %·C / 0
  sdsn,      ///< SDSN trend arrows: ratio of linear steps, 100 % / 50 %
  escap,     ///< UN ESCAP: current-status index of the projected value, > 9 / ≤ 0
  nbs,       ///< China NBS 实现程度: realisation gained per year against the gain required
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(assessment_method::escap) == "escap"`.
constexpr std::string_view to_string(assessment_method m) noexcept {
  switch (m) {
    case assessment_method::eurostat: return "eurostat";
    case assessment_method::statcan: return "statcan";
    case assessment_method::sdsn: return "sdsn";
    case assessment_method::escap: return "escap";
    case assessment_method::nbs: return "nbs";
  }
  return "statcan";
}

/// The cut-offs between statuses. Every band is closed below: a value equal to a threshold
/// belongs to the better status, as in Open SDG's `get_progress_status`.
struct progress_thresholds {
  /// Bands for the ratio R of observed to required progress (eurostat, statcan, sdsn, nbs):
  /// R ≥ on_track → on track; ≥ moderate → moderate; ≥ insufficient → insufficient; else moving away.
  double on_track = 0.95;
  double moderate = 0.60;
  double insufficient = 0.0;
  /// Bands for ESCAP's anticipated current-status index (±10 scale): CS > cs_on_track → on
  /// track; CS ≤ cs_moving_away → moving away; CS > cs_moderate → moderate; else insufficient.
  /// With the defaults there is no insufficient band, as in ESCAP's three categories.
  double cs_on_track = 9.0;
  double cs_moderate = 0.0;
  double cs_moving_away = 0.0;
  /// Bands for the observed growth d·CAGR (fraction per year) of a direction-only target,
  /// before scaling by the natural-limit factor C. Thresholds ≤ 0 are never scaled.
  double growth_on_track = 0.015;
  double growth_moderate = 0.005;
  double growth_insufficient = 0.0;
  bool scale_growth_by_limit = true;  ///< apply StatCan's C when a natural limit is known
};

/// How the value in the target year is projected.
enum class projection_method {
  automatic,           ///< the method's own: constant CAGR (eurostat, statcan), linear (sdsn,
                       ///< nbs), time-weighted geometric (escap)
  constant_cagr,       ///< the CAGR from base to latest, continued
  linear,              ///< the average step from base to latest, continued
  weighted_geometric,  ///< ESCAP's time-weighted geometric extrapolation over all observations
  log_linear_trend,    ///< the least-squares log-linear trend over all observations
};

/// Everything an assessment can be told besides the data.
struct assessment_options {
  assessment_method method = assessment_method::statcan;
  progress_thresholds thresholds{};
  projection_method projection = projection_method::automatic;
  /// A natural bound of the indicator (100 for a % share). It scales direction-only thresholds
  /// by StatCan's C when it lies in the desired direction, and when it lies above every value it
  /// makes projections run in logit space so that they never exceed it.
  std::optional<double> natural_limit;
  /// StatCan replaces a zero base or target by 0.001 and warns that this can swing the result.
  /// prosper does not, unless asked: set this to opt in; otherwise a zero in a compound rate
  /// makes the assessment not assessable.
  std::optional<double> zero_replacement;
  /// A value this close to the target (in the indicator's unit) counts as meeting it; EUSTAT
  /// uses 1 percentage point for targets of 0 % or 100 %.
  double achieved_tolerance = 0.0;
};

/// Refuses options outside their domain, naming the option, so that a bad setting is an error
/// at the call rather than a silent ∞ in every rate (zero_replacement = ∞ replaced a zero base by
/// ∞) or a verdict that can never be "achieved" (a negative achieved_tolerance). Every assess
/// entry point calls it: math::assess and the typed assess, math::assess_with_uncertainty and the
/// batch classifiers.
///
/// The domains: `method` and `projection` one of their enumerators; every threshold finite;
/// `natural_limit`, when set, finite; `zero_replacement`, when set, finite and non-zero (its sign
/// is taken from the series, its magnitude replaces the zero; a replacement of 0 replaces
/// nothing); `achieved_tolerance` finite and ≥ 0.
///
/// Example: `validate_options("math::assess", o)` with `o.zero_replacement = 1.0 / 0.0` throws
/// argument_error "prosper::math::assess: assessment_options.zero_replacement must be finite and
/// non-zero, got inf".
/// Throws argument_error as described.
inline void validate_options(std::string_view function, const assessment_options& o) {
  namespace chk = prosper::detail::checks;
  const auto refuse = [&](std::string_view option, const std::string& rule, double v) {
    chk::invalid(function, "assessment_options." + std::string(option) + " must be " + rule +
                               ", got " + chk::num(v));
  };
  switch (o.method) {
    case assessment_method::eurostat:
    case assessment_method::statcan:
    case assessment_method::sdsn:
    case assessment_method::escap:
    case assessment_method::nbs: break;
    default:
      chk::invalid(function, "assessment_options.method is not a known method (value " +
                                 std::to_string(static_cast<int>(o.method)) + ")");
  }
  switch (o.projection) {
    case projection_method::automatic:
    case projection_method::constant_cagr:
    case projection_method::linear:
    case projection_method::weighted_geometric:
    case projection_method::log_linear_trend: break;
    default:
      chk::invalid(function, "assessment_options.projection is not a known projection (value " +
                                 std::to_string(static_cast<int>(o.projection)) + ")");
  }
  const progress_thresholds& t = o.thresholds;
  const std::pair<std::string_view, double> thresholds[] = {
      {"thresholds.on_track", t.on_track},
      {"thresholds.moderate", t.moderate},
      {"thresholds.insufficient", t.insufficient},
      {"thresholds.cs_on_track", t.cs_on_track},
      {"thresholds.cs_moderate", t.cs_moderate},
      {"thresholds.cs_moving_away", t.cs_moving_away},
      {"thresholds.growth_on_track", t.growth_on_track},
      {"thresholds.growth_moderate", t.growth_moderate},
      {"thresholds.growth_insufficient", t.growth_insufficient}};
  for (const auto& [name, v] : thresholds)
    if (!std::isfinite(v)) refuse(name, "finite", v);
  if (o.natural_limit && !std::isfinite(*o.natural_limit))
    refuse("natural_limit", "finite", *o.natural_limit);
  if (o.zero_replacement && !(std::isfinite(*o.zero_replacement) && *o.zero_replacement != 0))
    refuse("zero_replacement", "finite and non-zero", *o.zero_replacement);
  if (!(std::isfinite(o.achieved_tolerance) && o.achieved_tolerance >= 0))
    refuse("achieved_tolerance", "finite and ≥ 0", o.achieved_tolerance);
}

/// The options of a published method, with its thresholds.
///
/// Example: `preset(assessment_method::sdsn).thresholds.moderate == 0.5`.
constexpr assessment_options preset(assessment_method m) noexcept {
  assessment_options o;
  o.method = m;
  switch (m) {
    case assessment_method::eurostat:
      // Eurostat's no-target scheme: ≥ 1 %/yr significant progress, 0–1 % moderate progress,
      // below 0 movement away; it has no natural-limit scaling.
      o.thresholds.growth_on_track = 0.01;
      o.thresholds.growth_moderate = 0.0;
      o.thresholds.growth_insufficient = 0.0;
      o.thresholds.scale_growth_by_limit = false;
      break;
    case assessment_method::sdsn:
      o.thresholds.on_track = 1.0;
      o.thresholds.moderate = 0.5;
      o.thresholds.insufficient = 0.0;
      break;
    case assessment_method::statcan:
    case assessment_method::escap:
    case assessment_method::nbs: break;
  }
  return o;
}

/// The verdict and the numbers behind it. Rates are fractions per year; values and steps are in
/// the indicator's unit (steps per year). An empty optional means "not computed or not
/// defined", never NaN.
struct assessment {
  progress_status status = progress_status::not_assessable;
  assessment_method method = assessment_method::statcan;
  target_kind kind = target_kind::not_set;
  std::string basis;   ///< what the status rests on, in words
  std::string reason;  ///< why not assessable; empty otherwise
  std::vector<std::string> warnings;

  int base_year = 0;
  int current_year = 0;  ///< the latest year used (never after the target year)
  int target_year = 0;
  std::optional<double> base_value;
  std::optional<double> current_value;
  std::optional<double> target_value;  ///< the value aimed at: point, bound, nearer band end, kept level

  std::optional<double> observed_rate;  ///< CAGR base → current
  std::optional<double> required_rate;  ///< CAGR base → target
  std::optional<double> required_rate_from_now;  ///< CAGR current → target (re-planning)
  std::optional<double> observed_step;  ///< linear change per year base → current
  std::optional<double> required_step;  ///< linear change per year base → target
  std::optional<double> required_step_from_now;
  std::optional<double> ratio;  ///< R, the method's observed/required ratio

  std::optional<double> projected_value;   ///< in the target year
  std::optional<double> elapsed_share;     ///< (current year − base year)/(target year − base year)
  std::optional<double> progress_share;    ///< (current − base)/(target − base)
  std::optional<double> anticipated_gap;   ///< (target − projected)/(target − base)
  std::optional<double> current_status;    ///< ESCAP CS of the current value, ±10
  std::optional<double> anticipated_status;  ///< ESCAP CS of the projected value, ±10
  std::optional<double> realisation;       ///< NBS 实现程度 of the current value, 0–100
  std::optional<double> score;             ///< StatCan's score in [−5, 5] (statcan only)
  std::optional<double> limit_factor;      ///< StatCan's C, when a natural limit was used
};

/// StatCan's natural-limit factor C for a base value `base` and a limit `limit`:
/// 1 − (b/L)^4.44 below the limit, 1 − ((2L − b)/L)^4.44 between L and 2L, 1 beyond (on
/// absolute values, as Open SDG computes it). It is 0 at the limit and near 1 far from it.
///
/// Example: `natural_limit_factor(95.0, 100.0)` ≈ 0.204, so the 1.5 % threshold falls to 0.31 %.
inline double natural_limit_factor(double base, double limit) {
  prosper::detail::checks::finite("natural_limit_factor", "base", base);
  prosper::detail::checks::finite("natural_limit_factor", "limit", limit);
  const double b = std::abs(base), l = std::abs(limit);
  constexpr double a = 4.44;
  // Checked first so that a zero limit with a zero base gives 1, not 0/0.
  if (b >= 2 * l) return 1.0;
  if (b <= l) return 1.0 - std::pow(b / l, a);
  return 1.0 - std::pow((2 * l - b) / l, a);
}

/// StatCan's score in [−5, 5] for a ratio R of a series with a target: −5 at R ≤ −0.6, 0 at
/// R = 0.6, +5 at R ≥ 1.3, linear in between (Open SDG's slopes 4.1667 and 7.1429, here exact).
///
/// Example: `statcan_target_score(0.95) == 2.5`, the on-track boundary.
constexpr double statcan_target_score(double ratio) noexcept {
  if (ratio >= 0.6) return std::min(5.0, (ratio - 0.6) * 50.0 / 7.0);
  return std::max(-5.0, (ratio - 0.6) * 25.0 / 6.0);
}

/// StatCan's score in [−5, 5] for the signed growth `g` = s·d·CAGR of a series without a target,
/// given the natural-limit factor `c` (1 without a limit): −5 at g ≤ −2 %, −2.5 at 0, 0 at
/// 0.5 %·C, 2.5 at 1.5 %·C, +5 at 2 %·C.
///
/// Example: `statcan_growth_score(0.015, 1.0) == 2.5`.
constexpr double statcan_growth_score(double g, double c) noexcept {
  if (g < 0) return std::max(125.0 * g - 2.5, -5.0);
  if (c == 0) return 5.0;  // at the limit and not falling back: maintained
  if (g >= 0.015 * c) return std::min(500.0 * g / c - 5.0, 5.0);
  if (g >= 0.005 * c) return 250.0 * g / c - 1.25;
  return 500.0 * g / c - 2.5;
}

}  // namespace prosper


namespace prosper::detail_assess {

using math::observation;

// Thrown inside the assessment to stop with a reason; caught by `math::assess`.
struct not_assessable {
  std::string reason;
};

inline progress_status band(double x, double on_track, double moderate, double insufficient) {
  if (x >= on_track) return progress_status::on_track;
  if (x >= moderate) return progress_status::moderate_progress;
  if (x >= insufficient) return progress_status::insufficient_progress;
  return progress_status::moving_away;
}

// The Eurostat/StatCan ratio, shared with the batch functions so that both give the same bits.
// `d` is ±1; the values must share one strict sign and `target != base`.
struct compound_ratio_result {
  double observed, required, ratio;
};
inline compound_ratio_result compound_ratio(double base, double current, double target,
                                            double years_elapsed, double years_total,
                                            int d) noexcept {
  const double s = base < 0 ? -1.0 : 1.0;
  const double observed = prosper::detail::growth::rate_unchecked(base, current, years_elapsed);
  const double required = prosper::detail::growth::rate_unchecked(base, target, years_total);
  return {observed, required, s * d * observed / std::abs(required)};
}

inline std::string describe(const char* what, double v) { return std::string(what) + " " + prosper::detail::checks::num(v); }

// The assessment proper; throws `not_assessable` to stop.
class runner {
 public:
  runner(assessment& a, direction dir, const math::milestone& g, observation base,
         std::span<const observation> series, const assessment_options& opt)
      : a_(a), dir_(dir), g_(g), base_(base), series_(series), opt_(opt) {}

  void run() {
    check_goal();
    prepare_series();
    if (g_.kind == target_kind::direction_only) return direction_only();
    resolve_target();
    fill_common();
    if (met(current())) {
      a_.status = progress_status::achieved;
      a_.basis = "the target is met";
      if (points_.size() < 2) a_.warnings.push_back("only the base value is known");
      return;
    }
    need_two_points();
    // Rule 2: no change required, or the base was already better than the target.
    if (d_ == 0 || d_ * (tv_ - base_.value) <= 0) return threshold_check();
    switch (opt_.method) {
      case assessment_method::eurostat:
      case assessment_method::statcan: return compound_method();
      case assessment_method::sdsn: return sdsn_method();
      case assessment_method::nbs: return nbs_method();
      case assessment_method::escap: return escap_method();
    }
  }

 private:
  assessment& a_;
  direction dir_;
  const math::milestone& g_;
  observation base_;
  std::span<const observation> series_;
  const assessment_options& opt_;
  std::vector<observation> points_;  // base, then the observations after it up to the target year
  double tv_ = 0.0;                  // the value aimed at
  int d_ = 0;                        // +1 up, −1 down, 0 two-sided (stay at tv_)
  bool strict_ = false;              // "> v" or "< v"
  bool band_ = false;
  double lo_ = 0.0, hi_ = 0.0;

  [[noreturn]] static void stop(std::string reason) { throw not_assessable{std::move(reason)}; }
  const observation& current() const { return points_.back(); }
  // In double, so that the difference of two extreme int years cannot overflow.
  double years_elapsed() const { return double(current().year) - double(base_.year); }
  double years_total() const { return double(g_.year) - double(base_.year); }
  double years_left() const { return double(g_.year) - double(current().year); }

  void check_goal() {
    a_.method = opt_.method;
    a_.kind = g_.kind;
    a_.base_year = base_.year;
    a_.target_year = g_.year;
    a_.current_year = base_.year;
    if (!std::isfinite(base_.value)) stop(describe("the base value must be finite, got", base_.value));
    a_.base_value = base_.value;
    switch (g_.kind) {
      case target_kind::qualitative:
      case target_kind::external:
      case target_kind::not_set:
        stop("the " + std::string(to_string(g_.kind)) + " target has no number to assess against");
      case target_kind::direction_only: break;
      default:
        if (!g_.value) stop("the " + std::string(to_string(g_.kind)) + " target has no value");
        if (!std::isfinite(*g_.value)) stop(describe("the target value must be finite, got", *g_.value));
        if (g_.kind == target_kind::band) {
          if (!g_.upper || !std::isfinite(*g_.upper)) stop("the band target has no finite upper end");
          if (*g_.upper < *g_.value)
            stop("the band's upper end " + prosper::detail::checks::num(*g_.upper) + " is below its lower end " +
                 prosper::detail::checks::num(*g_.value));
        }
    }
    if (g_.year <= base_.year)
      stop("the target year " + std::to_string(g_.year) + " must be after the base year " +
           std::to_string(base_.year));
  }

  void prepare_series() {
    std::vector<observation> s(series_.begin(), series_.end());
    std::stable_sort(s.begin(), s.end(), [](const auto& x, const auto& y) { return x.year < y.year; });
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!std::isfinite(s[i].value))
        stop("the value for " + std::to_string(s[i].year) + " is not finite (" + prosper::detail::checks::num(s[i].value) + ")");
      if (i > 0 && s[i].year == s[i - 1].year)
        stop("duplicate year " + std::to_string(s[i].year) + " in the series (values " +
             prosper::detail::checks::num(s[i - 1].value) + " and " + prosper::detail::checks::num(s[i].value) + ")");
    }
    points_.push_back(base_);
    int before = 0, after = 0;
    for (const auto& o : s) {
      if (o.year < base_.year) {
        ++before;
      } else if (o.year == base_.year) {
        if (o.value != base_.value)
          a_.warnings.push_back("the series gives " + prosper::detail::checks::num(o.value) + " for the base year " +
                                std::to_string(base_.year) + "; the base value " +
                                prosper::detail::checks::num(base_.value) + " is used");
      } else if (o.year > g_.year) {
        ++after;
      } else {
        points_.push_back(o);
      }
    }
    if (before > 0)
      a_.warnings.push_back(std::to_string(before) + " observation(s) before the base year ignored");
    if (after > 0)
      a_.warnings.push_back("the target year " + std::to_string(g_.year) +
                            " has passed: assessed up to it (EUSTAT); " + std::to_string(after) +
                            " later observation(s) ignored");
    a_.current_year = current().year;
    a_.current_value = current().value;
  }

  void need_two_points() const {
    if (points_.size() < 2)
      stop("fewer than two observations: only the base year " + std::to_string(base_.year) +
           " is known");
  }

  void resolve_target() {
    const double v = *g_.value;
    const int ds = direction_sign(dir_);
    switch (g_.kind) {
      case target_kind::at_least:
      case target_kind::greater_than:
        tv_ = v;
        d_ = 1;
        strict_ = g_.kind == target_kind::greater_than;
        if (dir_ == direction::lower_is_better)
          a_.warnings.push_back("a lower bound on a lower-is-better indicator: assessed towards the bound");
        break;
      case target_kind::at_most:
      case target_kind::less_than:
        tv_ = v;
        d_ = -1;
        strict_ = g_.kind == target_kind::less_than;
        if (dir_ == direction::higher_is_better)
          a_.warnings.push_back("an upper bound on a higher-is-better indicator: assessed towards the bound");
        break;
      case target_kind::band: {
        band_ = true;
        lo_ = v;
        hi_ = *g_.upper;
        // Outside the band, the nearer end is the target and the band lies in its direction.
        const double x = current().value;
        if (x < lo_) { tv_ = lo_; d_ = 1; }
        else if (x > hi_) { tv_ = hi_; d_ = -1; }
        else { tv_ = std::clamp(base_.value, lo_, hi_); d_ = 0; }
        if (d_ != 0 && (base_.value - tv_) * d_ > 0)
          a_.warnings.push_back("the value crossed the whole band since the base year");
        break;
      }
      case target_kind::point:
      case target_kind::maintain:
      default:
        tv_ = v;
        // A neutral indicator moves the way its target lies; a kept level is two-sided.
        d_ = ds != 0 ? ds : prosper::detail::checks::sign_of(tv_ - base_.value);
        break;
    }
    a_.target_value = tv_;
  }

  bool met(const observation& o) const {
    const double x = o.value, tol = opt_.achieved_tolerance;
    if (band_) return x >= lo_ - tol && x <= hi_ + tol;
    if (d_ > 0) return strict_ ? x > tv_ - tol : x >= tv_ - tol;
    if (d_ < 0) return strict_ ? x < tv_ + tol : x <= tv_ + tol;
    return std::abs(x - tv_) <= tol;
  }

  static bool same_strict_sign(std::initializer_list<double> vs) {
    int s = 0;
    for (double v : vs) {
      const int t = prosper::detail::checks::sign_of(v);
      if (t == 0 || (s != 0 && t != s)) return false;
      s = t;
    }
    return true;
  }

  // The numbers every method reports when they are defined.
  void fill_common() {
    const double b = base_.value, x = current().value;
    if (points_.size() >= 2) {
      a_.elapsed_share = years_elapsed() / years_total();
      a_.observed_step = (x - b) / years_elapsed();
      if (same_strict_sign({b, x})) a_.observed_rate = prosper::detail::growth::rate_unchecked(b, x, years_elapsed());
    } else {
      a_.elapsed_share = 0.0;
    }
    a_.required_step = (tv_ - b) / years_total();
    if (same_strict_sign({b, tv_})) a_.required_rate = prosper::detail::growth::rate_unchecked(b, tv_, years_total());
    if (years_left() > 0) {
      a_.required_step_from_now = (tv_ - x) / years_left();
      if (same_strict_sign({x, tv_}))
        a_.required_rate_from_now = prosper::detail::growth::rate_unchecked(x, tv_, years_left());
    }
    if (tv_ != b) a_.progress_share = (x - b) / (tv_ - b);
    if (d_ != 0) {
      const direction towards = d_ > 0 ? direction::higher_is_better : direction::lower_is_better;
      // With no change required the index is only defined when met exactly (10); a value met
      // within the tolerance alone would make it divide by zero.
      const bool exactly_met = d_ > 0 ? x >= tv_ : x <= tv_;
      if (tv_ != b || exactly_met)
        a_.current_status = math::escap_current_status(b, x, tv_, towards);
      if (d_ > 0 && tv_ > 0) a_.realisation = math::nbs_positive_score(x, tv_);
      if (d_ < 0 && tv_ > 0 && x >= 0) a_.realisation = math::nbs_inverse_score(x, tv_);
    }
  }

  // The projection to the target year, or empty when the chosen method cannot make one.
  std::optional<double> project() {
    if (points_.size() < 2) return std::nullopt;
    if (years_left() == 0) return current().value;
    projection_method m = opt_.projection;
    if (m == projection_method::automatic) {
      switch (opt_.method) {
        case assessment_method::eurostat:
        case assessment_method::statcan: m = projection_method::constant_cagr; break;
        case assessment_method::sdsn:
        case assessment_method::nbs: m = projection_method::linear; break;
        case assessment_method::escap: m = projection_method::weighted_geometric; break;
      }
    }
    // A bounded share is projected in logit space so that it never crosses its bound.
    if (opt_.natural_limit) {
      const double lim = *opt_.natural_limit;
      const bool inside = std::all_of(points_.begin(), points_.end(),
                                      [&](const observation& o) { return o.value > 0 && o.value < lim; });
      if (inside && lim > 0) {
        switch (m) {
          case projection_method::weighted_geometric:
            return math::inverse_logit(
                math::detail_trend::logit_linear("math::assess", points_, lim,
                                                 math::trend_weights::escap, g_.year)
                    .at(g_.year),
                lim);
          case projection_method::log_linear_trend:
            return math::inverse_logit(
                math::detail_trend::logit_linear("math::assess", points_, lim,
                                                 math::trend_weights::equal, g_.year)
                    .at(g_.year),
                lim);
          default: return math::project_logit(base_, current(), g_.year, lim);
        }
      }
    }
    if (m == projection_method::linear) return math::project_linear(points_, base_.year, g_.year);
    // The geometric methods need one strict sign; an all-negative series is projected on its
    // magnitudes.
    std::vector<double> values;
    for (const auto& o : points_) values.push_back(o.value);
    if (!std::all_of(values.begin(), values.end(), [](double v) { return v > 0; }) &&
        !std::all_of(values.begin(), values.end(), [](double v) { return v < 0; })) {
      a_.warnings.push_back("no geometric projection: the values are not all of one strict sign");
      return std::nullopt;
    }
    const double s = values.front() < 0 ? -1.0 : 1.0;
    std::vector<observation> mag(points_);
    for (auto& o : mag) o.value *= s;
    switch (m) {
      case projection_method::weighted_geometric:
        return s * math::project_weighted_geometric(mag, g_.year);
      case projection_method::log_linear_trend:
        return s * std::exp(math::detail_trend::log_linear("math::assess", mag,
                                                           math::trend_weights::equal, g_.year)
                                .at(g_.year));
      default:
        return s * math::project_at_rate(mag.back().value,
                                         math::observed_cagr(mag.front(), mag.back()),
                                         years_left());
    }
  }

  void fill_projection() {
    // A projection is supporting detail for every method but ESCAP; if the chosen one cannot be
    // made, the verdict stands and a warning says why.
    try {
      a_.projected_value = project();
    } catch (const prosper::error& e) {
      a_.warnings.push_back(std::string("no projection: ") + e.what());
      a_.projected_value.reset();
    }
    if (!a_.projected_value) return;
    const double p = *a_.projected_value, b = base_.value;
    if (tv_ != b) a_.anticipated_gap = (tv_ - p) / (tv_ - b);
    if (d_ != 0) {
      const direction towards = d_ > 0 ? direction::higher_is_better : direction::lower_is_better;
      const bool reaches = d_ > 0 ? p >= tv_ : p <= tv_;
      if (tv_ != b || reaches) a_.anticipated_status = math::escap_current_status(b, p, tv_, towards);
    }
  }

  void threshold_check() {
    fill_projection();
    a_.status = progress_status::moving_away;
    a_.basis = d_ == 0 || tv_ == base_.value
                   ? "threshold check: the target asks for no change and is no longer met"
                   : "threshold check: the base already met the target and the value has since "
                     "moved past it";
  }

  // Values for a compound rate: a zero is replaced only when the caller opted in.
  double compound_value(const char* what, double v, int sign_hint) {
    if (v != 0) return v;
    if (!opt_.zero_replacement)
      stop(std::string("the ") + what +
           " value is 0: a compound rate from or to zero is undefined (opt in to "
           "zero_replacement, as StatCan's 0.001, or use a linear method: sdsn, nbs)");
    a_.warnings.push_back(std::string("the ") + what + " value 0 was replaced by " +
                          prosper::detail::checks::num(*opt_.zero_replacement) + "; the result can swing with this choice");
    return (sign_hint < 0 ? -1.0 : 1.0) * std::abs(*opt_.zero_replacement);
  }

  void compound_method() {
    fill_projection();
    const int hint = prosper::detail::checks::sign_of(base_.value) != 0 ? prosper::detail::checks::sign_of(base_.value)
                                                       : prosper::detail::checks::sign_of(current().value);
    const double b = compound_value("base", base_.value, hint);
    const double x = compound_value("current", current().value, hint);
    const double t = compound_value("target", tv_, hint);
    if (!same_strict_sign({b, x, t}))
      stop("mixed-sign values (base " + prosper::detail::checks::num(b) + ", current " + prosper::detail::checks::num(x) +
           ", target " + prosper::detail::checks::num(t) + "): a compound rate needs one sign");
    const auto r = compound_ratio(b, x, t, years_elapsed(), years_total(), d_);
    a_.observed_rate = r.observed;
    a_.required_rate = r.required;
    if (r.required == 0) return threshold_check();  // the target differs from the base by less than rounding
    a_.ratio = r.ratio;
    a_.status = band(r.ratio, opt_.thresholds.on_track, opt_.thresholds.moderate,
                     opt_.thresholds.insufficient);
    a_.basis = "ratio of the observed to the required compound annual growth";
    if (opt_.method == assessment_method::statcan) a_.score = statcan_target_score(r.ratio);
  }

  void sdsn_method() {
    fill_projection();
    const double obs = (current().value - base_.value) / years_elapsed();
    const double req = (tv_ - base_.value) / years_total();
    a_.ratio = d_ * obs / std::abs(req);
    a_.status = band(*a_.ratio, opt_.thresholds.on_track, opt_.thresholds.moderate,
                     opt_.thresholds.insufficient);
    a_.basis = "ratio of the observed to the required linear change per year";
  }

  void nbs_method() {
    fill_projection();
    if (!(tv_ > 0))
      stop("NBS realisation needs a positive standard (target), got " + prosper::detail::checks::num(tv_));
    const auto score = [&](double v) {
      if (d_ > 0) return math::nbs_positive_score(v, tv_);
      if (v < 0) stop("NBS realisation of an inverse indicator needs values ≥ 0, got " + prosper::detail::checks::num(v));
      return math::nbs_inverse_score(v, tv_);
    };
    const double sb = score(base_.value), sx = score(current().value);
    a_.realisation = sx;
    const double gained = (sx - sb) / years_elapsed();
    const double needed = (100.0 - sb) / years_total();
    a_.ratio = gained / needed;
    a_.status = band(*a_.ratio, opt_.thresholds.on_track, opt_.thresholds.moderate,
                     opt_.thresholds.insufficient);
    a_.basis = "realisation degree (实现程度) gained per year against the gain required";
  }

  void escap_method() {
    fill_projection();
    if (!a_.anticipated_status) stop("ESCAP needs a projection to the target year, and none could be made");
    const double cs = *a_.anticipated_status;
    const auto& th = opt_.thresholds;
    if (cs > th.cs_on_track) a_.status = progress_status::on_track;
    else if (cs <= th.cs_moving_away) a_.status = progress_status::moving_away;
    else if (cs > th.cs_moderate) a_.status = progress_status::moderate_progress;
    else a_.status = progress_status::insufficient_progress;
    a_.basis = "ESCAP current-status index of the value projected to the target year";
  }

  void direction_only() {
    if (dir_ == direction::neutral) stop("a direction-only target on a neutral indicator has no direction");
    d_ = direction_sign(dir_);
    need_two_points();
    const double b = compound_value("base", base_.value, prosper::detail::checks::sign_of(base_.value));
    const double x = compound_value("current", current().value, prosper::detail::checks::sign_of(b));
    if (!same_strict_sign({b, x}))
      stop("mixed-sign values (base " + prosper::detail::checks::num(b) + ", current " + prosper::detail::checks::num(x) +
           "): a compound rate needs one sign");
    a_.elapsed_share = years_elapsed() / years_total();
    a_.observed_step = (current().value - base_.value) / years_elapsed();
    const double cagr = prosper::detail::growth::rate_unchecked(b, x, years_elapsed());
    a_.observed_rate = cagr;
    const double g = (b < 0 ? -1.0 : 1.0) * d_ * cagr;
    double c = 1.0;
    const auto& th = opt_.thresholds;
    if (opt_.natural_limit && th.scale_growth_by_limit) {
      const double lim = *opt_.natural_limit;
      if (d_ * (lim - base_.value) >= 0) {
        c = natural_limit_factor(base_.value, lim);
        a_.limit_factor = c;
      } else {
        a_.warnings.push_back("the natural limit " + prosper::detail::checks::num(lim) +
                              " does not lie in the desired direction from the base; ignored");
      }
    }
    const auto scaled = [c](double t) { return t > 0 ? t * c : t; };
    a_.ratio = std::nullopt;
    a_.status = band(g, scaled(th.growth_on_track), scaled(th.growth_moderate),
                     scaled(th.growth_insufficient));
    a_.basis = "observed growth against fixed rates (no numeric target)";
    if (opt_.method == assessment_method::sdsn || opt_.method == assessment_method::escap ||
        opt_.method == assessment_method::nbs)
      a_.warnings.push_back(std::string(to_string(opt_.method)) +
                            " has no no-target mode; the direction-only thresholds were used");
    if (opt_.method == assessment_method::statcan) a_.score = statcan_growth_score(g, c);
    if (years_left() > 0)
      a_.projected_value = (b < 0 ? -1.0 : 1.0) *
                           math::project_at_rate(std::abs(x), cagr, years_left());
    else
      a_.projected_value = current().value;
  }
};

// Removes anything non-finite so that no NaN or ∞ ever leaves an assessment.
inline void scrub(assessment& a) {
  const auto clean = [&](std::optional<double>& v, const char* name) {
    if (v && !std::isfinite(*v)) {
      a.warnings.push_back(std::string(name) + " was not finite and is left empty");
      v.reset();
    }
  };
  clean(a.base_value, "base_value");
  clean(a.current_value, "current_value");
  clean(a.target_value, "target_value");
  clean(a.observed_rate, "observed_rate");
  clean(a.required_rate, "required_rate");
  clean(a.required_rate_from_now, "required_rate_from_now");
  clean(a.observed_step, "observed_step");
  clean(a.required_step, "required_step");
  clean(a.required_step_from_now, "required_step_from_now");
  const bool had_ratio = a.ratio.has_value();
  clean(a.ratio, "ratio");
  if (had_ratio && !a.ratio && a.status != progress_status::not_assessable) {
    a.status = progress_status::not_assessable;
    a.reason = "the ratio of observed to required progress is not finite";
    a.basis.clear();
  }
  clean(a.projected_value, "projected_value");
  clean(a.elapsed_share, "elapsed_share");
  clean(a.progress_share, "progress_share");
  clean(a.anticipated_gap, "anticipated_gap");
  clean(a.current_status, "current_status");
  clean(a.anticipated_status, "anticipated_status");
  clean(a.realisation, "realisation");
  clean(a.score, "score");
  clean(a.limit_factor, "limit_factor");
}

}  // namespace prosper::detail_assess

namespace prosper::math {

/// Assesses progress towards one milestone from raw doubles: the entry the report and CLI layers
/// call with plan records. `base` is the plan's base observation; `series` holds the later
/// observations (earlier ones and a repeated base year are tolerated and reported); `dir` is
/// what the typed overload reads from the indicator's type. The arguments are in the typed
/// overload's order, with `dir` added before the options.
///
/// Example:
/// `math::assess({2025, target_kind::point, 9.24}, {2022, 7.27},
///               std::vector<observation>{{2023, 7.80}}, direction::higher_is_better,
///               preset(assessment_method::statcan))`
/// is `moderate_progress` with ratio ≈ 0.876 and projected value ≈ 8.98.
/// Never throws for bad data: the status is `not_assessable` and `reason` says why. Throws
/// argument_error for options outside their domain (`validate_options`), naming the option: a
/// bad setting would otherwise apply to every indicator.
inline assessment assess(const milestone& m, observation base, std::span<const observation> series,
                         prosper::direction dir, const assessment_options& options) {
  validate_options("math::assess", options);
  assessment a;
  try {
    detail_assess::runner(a, dir, m, base, series, options).run();
  } catch (const detail_assess::not_assessable& e) {
    a.status = progress_status::not_assessable;
    a.reason = e.reason;
  } catch (const prosper::error& e) {
    a.status = progress_status::not_assessable;
    a.reason = e.what();
  }
  if (a.status == progress_status::not_assessable) {
    a.ratio.reset();
    a.basis.clear();
    if (a.reason.empty()) a.reason = "not assessable";
  }
  detail_assess::scrub(a);
  return a;
}

/// The same with a method's preset options.
///
/// Example: `math::assess({2025, target_kind::at_most, 1.95}, {2022, 2.0}, series,
///                        direction::lower_is_better, assessment_method::eurostat)`.
inline assessment assess(const milestone& m, observation base, std::span<const observation> series,
                         prosper::direction dir, assessment_method method) {
  return assess(m, base, series, dir, preset(method));
}

}  // namespace prosper::math

namespace prosper {

/// Assesses progress of indicator `I` towards milestone `m`, from `base` and the later
/// observations in `series`. The direction comes from `I`; for a share with a higher-is-better
/// or neutral direction the natural limit defaults to 100 %, so projections stay below it.
///
/// Example:
/// `assess(milestone<gdp_pc>{2025, target<gdp_pc>::point(9.24_wan_yuan)},
///         dated_value<gdp_pc>{2022, indicator_value<gdp_pc>{7.27_wan_yuan}}, series,
///         preset(assessment_method::eurostat))`.
template <Indicator I>
assessment assess(const milestone<I>& m, dated_value<std::type_identity_t<I>> base,
                  std::span<const dated_value<std::type_identity_t<I>>> series,
                  assessment_options options) {
  using U = typename I::unit;
  if constexpr (units::ShareUnit<U>) {
    if (!options.natural_limit && I::desired_direction != direction::lower_is_better)
      options.natural_limit = 100.0 * units::conversion_factor<units::percent, U>;
  }
  const math::milestone g = math::to_runtime(m);
  // Plans have a handful of observations per indicator: convert them on the stack, so that the
  // typed call costs what the raw one does (no allocation); longer series use the heap.
  constexpr std::size_t on_stack = 32;
  std::array<math::observation, on_stack> buffer;
  std::vector<math::observation> heap;
  std::span<math::observation> raw;
  if (series.size() <= on_stack) {
    raw = std::span<math::observation>(buffer.data(), series.size());
  } else {
    heap.resize(series.size());
    raw = heap;
  }
  for (std::size_t i = 0; i < series.size(); ++i) raw[i] = {series[i].first, series[i].second.value()};
  return math::assess(g, {base.first, base.second.value()}, raw, I::desired_direction, options);
}

/// The same with a method's preset options.
///
/// Example: `assess(m, base, series, assessment_method::escap)`.
template <Indicator I>
assessment assess(const milestone<I>& m, dated_value<std::type_identity_t<I>> base,
                  std::span<const dated_value<std::type_identity_t<I>>> series,
                  assessment_method method) {
  return assess(m, base, series, preset(method));
}

}  // namespace prosper
