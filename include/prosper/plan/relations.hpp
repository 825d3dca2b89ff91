#pragma once
// Relations among a plan's numbers: what the plan states or implies about how its targets fit
// together. A plan prints "居民人均可支配收入与人均GDP之比 0.617" next to 57000 元 and 9.24 万元;
// its body says "数字经济总量1000亿元" and "GDP突破2250亿元" while the table asks for a 50 %
// digital share of GDP. Each such link is a `relation`: a kind (which formula applies), the plan
// items it reads (operands) and the plan's own wording. `audit.hpp` evaluates them.
//
// Relations are data, not code, so that a plan loaded from JSON carries its own. Two families:
// - explicit relations, written down per plan (Lishui's are in `lishui_relations.hpp`);
// - derived relations, generated here from `body_target::indicator_id`: a body target that
//   restates a table row must agree with it, and a body growth claim on a row must match the
//   growth the row's milestones imply.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/plan/plan.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::plan {

/// Which formula a relation applies to its operands. The operand layout of each kind is fixed;
/// `operand_count` gives its length.
///
/// Example: `relation_kind::ratio_identity` with operands {33@2025, 2@2025, 1@2025} says
/// "row 33 equals row 2 divided by row 1".
enum class relation_kind {
  /// {body target, indicator@year}: the body restates the table; the two must agree (after unit
  /// conversion, e.g. 5.7 万元 vs 57000 元).
  restates,
  /// {r, a, b}: r = a / b, b converted into a's unit first (0.617 vs 57000 元 / 9.24 万元).
  ratio_identity,
  /// {r, a}: r = a / X with X an outside figure the plan does not print (the provincial
  /// average). Never evaluable; the finding reports the X the plan's own numbers imply.
  ratio_to_external,
  /// {ratio, mean, part, weight}: the mean is the weight-weighted mean of the part and an unseen
  /// "other" group, mean = w·other + (1−w)·part; the implied other/part must fit the ratio
  /// (urban/rural income ratio from resident income, rural income and urbanisation).
  weighted_mean_ratio,
  /// {share, part, total}: share = part / total in the share's unit (1000 亿元 / 2250 亿元 vs
  /// 50 %).
  share_of_total,
  /// {claim, s@y0, s@y1}: the claimed annual growth equals the CAGR of s between the two
  /// milestones ("年均增长15%" vs 16400 → 25000 元).
  growth_claim,
  /// {claim, a@y0, a@y1, b@y0, b@y1}: the claimed annual growth equals the CAGR of a·b (a share of
  /// GDP times GDP: the growth of the part the share measures).
  product_growth_claim,
  /// {a@y0, a@y1, b@y0, b@y1}: the CAGR of a is at least the CAGR of b
  /// ("居民收入增长快于经济增长").
  growth_ordering,
  /// {ratio, value}: the ratio is the highest over the lowest of the value across the plan's
  /// sub-regions (地区人均可支配收入最高最低倍差 over the counties' incomes). The plan prints no
  /// per-region figures, so the audit can only check that the bound is possible (≥ 1); reports
  /// compute the ratio from regional data.
  max_min_over_regions,
  /// {a, b}: the target a sets is no looser than the target b sets: every value a admits, b
  /// admits too (a city's "≤1.95" against its province's "<1.9" for the same ratio, a city's
  /// "≤1.5" against the province's "1.55以内"). Bounds are thresholds a plan chooses, not rounded
  /// measurements, so they are compared as printed, without a printing tolerance.
  bound_no_looser,
};

/// A stable ASCII name, used in JSON and reports.
///
/// Example: `to_string(relation_kind::share_of_total) == "share_of_total"`.
constexpr std::string_view to_string(relation_kind k) noexcept {
  switch (k) {
    case relation_kind::restates:
      return "restates";
    case relation_kind::ratio_identity:
      return "ratio_identity";
    case relation_kind::ratio_to_external:
      return "ratio_to_external";
    case relation_kind::weighted_mean_ratio:
      return "weighted_mean_ratio";
    case relation_kind::share_of_total:
      return "share_of_total";
    case relation_kind::growth_claim:
      return "growth_claim";
    case relation_kind::product_growth_claim:
      return "product_growth_claim";
    case relation_kind::growth_ordering:
      return "growth_ordering";
    case relation_kind::max_min_over_regions:
      return "max_min_over_regions";
    case relation_kind::bound_no_looser:
      return "bound_no_looser";
  }
  return "restates";
}

