#pragma once
// Roll-ups: what a plan's indicators add up to, per category and for the whole plan.
//
// Three views that statistical offices and plan evaluations publish, over one list of items:
// - status counts and shares: how many indicators are achieved, on track, … (Open SDG's
//   "statuses by goal", the EU SDG report's overview per goal);
// - the mean StatCan/Open SDG score in [−5, 5] (`statcan_target_score`, `statcan_growth_score`);
// - the NBS 实现程度 (degree of realisation, 0–100) per indicator — positive x/S, inverse S/x,
//   interval 100 inside the band and linear to 0 at declared limits, each capped at 100
//   (gap.hpp) — and its weighted mean, Σ wᵢ·Dᵢ / Σ wᵢ over the items that have a degree, as the
//   NBS 全面建成小康社会统计监测 and the provincial 共同富裕 monitoring aggregate them;
// plus the Chinese plan-evaluation view 按时序进度 (`schedule_progress`): in a year t inside the
// plan period, has an indicator made at least the elapsed share of its required progress
// (达到预期进度) or not (滞后)? A roll-up counts those too, with the percentage on schedule.
//
// The math knows nothing of reports or plans: an item is (category, status, score, degree,
// weight, schedule) and the category is any text. The report layer (report/rollup_table.hpp)
// builds the items from a plan's rows.
//
// Refusals: a weight that is negative or not finite, or weights that are all zero, throw
// `argument_error`; a schedule year outside the plan period, a target year not after the base
// year or a non-finite number throws `argument_error`/`value_error` (prosper/error.hpp).

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/direction.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/math/required_change.hpp"

namespace prosper::math {

// ---- NBS 实现程度 of one indicator -----------------------------------------------------------

/// The three NBS indicator types (国家统计局 2008 全面建设小康社会统计监测方案).
enum class nbs_type {
  positive,  ///< 正指标: more is better, degree 100·x/S
  inverse,   ///< 逆指标: less is better, degree 100·S/x
  interval,  ///< 区间指标: 100 inside [lower, upper], linear to 0 at the declared limits
};

/// A stable ASCII name, used in CSV, JSON and Python.
///
/// Example: `to_string(nbs_type::inverse) == "inverse"`.
constexpr std::string_view to_string(nbs_type t) noexcept {
  switch (t) {
    case nbs_type::positive: return "positive";
    case nbs_type::inverse: return "inverse";
    case nbs_type::interval: return "interval";
  }
  return "positive";
}

/// The standard an indicator's degree is measured against: S for positive and inverse
/// indicators; the band [lower, upper] and the limits where the degree reaches 0 for interval
/// ones. The limits are the plan's (or the evaluator's) declaration; prosper never invents them.
struct nbs_standard {
  nbs_type type = nbs_type::positive;
  double standard = 0.0;  ///< S (positive, inverse)
  double lower = 0.0, upper = 0.0;  ///< the band (interval)
  std::optional<double> lower_limit, upper_limit;  ///< degree 0 at and beyond (interval)