/// Every kind, in declaration order; what parsers and tests iterate over.
inline constexpr std::array<relation_kind, 10> all_relation_kinds = {
    relation_kind::restates,
    relation_kind::ratio_identity,
    relation_kind::ratio_to_external,
    relation_kind::weighted_mean_ratio,
    relation_kind::share_of_total,
    relation_kind::growth_claim,
    relation_kind::product_growth_claim,
    relation_kind::growth_ordering,
    relation_kind::max_min_over_regions,
    relation_kind::bound_no_looser};

/// The kind named `s`, or nothing for an unknown name.
///
/// Example: `relation_kind_from_string("growth_claim") == relation_kind::growth_claim`.
constexpr std::optional<relation_kind> relation_kind_from_string(std::string_view s) noexcept {
  for (relation_kind k : all_relation_kinds)
    if (to_string(k) == s) return k;
  return std::nullopt;
}

/// How many operands a relation of kind `k` reads.
///
/// Example: `operand_count(relation_kind::growth_ordering) == 4`.
constexpr std::size_t operand_count(relation_kind k) noexcept {
  switch (k) {
    case relation_kind::restates:
      return 2;
    case relation_kind::ratio_identity:
      return 3;
    case relation_kind::ratio_to_external:
      return 2;
    case relation_kind::weighted_mean_ratio:
      return 4;
    case relation_kind::share_of_total:
      return 3;
    case relation_kind::growth_claim:
      return 3;
    case relation_kind::product_growth_claim:
      return 5;
    case relation_kind::growth_ordering:
      return 4;
    case relation_kind::max_min_over_regions:
      return 2;
    case relation_kind::bound_no_looser:
      return 2;
  }
  return 0;
}

/// One number a relation reads: an indicator's milestone (id and year) or a body target (id).
/// Exactly one of `indicator` and `body` is set.
///
/// Example: `operand::of_indicator("2", 2025)`, `operand::of_body("三.11.1")`.
struct operand {
  std::string indicator;  ///< indicator id, or "" for a body target
  int year = 0;           ///< the milestone year (indicators only)
  std::string body;       ///< body target id, or "" for an indicator milestone

  /// The milestone of indicator `id` in `year`. Example: `operand::of_indicator("1", 2022)`.
  static operand of_indicator(std::string id, int year) { return {std::move(id), year, {}}; }
  /// Body target `id`. Example: `operand::of_body("一.1.1")`.
  static operand of_body(std::string id) { return {{}, 0, std::move(id)}; }

  /// True for an indicator milestone. Example: `operand::of_indicator("1", 2022).is_indicator()`.
  [[nodiscard]] bool is_indicator() const noexcept { return !indicator.empty(); }

  friend bool operator==(const operand&, const operand&) = default;
};

/// A relation among a plan's numbers, with the plan's wording.
///
/// Example: `{"identity.33.2025", relation_kind::ratio_identity,
///            {of_indicator("33", 2025), of_indicator("2", 2025), of_indicator("1", 2025)},
///            "居民人均可支配收入与人均GDP之比", "row 33 is row 2 over row 1"}`.
struct relation {
  std::string id;  ///< unique within a plan ("identity.33.2025", "restates.一.3.2")
  relation_kind kind = relation_kind::restates;
  std::vector<operand> operands;  ///< in the kind's layout
  std::string text_zh;            ///< the plan's wording the relation rests on
  std::string note;               ///< why the relation holds and what it assumes, in English

  friend bool operator==(const relation&, const relation&) = default;
};

/// Half a unit in the last printed digit of the number in `printed` that stands for `value`:
/// the rounding a printed figure may carry. "9.24" gives 0.005, "57000" 0.5, "3.0" 0.05,
/// "5.7万元" for the value 5.7 gives 0.05. A number printed with 万 or 亿 that is stored in the
/// base unit ("1万人" stored as 10000) scales accordingly. A value whose digits do not appear
/// (a number printed in words, "三分之二以上") is taken as exact up to its shortest decimal form.
///
/// Example: `printed_half_unit("≤1.95", 1.95) == 0.005`.
inline double printed_half_unit(std::string_view printed, double value) {
  const auto same = [](double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
  };
  std::size_t i = 0;
  while (i < printed.size()) {
    const auto is_digit = [&](std::size_t k) {
      return k < printed.size() && printed[k] >= '0' && printed[k] <= '9';
    };
    if (!is_digit(i)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (is_digit(i)) ++i;
    int decimals = 0;
    if (i + 1 < printed.size() && printed[i] == '.' && is_digit(i + 1)) {
      ++i;
      while (is_digit(i)) {
        ++i;
        ++decimals;
      }
    }
    double token = 0;
    std::from_chars(printed.data() + start, printed.data() + i, token);
    const double half = 0.5 * std::pow(10.0, -decimals);
    if (same(token, std::abs(value))) return half;
    for (double scale : {1e4, 1e8})
      if (same(token * scale, std::abs(value))) return half * scale;
  }
  // Not printed as digits: exact to its shortest round-trip decimal form.
  std::array<char, 64> buf{};
  const auto res =
      std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed);
  const std::string_view text(buf.data(), static_cast<std::size_t>(res.ptr - buf.data()));
  const auto dot = text.find('.');
  const auto decimals = dot == std::string_view::npos ? 0 : text.size() - dot - 1;
  return 0.5 * std::pow(10.0, -static_cast<double>(decimals));
}

/// The relations a plan implies through its body targets' `indicator_id` links, in body order:
/// - a body target on a level or share basis ("level", "share") whose unit converts into its
///   row's unit becomes `restates` {body, row@body.year} with id "restates.<body id>";
/// - a body target on the "annual_growth" basis whose row is not itself a share becomes
///   `growth_claim` {body, row@first numeric year, row@last numeric year}, id
///   "growth_claim.<body id>".
/// Other links are not restatements and are left to explicit relations: a body total linked to
/// the share row it is the numerator of (亿元 vs %), growth of a row that is itself a share (the
/// growth of the numerator, not of the share), counts, increments and orderings.
///
/// Example: for Lishui, body "一.3.2" (5.7 万元, row 2) gives
/// `{"restates.一.3.2", relation_kind::restates, {of_body("一.3.2"), of_indicator("2", 2025)}, …}`.
inline std::vector<relation> derive_relations(const plan& p) {
  std::vector<relation> out;
  for (const body_target& b : p.body_targets) {
    if (b.indicator_id.empty() || !b.value) continue;
    const auto row = std::find_if(p.indicators.begin(), p.indicators.end(),
                                  [&](const indicator& i) { return i.id == b.indicator_id; });
    if (row == p.indicators.end()) continue;
    if (b.basis == "level" || b.basis == "share") {
      if (!units::convertible(b.unit, row->unit)) continue;
      out.push_back({"restates." + b.id,
                     relation_kind::restates,
                     {operand::of_body(b.id), operand::of_indicator(row->id, b.year)},
                     b.phrase_zh,
                     "the body text restates row " + row->id + " (" + row->name_zh +
                         "); the two numbers must agree"});
    } else if (b.basis == "annual_growth" && !row->unit.is_share()) {
      std::vector<int> years;
      for (const math::milestone& m : row->milestones)
        if (m.value) years.push_back(m.year);
      if (years.size() < 2) continue;
      out.push_back({"growth_claim." + b.id,
                     relation_kind::growth_claim,
                     {operand::of_body(b.id), operand::of_indicator(row->id, years.front()),
                      operand::of_indicator(row->id, years.back())},
                     b.phrase_zh,
                     "the body's annual growth for row " + row->id + " (" + row->name_zh +
                         ") against the CAGR its milestones imply; the body's period may start "
                         "earlier than the table's"});
    }
  }
  return out;
}

}  // namespace prosper::plan