  /// Example: `nbs_standard::positive(9.24)`.
  static constexpr nbs_standard positive(double s) noexcept { return {nbs_type::positive, s, 0, 0, {}, {}}; }
  /// Example: `nbs_standard::inverse(40.0)` (Engel coefficient ≤ 40 %).
  static constexpr nbs_standard inverse(double s) noexcept { return {nbs_type::inverse, s, 0, 0, {}, {}}; }
  /// Example: `nbs_standard::interval(3.0, 6.0, 1.0, 8.0)` (unemployment in [3, 6] %, 0 at 1 and 8).
  static constexpr nbs_standard interval(double lower, double upper,
                                         std::optional<double> lower_limit,
                                         std::optional<double> upper_limit) noexcept {
    return {nbs_type::interval, 0, lower, upper, lower_limit, upper_limit};
  }
};

/// The NBS 实现程度 of `value` against its standard, in points 0–100: positive 100·x/S and
/// inverse 100·S/x, both capped at 100; interval 100 inside the band, falling linearly to 0 at
/// the declared limits (`nbs_positive_score`, `nbs_inverse_score`, `nbs_interval_score`).
///
/// Example: `math::nbs_degree(7.80, nbs_standard::positive(9.24))` ≈ 84.4;
/// `math::nbs_degree(2.0, nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 50.0`.
/// Throws `argument_error` for an interval indicator without both limits (a degree outside the
/// band is undefined without them) and for limits inside the band; `value_error` for S ≤ 0, a
/// negative value of an inverse indicator, or a non-finite number.
inline double nbs_degree(double value, const nbs_standard& s) {
  switch (s.type) {
    case nbs_type::positive: return nbs_positive_score(value, s.standard);
    case nbs_type::inverse: return nbs_inverse_score(value, s.standard);
    case nbs_type::interval:
      if (!s.lower_limit || !s.upper_limit)
        prosper::detail::checks::invalid(
            "math::nbs_degree",
            "an interval indicator needs both declared limits (where the degree reaches 0); got " +
                std::string(s.lower_limit ? "no upper limit" : "no lower limit"));
      return nbs_interval_score(value, s.lower, s.upper, *s.lower_limit, *s.upper_limit);
  }
  return 0.0;
}

// ---- 按时序进度: progress against the time elapsed ------------------------------------------

/// How an indicator stands against the time elapsed in a plan-evaluation year.
enum class schedule_status {
  achieved,       ///< 已实现: the target is already met (NDRC: 提前实现)
  on_schedule,    ///< 达到预期进度: progress made ≥ time elapsed
  lagging,        ///< 滞后: progress made < time elapsed
  not_evaluable,  ///< no data in the period, no numeric target, …
};

/// A stable ASCII name, used in CSV, JSON and Python.
///
/// Example: `to_string(schedule_status::lagging) == "lagging"`.
constexpr std::string_view to_string(schedule_status s) noexcept {
  switch (s) {
    case schedule_status::achieved: return "achieved";
    case schedule_status::on_schedule: return "on_schedule";
    case schedule_status::lagging: return "lagging";
    case schedule_status::not_evaluable: return "not_evaluable";
  }
  return "not_evaluable";
}

/// On which scale the required progress is measured.
enum class schedule_scale {
  level,              ///< the indicator's own values: (x_t − x_0)/(target − x_0)
  cumulative_growth,  ///< a growth-rate target g: ln(L_t/L_0) / ln((1+g)^n) on the implied level
};

/// A stable ASCII name, used in CSV, JSON and Python.
///
/// Example: `to_string(schedule_scale::cumulative_growth) == "cumulative_growth"`.
constexpr std::string_view to_string(schedule_scale s) noexcept {
  switch (s) {
    case schedule_scale::level: return "level";
    case schedule_scale::cumulative_growth: return "cumulative_growth";
  }
  return "level";
}

/// One indicator in one evaluation year.
///
/// On the level scale, `base_value`, `target_value` and `value` are in the indicator's unit and
/// `dir` is the side of the target that meets it (higher for "≥ S" and for more-is-better point
/// targets, lower for "≤ S" …; neutral when only the exact value meets it).
/// On the cumulative-growth scale `target_value` is the growth rate the plan asks for, a fraction
/// per year (0.065 for 年均增长6.5%, −0.03 for 年均下降3%), and `base_value`/`value` are levels
/// (> 0) of the quantity that grows — or 1 and the chained factor Π(1 + gᵧ) of the observed
/// yearly rates. The sign of the rate gives the direction; `dir` matters only for a zero rate.
struct schedule_item {
  int base_year = 0;
  double base_value = 0.0;
  int target_year = 0;
  double target_value = 0.0;
  int year = 0;  ///< the evaluation year t, base_year < t ≤ target_year
  double value = 0.0;  ///< the value in year t
  prosper::direction dir = prosper::direction::higher_is_better;
  schedule_scale scale = schedule_scale::level;
};

/// What the schedule view says of one indicator.
struct schedule_entry {
  schedule_status status = schedule_status::not_evaluable;
  double elapsed_share = 0.0;            ///< (t − t₀)/(T − t₀)
  std::optional<double> progress_share;  ///< the share of the required progress made; empty for a threshold
  bool threshold = false;  ///< no progress was required (target = base, or the base met it): judged by "met"
};

/// The 按时序进度 verdict for one indicator in year t. The time elapsed is
/// e = (t − t₀)/(T − t₀); the progress made is
/// - on the level scale, p = (x_t − x₀)/(S − x₀), the share of the required change achieved
///   (ESCAP's and the 1996 xiaokang scheme's 实现程度 of the distance), whatever the direction;
/// - for a growth-rate target g, p = ln(x_t/x₀) / (n·ln(1 + g)) with n = T − t₀: the
///   cumulative growth achieved over the cumulative growth the rate implies, (1 + g)ⁿ, taken on
///   the log scale. On that scale an indicator growing exactly at g has p = e in every year, so
///   "on schedule" means an average growth since t₀ of at least g — how the NDRC mid-term
///   evaluations read 年均增长 targets ("GDP增长 … 基本符合预期"). The level scale would call
///   exact growth at g lagging, because (1 + g)ᵏ − 1 < (k/n)·((1 + g)ⁿ − 1) for g > 0.
/// The indicator is achieved when the target is met (p ≥ 1, or the threshold is met), on
/// schedule when p ≥ e (时间过半、任务过半 — NDRC's 14th FYP mid-term evaluation, 2023), and
/// lagging otherwise.
/// A target that asks for no change (S = x₀, or g = 0) or one the base already met (x₀ beyond S
/// on the side `dir`) is a threshold: achieved when x_t meets it, lagging otherwise, with no
/// progress share — never a division by zero, and never "on schedule" for a bound the base
/// met and the value then crossed. With `dir` neutral only S itself meets a threshold.
///
/// Example: GDP per capita 7.27 (2022) → 9.24 (2025) at 7.80 in 2023 has made 26.9 % of the way
/// in 33.3 % of the time: `schedule_progress({2022, 7.27, 2025, 9.24, 2023, 7.80})` is lagging.
/// Throws `argument_error` unless base_year < year ≤ target_year; `value_error` for a non-finite
/// number, a growth rate ≤ −100 % or a level ≤ 0 on the cumulative-growth scale.
inline schedule_entry schedule_progress(const schedule_item& it) {
  namespace chk = prosper::detail::checks;
  constexpr const char* fn = "math::schedule_progress";
  chk::finite(fn, "base_value", it.base_value);
  chk::finite(fn, "target_value", it.target_value);
  chk::finite(fn, "value", it.value);
  if (!(it.target_year > it.base_year))
    chk::invalid(fn, "the target year " + std::to_string(it.target_year) +
                         " must be after the base year " + std::to_string(it.base_year));
  if (!(it.year > it.base_year && it.year <= it.target_year))
    chk::invalid(fn, "the evaluation year " + std::to_string(it.year) +
                         " must be inside the plan period (" + std::to_string(it.base_year) +
                         ", " + std::to_string(it.target_year) + "]");
  schedule_entry e;
  e.elapsed_share = elapsed_share(it.base_year, it.target_year, it.year);
  const double years = double(it.target_year) - double(it.base_year);

  double made = 0.0, required = 0.0;  // progress on the chosen scale, signed towards `dir`
  int d = prosper::direction_sign(it.dir);
  if (it.scale == schedule_scale::cumulative_growth) {
    prosper::detail::growth::check_levels(fn, "base_value", it.base_value, "value", it.value);
    // The implied level through the one kernel; its log is n·ln(1 + g).
    const double factor = prosper::detail::growth::factor_of(fn, it.target_value, years);
    required = std::log(factor);
    made = static_cast<double>(prosper::detail::growth::log_ratio(it.base_value, it.value));
    // A growth target asks for movement its own way (年均下降3% is g = −0.03); `dir` only
    // says which side meets a zero rate.
    if (required != 0.0) d = required > 0 ? 1 : -1;
    else if (d == 0) d = 1;
  } else {
    required = it.target_value - it.base_value;
    made = it.value - it.base_value;
    if (d == 0) d = required > 0 ? 1 : required < 0 ? -1 : 0;
  }

  if (required == 0.0 || (d != 0 && d * required < 0)) {
    // A threshold: met or not. On the level scale "met" compares the value with S; on the
    // growth scale the cumulative growth with the growth required.
    e.threshold = true;
    const bool met = d == 0 ? made == required : d * (made - required) >= 0;
    e.status = met ? schedule_status::achieved : schedule_status::lagging;
    return e;
  }
  const double p = made / required;
  e.progress_share = p;
  e.status = p >= 1.0                ? schedule_status::achieved
             : p >= e.elapsed_share ? schedule_status::on_schedule
                                     : schedule_status::lagging;
  return e;
}

// ---- The roll-up ---------------------------------------------------------------------------

/// The buckets a roll-up counts: the six `progress_status` values in declaration order, then
/// "no data" (an indicator nobody observed, kept apart from `not_assessable`).
inline constexpr std::size_t rollup_bucket_count = 7;

/// A stable ASCII name of a bucket: `to_string(progress_status)`, or "no_data" for the last.
///
/// Example: `rollup_bucket_key(6) == "no_data"`.
constexpr std::string_view rollup_bucket_key(std::size_t bucket) noexcept {
  return bucket + 1 == rollup_bucket_count ? std::string_view("no_data")
                                           : to_string(static_cast<progress_status>(bucket));
}

/// One indicator as a roll-up sees it.
///
/// Example: `{"经济", progress_status::on_track, false, 3.1, 84.4, 1.0, schedule_status::lagging}`.
struct rollup_item {
  std::string category;
  progress_status status = progress_status::not_assessable;
  bool no_data = false;                    ///< counted as "no data", not as its status
  std::optional<double> score;             ///< StatCan score in [−5, 5], when computed
  std::optional<double> degree;            ///< NBS 实现程度, 0–100, when defined
  double weight = 1.0;                     ///< declared weight (≥ 0); 1 for equal weights
  std::optional<schedule_status> schedule; ///< the 按时序进度 verdict, when one was made
};

/// The roll-up of one category, or of the whole plan.
struct rollup_group {
  std::string category;  ///< "" for the whole plan
  std::array<std::size_t, rollup_bucket_count> counts{};
  std::size_t total = 0;
  std::optional<double> mean_score;   ///< weighted mean over the `scored` items
  std::size_t scored = 0;
  std::optional<double> mean_degree;  ///< weighted mean over the `with_degree` items
  std::size_t with_degree = 0;
  double degree_weight = 0.0;         ///< Σ wᵢ over those items
  std::array<std::size_t, 4> schedule{};  ///< counts per `schedule_status`
  std::size_t schedule_evaluated = 0;     ///< achieved + on schedule + lagging

  /// The count of one status.
  [[nodiscard]] std::size_t of(progress_status s) const noexcept {
    return counts[static_cast<std::size_t>(s)];
  }
  /// The share of the items in a bucket, 0–1; empty for an empty group.
  [[nodiscard]] std::optional<double> share(std::size_t bucket) const noexcept {
    if (total == 0 || bucket >= rollup_bucket_count) return std::nullopt;
    return double(counts[bucket]) / double(total);
  }
  /// The count of one schedule verdict.
  [[nodiscard]] std::size_t of(schedule_status s) const noexcept {
    return schedule[static_cast<std::size_t>(s)];
  }
  /// Achieved or on schedule: 达到预期进度 in the evaluations' count.
  [[nodiscard]] std::size_t on_schedule() const noexcept {
    return of(schedule_status::achieved) + of(schedule_status::on_schedule);
  }
  /// The share of the evaluated items on schedule (achieved included), 0–1; empty when none was
  /// evaluated. Items not evaluable are left out of the denominator and counted apart.
  [[nodiscard]] std::optional<double> on_schedule_share() const noexcept {
    if (schedule_evaluated == 0) return std::nullopt;
    return double(on_schedule()) / double(schedule_evaluated);
  }
};

/// Per category, in the order categories first appear, and for the whole plan.
struct rollup_result {
  std::vector<rollup_group> categories;
  rollup_group overall;
};

namespace detail_rollup {
struct sums {
  double score_w = 0, score_wx = 0, degree_w = 0, degree_wx = 0;
};
inline void add(rollup_group& g, sums& s, const rollup_item& it) {
  ++g.total;
  ++g.counts[it.no_data ? rollup_bucket_count - 1 : static_cast<std::size_t>(it.status)];
  if (it.score) {
    ++g.scored;
    s.score_w += it.weight;
    s.score_wx += it.weight * *it.score;
  }
  if (it.degree) {
    ++g.with_degree;
    s.degree_w += it.weight;
    s.degree_wx += it.weight * *it.degree;
  }
  if (it.schedule) {
    ++g.schedule[static_cast<std::size_t>(*it.schedule)];
    if (*it.schedule != schedule_status::not_evaluable) ++g.schedule_evaluated;
  }
}
inline void finish(rollup_group& g, const sums& s) {
  g.degree_weight = s.degree_w;
  if (s.score_w > 0) g.mean_score = s.score_wx / s.score_w;
  if (s.degree_w > 0) g.mean_degree = s.degree_wx / s.degree_w;
}
}  // namespace detail_rollup

/// Rolls the items up per category and for the whole plan: counts and shares per status bucket,
/// the weighted mean StatCan score and NBS degree (Σ wᵢ·vᵢ / Σ wᵢ over the items that have the
/// value; with all weights 1 a plain mean), and the schedule counts with the share on schedule.
/// Counts are never weighted. A group whose valued items all have weight 0 has no mean.
///
/// Example: two items of category "A" with degrees 80 and 100 and weights 1 and 3 give
/// `rollup(items).categories[0].mean_degree == 95`.
/// Throws `argument_error` for a negative or non-finite weight, a non-finite score or degree,
/// or weights that are all zero (an empty list is no error: every count is 0, no mean).
inline rollup_result rollup(std::span<const rollup_item> items) {
  namespace chk = prosper::detail::checks;
  constexpr const char* fn = "math::rollup";
  bool any_weight = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const rollup_item& it = items[i];
    const std::string where = "items[" + std::to_string(i) + "]";
    if (!std::isfinite(it.weight) || it.weight < 0)
      chk::invalid(fn, where + ".weight must be finite and ≥ 0, got " + chk::num(it.weight));
    if ((it.score && !std::isfinite(*it.score)) || (it.degree && !std::isfinite(*it.degree)))
      chk::invalid(fn, where + " has a score or degree that is not finite");
    any_weight = any_weight || it.weight > 0;
  }
  if (!items.empty() && !any_weight)
    chk::invalid(fn, "the weights are all zero: no weighted mean is defined");

  rollup_result out;
  std::vector<detail_rollup::sums> sums;
  detail_rollup::sums all;
  for (const rollup_item& it : items) {
    auto g = std::find_if(out.categories.begin(), out.categories.end(),
                          [&](const rollup_group& c) { return c.category == it.category; });
    if (g == out.categories.end()) {
      out.categories.push_back({});
      out.categories.back().category = it.category;
      sums.emplace_back();
      g = std::prev(out.categories.end());
    }
    detail_rollup::add(*g, sums[std::size_t(g - out.categories.begin())], it);
    detail_rollup::add(out.overall, all, it);
  }
  for (std::size_t k = 0; k < out.categories.size(); ++k)
    detail_rollup::finish(out.categories[k], sums[k]);
  detail_rollup::finish(out.overall, all);
  return out;
}

}  // namespace prosper::math
