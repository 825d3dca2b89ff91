#pragma once
// The consistency audit: evaluates each relation of a plan (relations.hpp) on the plan's own
// milestone values and says whether it holds, is violated, or cannot be evaluated, with the
// numbers on both sides.
//
// Tolerance. A plan prints rounded numbers: 0.611 stands for anything in [0.6105, 0.6115), and
// 44400 / 72700 = 0.61073 is not a contradiction of it. So every printed number carries half a
// unit in its last printed digit (`printed_half_unit`), and a relation's tolerance is that
// rounding propagated through its formula: the formula is evaluated at every corner of the box
// "printed value ± half unit" of its inputs and the largest deviation from the value at the
// printed numbers is taken. For a ratio a/b this is ≈ (δa/a + δb/b)·a/b; for a CAGR over n years
// it is ≈ (δs0/s0 + δs1/s1)·(1+g)/n. The two sides' tolerances add. A relation is violated only
// when the gap between the two sides exceeds that tolerance, so rounding never raises an alarm.
//
// Bounds. A target printed as a bound ("≥64", "突破2250亿元", "≤2.0") admits a range of values.
// The relation is evaluated over the whole admissible range of its inputs (the hull of the
// formula's values at the range's corners; every formula here is monotone in each input) and
// holds when some admissible values make both sides meet: the question is "can the plan's
// targets all be met at once?". Ranges of ordinary quantities start at 0; growth rates may be
// negative; a weight printed in % cannot exceed 100 %. Two bounds compared with each other
// (`relation_kind::bound_no_looser`, "is the city's ceiling no looser than the province's?") are
// the exception to the tolerance: a bound is a threshold the plan chooses, not a measurement it
// rounds, so bounds are compared as printed.
//
// Explanations. Each finding says its numbers in a sentence twice, `explanation` in English and
// `explanation_zh` in Chinese ("附表第2行（2025年）", "个百分点"); both come from one sentence
// builder called once per language, so they cannot disagree on a number.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "prosper/math/compounding.hpp"
#include "prosper/format.hpp"
#include "prosper/language.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::plan {

/// The verdict on one relation.
///
/// Example: `finding_status::violated` for "低保标准增幅不低于人均可支配收入增幅" on Lishui's
/// numbers.
enum class finding_status {
  holds,          ///< the two sides agree within the printing tolerance
  violated,       ///< they differ by more than the tolerance
  not_evaluable,  ///< a number is missing (outside figure, "根据省定目标", unknown id, units)
};

/// A stable ASCII name, used in JSON and reports.
///
/// Example: `to_string(finding_status::not_evaluable) == "not_evaluable"`.
constexpr std::string_view to_string(finding_status s) noexcept {
  switch (s) {
    case finding_status::holds:
      return "holds";
    case finding_status::violated:
      return "violated";
    case finding_status::not_evaluable:
      return "not_evaluable";
  }
  return "not_evaluable";
}

/// The outcome of evaluating one relation.
///
/// `lhs` is what the plan's other numbers imply or restate (a body target's value in the row's
/// unit, a/b, the implied share or growth, the first CAGR of an ordering); `rhs` is what it is
/// checked against (the table's value, the claimed growth, the second CAGR). Both are computed at
/// the printed values; `gap` is the distance between the two sides' admissible ranges (0 when
/// they overlap) and the relation is violated when `gap > tolerance`.
///
/// `explanation` and `explanation_zh` say the same thing with the same numbers, in English and in
/// Chinese; a report prints the one of its language.
///
/// Example: for identity 33 (2022), lhs 0.610729, rhs 0.611, tolerance 0.000927, status holds.
struct finding {
  std::string id;
  relation_kind kind = relation_kind::restates;
  finding_status status = finding_status::not_evaluable;
  std::vector<std::string> indicators;    ///< indicator ids involved, in operand order
  std::vector<std::string> body_targets;  ///< body target ids involved
  std::string text_zh;                    ///< the plan's wording
  std::optional<double> lhs;
  std::optional<double> rhs;
  std::optional<double> tolerance;  ///< printing tolerance of lhs and rhs together
  std::optional<double> gap;        ///< how far apart the sides are (0 if they meet)
  units::runtime_unit unit;         ///< the unit of lhs, rhs, tolerance and gap
  std::string explanation;          ///< the numbers in a sentence, in English
  std::string explanation_zh;       ///< the same sentence in Chinese, with the same numbers
  std::string note;                 ///< the relation's own note (assumptions)
};

/// Counts of a report's findings by status.
struct audit_summary {
  std::size_t relations = 0;
  std::size_t holds = 0;
  std::size_t violated = 0;
  std::size_t not_evaluable = 0;
};

/// All findings of an audit and their counts.
struct audit_report {
  std::vector<finding> findings;
  audit_summary summary;
};

namespace detail::audit {

inline constexpr double inf = std::numeric_limits<double>::infinity();

/// A number with a short, readable form for explanations: 6 significant digits.
inline std::string num(double v) {
  if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
  if (std::isnan(v)) return "NaN";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

/// A number with the unit as Chinese tables print it ("57000 元", "44.4%", "1.95").
inline std::string with_unit(double v, const units::runtime_unit& unit) {
  return prosper::with_unit(num(v), unit, language::zh);
}

/// The language of an explanation: `finding::explanation` is English, `explanation_zh` Chinese.
enum class lang { en, zh };

/// Word choice: `en` or `zh` as `l` asks; every sentence below is one builder called in both
/// languages, so the two texts always carry the same numbers.
inline std::string say(lang l, std::string_view en, std::string_view zh) {
  return std::string(l == lang::zh ? zh : en);
}

/// A computed range: "[lo, hi] unit", one value when the ends meet. A bound reading ("≥60",
/// "≤1.8") can leave an end unbounded; that end is then said with a sign ("≥ -0.108", "≤ 44.4 %")
/// rather than printed as ∞, which would read like the overflow of F3 (docs/reliability.md, F12).
inline std::string range_text(lang l, double lo, double hi, const units::runtime_unit& unit) {
  const std::string_view symbol = unit.label(language::zh);
  const std::string u = symbol.empty() ? "" : " " + std::string(symbol);
  if (std::isinf(lo) && std::isinf(hi)) return say(l, "any value", "任意值");
  if (lo == hi) return with_unit(lo, unit);
  if (std::isinf(hi)) return "≥ " + num(lo) + u;
  if (std::isinf(lo)) return "≤ " + num(hi) + u;
  return "[" + num(lo) + ", " + num(hi) + "]" + u;
}

/// A printed cell or phrase in quotation marks of the language.
inline std::string quoted(lang l, std::string_view s) {
  return l == lang::zh ? "“" + std::string(s) + "”" : "\"" + std::string(s) + "\"";
}

/// An id or a unit named in a reason: 'nope' / “nope”.
inline std::string named(lang l, std::string_view s) {
  return l == lang::zh ? quoted(l, s) : "'" + std::string(s) + "'";
}
inline std::string named(lang l, const units::runtime_unit& u) { return named(l, u.symbol(language::zh)); }

/// A sentence in both languages (a reason why a relation cannot be evaluated).
struct bilingual {
  std::string en;
  std::string zh;
};

/// Calls the sentence builder `s(lang)` once per language.
template <class Sentence>
bilingual both(const Sentence& s) {
  return {s(lang::en), s(lang::zh)};
}

/// "row 2" / "附表第2行"; "body target 一.3.2" / "正文目标一.3.2". An id without a digit
/// ("income") is a name, not a table row's number: a plan whose targets are known only from
/// summaries has no table to point into, so it says "indicator income" / "指标income".
inline std::string row_name(lang l, const std::string& id) {
  const bool numbered = std::any_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!numbered) return say(l, "indicator ", "指标") + id;
  return l == lang::zh ? "附表第" + id + "行" : "row " + id;
}
inline std::string body_name(lang l, const std::string& id) {
  return say(l, "body target ", "正文目标") + id;
}

/// One operand read from the plan.
struct reading {
  std::string label;     ///< "row 2 (2025)" or "body 一.3.2"
  std::string label_zh;  ///< "附表第2行（2025年）" or "正文一.3.2"
  std::string printed;   ///< the printed cell or phrase
  double value = 0;      ///< the printed number
  double half = 0;       ///< half a unit in its last printed digit
  double lo = 0;         ///< the admissible range the target allows
  double hi = 0;
  units::runtime_unit unit;
  int year = 0;
  target_kind kind = target_kind::point;

  [[nodiscard]] const std::string& name(lang l) const { return l == lang::zh ? label_zh : label; }
};

inline std::optional<std::pair<double, double>> admissible(target_kind k, double v,
                                                           std::optional<double> upper,
                                                           double floor) {
  switch (k) {
    case target_kind::point:
    case target_kind::maintain:
      return std::pair{v, v};
    case target_kind::at_least:
    case target_kind::greater_than:
      return std::pair{v, inf};
    case target_kind::at_most:
    case target_kind::less_than:
      return std::pair{std::min(floor, v), v};
    case target_kind::band:
      if (!upper) return std::nullopt;
      return std::pair{v, *upper};
    default:
      return std::nullopt;
  }
}

inline bool is_growth_unit(const units::runtime_unit& unit) {
  return unit.kind() == units::unit_kind::growth_rate;
}

/// The plan's rows and body targets by id, built once per audit: looking each operand up by a
/// linear search made the audit quadratic (a plan of 10⁵ indicators took minutes). The first of
/// two equal ids wins, as the search did.
struct plan_index {
  std::unordered_map<std::string_view, const indicator*> indicators;
  std::unordered_map<std::string_view, const body_target*> bodies;

  explicit plan_index(const plan& p) {
    indicators.reserve(p.indicators.size());
    for (const indicator& i : p.indicators) indicators.emplace(i.id, &i);
    bodies.reserve(p.body_targets.size());
    for (const body_target& b : p.body_targets) bodies.emplace(b.id, &b);
  }
  [[nodiscard]] const indicator* row(std::string_view id) const {
    const auto it = indicators.find(id);
    return it == indicators.end() ? nullptr : it->second;
  }
  [[nodiscard]] const body_target* body(std::string_view id) const {
    const auto it = bodies.find(id);
    return it == bodies.end() ? nullptr : it->second;
  }
};

/// Reads an operand; on failure returns nothing and says why.
inline std::optional<reading> read(const plan_index& p, const operand& o, bilingual& why) {
  if (o.is_indicator()) {
    const indicator* row = p.row(o.indicator);
    if (row == nullptr) {
      why = both([&](lang l) {
        return say(l, "the plan has no indicator ", "规划中没有指标") + named(l, o.indicator);
      });
      return std::nullopt;
    }
    const std::string year = std::to_string(o.year);
    const auto m = std::find_if(row->milestones.begin(), row->milestones.end(),
                                [&](const math::milestone& x) { return x.year == o.year; });
    if (m == row->milestones.end()) {
      why = {row_name(lang::en, row->id) + " has no milestone for " + year,
             row_name(lang::zh, row->id) + "没有" + year + "年的目标值"};
      return std::nullopt;
    }
    if (!m->value || !is_numeric(m->kind)) {
      why = {row_name(lang::en, row->id) + " prints no number for " + year + " (" +
                 quoted(lang::en, m->printed) + ")",
             row_name(lang::zh, row->id) + year + "年未列数值（" + quoted(lang::zh, m->printed) +
                 "）"};
      return std::nullopt;
    }
    const double floor = is_growth_unit(row->unit) ? -inf : 0.0;
    const auto range = admissible(m->kind, *m->value, m->upper, floor);
    if (!range) {
      why = {row_name(lang::en, row->id) + " (" + year + ") is a band without an upper end",
             row_name(lang::zh, row->id) + "（" + year + "年）是区间但没有上限"};
      return std::nullopt;
    }
    return reading{row_name(lang::en, row->id) + " (" + year + ")",
                   row_name(lang::zh, row->id) + "（" + year + "年）",
                   m->printed,
                   *m->value,
                   printed_half_unit(m->printed, *m->value),
                   range->first,
                   range->second,
                   row->unit,
                   m->year,
                   m->kind};
  }
  const body_target* b = p.body(o.body);
  if (b == nullptr) {
    why = both([&](lang l) {
      return say(l, "the plan has no body target ", "规划中没有正文目标") + named(l, o.body);
    });
    return std::nullopt;
  }
  if (!b->value || !is_numeric(b->kind)) {
    why = both([&](lang l) {
      return body_name(l, b->id) + say(l, " prints no number (", "未列数值（") +
             quoted(l, b->phrase_zh) + say(l, ")", "）");
    });
    return std::nullopt;
  }
  const double floor = (b->basis == "annual_growth" || is_growth_unit(b->unit)) ? -inf : 0.0;
  const auto range = admissible(b->kind, *b->value, b->upper, floor);
  if (!range) {
    why = both([&](lang l) {
      return body_name(l, b->id) + say(l, " is a band without an upper end", "是区间但没有上限");
    });
    return std::nullopt;
  }
  return reading{"body " + b->id,
                 "正文" + b->id,
                 b->phrase_zh,
                 *b->value,
                 printed_half_unit(b->phrase_zh, *b->value),
                 range->first,
                 range->second,
                 b->unit,
                 b->year,
                 b->kind};
}

/// A formula's value at the printed inputs, its printing tolerance and its admissible range.
struct computed {
  double value = 0;
  double tol = 0;
  double lo = 0;
  double hi = 0;
  /// Whether the formula gave ±∞ at finite, non-zero inputs: a result beyond the double range
  /// (about 1.8e308), or an intermediate that overflowed or underflowed to 0. No verdict may rest
  /// on such a value; a ±∞ from an input of 0 is a zero divisor, and one from an unbounded end
  /// of an admissible range is a genuinely unbounded hull, neither of which sets this.
  bool overflow = false;
};

/// Whether `y = f(x)` is ±∞ although every input is finite and non-zero.
inline bool overflowed(const std::vector<double>& x, double y) {
  if (!std::isinf(y)) return false;
  return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v) && v != 0; });
}

/// Evaluates `f` at the printed values, at the 2^n corners of "value ± half" (tolerance) and at
/// the 2^n corners of the admissible ranges (hull). A corner that gives NaN makes the range
/// unbounded rather than guessing.
inline computed propagate(const std::vector<reading>& in,
                          const std::function<double(const std::vector<double>&)>& f) {
  const std::size_t n = in.size();
  std::vector<double> x(n);
  for (std::size_t i = 0; i < n; ++i) x[i] = in[i].value;
  computed c;
  c.value = f(x);
  c.overflow = overflowed(x, c.value);
  c.lo = inf;
  c.hi = -inf;
  bool unbounded = false;
  for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
    for (std::size_t i = 0; i < n; ++i)
      x[i] = in[i].value + (((mask >> i) & 1U) ? in[i].half : -in[i].half);
    const double t = f(x);
    c.overflow = c.overflow || overflowed(x, t);
    if (std::isfinite(t)) c.tol = std::max(c.tol, std::abs(t - c.value));
    for (std::size_t i = 0; i < n; ++i) x[i] = ((mask >> i) & 1U) ? in[i].hi : in[i].lo;
    const double r = f(x);
    c.overflow = c.overflow || overflowed(x, r);
    if (std::isnan(r)) {
      unbounded = true;
    } else {
      c.lo = std::min(c.lo, r);
      c.hi = std::max(c.hi, r);
    }
  }
  if (unbounded) {
    c.lo = -inf;
    c.hi = inf;
  }
  return c;
}

/// The distance between two ranges, 0 when they overlap.
inline double gap_between(double lo1, double hi1, double lo2, double hi2) {
  return std::max({0.0, lo1 - hi2, lo2 - hi1});
}

/// Violated only beyond the tolerance; the tiny relative slack absorbs floating-point noise so
/// that a gap exactly equal to the tolerance counts as agreement.
inline finding_status judge(double gap, double tol) {
  return gap <= tol * (1 + 1e-9) + 1e-12 ? finding_status::holds : finding_status::violated;
}

// A difference of two percentages is in percentage points (个百分点), not percent, and one of two
// growth rates in %/年 is in percentage points a year.
inline std::string difference_with_unit(lang l, double v, const units::runtime_unit& unit) {
  if (unit.is_share()) return num(v * unit.difference_factor()) + say(l, " pp", " 个百分点");
  if (unit == units::runtime_unit::of<units::percent_per_year>())
    return num(v) + say(l, " pp/年", " 个百分点/年");
  return with_unit(v, unit);
}

inline std::string verdict(lang l, finding_status s, double gap, double tol,
                           const units::runtime_unit& unit) {
  const std::string tolerance = difference_with_unit(l, tol, unit);
  if (s == finding_status::holds)
    return l == lang::zh ? "在印刷精度容差±" + tolerance + "内一致"
                         : "consistent within the printing tolerance ±" + tolerance;
  return say(l, "off by ", "相差") + difference_with_unit(l, gap, unit) +
         say(l, ", beyond the printing tolerance ±", "，超出印刷精度容差±") + tolerance;
}

/// The factor from `from` to `to`, empty when they do not convert.
inline std::optional<double> factor_between(const units::runtime_unit& from,
                                            const units::runtime_unit& to) {
  if (!units::convertible(from, to)) return std::nullopt;
  return units::conversion_factor_between(from, to);
}

/// The compound annual rate from `from` to `to`; NaN when there is none (a start of 0 or less,
/// an end below 0), so that `propagate` treats such a corner as unbounded rather than as ±∞.
inline double cagr(double from, double to, double years) {
  if (from <= 0 || to < 0) return std::numeric_limits<double>::quiet_NaN();
  return prosper::detail::growth::rate_unchecked(from, to, years);
}

inline void fill(finding& f, double lhs, double rhs, double tol, double gap,
                 units::runtime_unit unit) {
  f.lhs = lhs;
  f.rhs = rhs;
  f.tolerance = tol;
  f.gap = gap;
  f.status = judge(gap, tol);
  f.unit = std::move(unit);
}

/// Sets both explanations from one sentence builder `s(lang)`.
template <class Sentence>
void explain(finding& f, const Sentence& s) {
  bilingual text = both(s);
  f.explanation = std::move(text.en);
  f.explanation_zh = std::move(text.zh);
}

inline void not_evaluable(finding& f, bilingual why) {
  f.status = finding_status::not_evaluable;
  f.explanation = std::move(why.en);
  f.explanation_zh = std::move(why.zh);
}

/// The reason given when a number leaves the double range, in both languages.
inline bilingual overflow_reason() {
  return {"a number beyond the range of double precision (about ±1.8e308) arises from the plan's "
          "numbers, so no verdict can rest on it",
          "由规划的数字算出的数值超出双精度浮点数的范围（约±1.8e308），无法据此作出判断"};
}

/// Makes `f` not evaluable because a value overflowed: the sides and the gap are not kept.
inline void refuse_overflow(finding& f) {
  f.lhs.reset();
  f.rhs.reset();
  f.tolerance.reset();
  f.gap.reset();
  not_evaluable(f, overflow_reason());
}

/// Whether multiplying the finite `v` by `k` leaves the double range (an unbounded end, ±∞
/// already, does not count).
inline bool scale_overflows(double v, double k) { return std::isfinite(v) && !std::isfinite(v * k); }

inline void eval_restates(finding& f, const std::vector<reading>& r) {
  const reading& b = r[0];
  const reading& t = r[1];
  const auto k = factor_between(b.unit, t.unit);
  if (!k)
    return not_evaluable(f, both([&](lang l) {
                           return say(l, "the body's unit ", "正文单位") + named(l, b.unit) +
                                  say(l, " does not convert into row unit ", "无法换算为附表单位") +
                                  named(l, t.unit);
                         }));
  if (scale_overflows(b.value, *k) || scale_overflows(b.lo, *k) || scale_overflows(b.hi, *k) ||
      scale_overflows(b.half, *k))
    return refuse_overflow(f);
  const double tol = b.half * *k + t.half;
  const double gap = gap_between(b.lo * *k, b.hi * *k, t.lo, t.hi);
  fill(f, b.value * *k, t.value, tol, gap, t.unit);
  explain(f, [&](lang l) {
    return b.name(l) + say(l, " ", "") + quoted(l, b.printed) + say(l, " reads ", "即") +
           std::string(bound_sign(b.kind)) + with_unit(b.value * *k, t.unit) + say(l, "; ", "；") +
           t.name(l) + say(l, " prints ", "为") + quoted(l, t.printed) + say(l, ": ", "：") +
           verdict(l, f.status, gap, tol, t.unit);
  });
}

inline void eval_ratio_identity(finding& f, const std::vector<reading>& r) {
  const auto kb = factor_between(r[2].unit, r[1].unit);
  const auto ks = units::fraction_scale(r[0].unit);
  if (!kb || !ks)
    return not_evaluable(f, both([&](lang l) {
                           return say(l, "units ", "单位") + named(l, r[1].unit) +
                                  say(l, " / ", "与") + named(l, r[2].unit) +
                                  say(l, " do not give a ", "之比不能得出以") +
                                  named(l, r[0].unit) + say(l, " ratio", "计的比值");
                         }));
  const computed c = propagate(
      {r[1], r[2]}, [&](const std::vector<double>& x) { return x[0] / (x[1] * *kb) * *ks; });
  if (c.overflow) return refuse_overflow(f);
  const double tol = c.tol + r[0].half;
  const double gap = gap_between(c.lo, c.hi, r[0].lo, r[0].hi);
  fill(f, c.value, r[0].value, tol, gap, r[0].unit);
  explain(f, [&](lang l) {
    const std::string quotient = with_unit(r[1].value, r[1].unit) + " / " +
                                 with_unit(r[2].value * *kb, r[1].unit) + " = " + num(c.value);
    const std::string how =
        l == lang::zh ? r[1].label_zh + "与" + r[2].label_zh + "之比为" + quotient
                      : quotient + " (" + r[1].label + " over " + r[2].label + ")";
    return how + say(l, "; ", "；") + r[0].name(l) + say(l, " prints ", "为") +
           quoted(l, r[0].printed) + say(l, ": ", "：") +
           verdict(l, f.status, gap, tol, r[0].unit);
  });
}

inline void eval_ratio_to_external(finding& f, const std::vector<reading>& r) {
  f.status = finding_status::not_evaluable;
  f.rhs = r[0].value;
  f.unit = r[0].unit;
  const auto ks = units::fraction_scale(r[0].unit);
  explain(f, [&](lang l) {
    std::string implied;
    // The implied outside figure is said only when it is a number: 1e308 over a ratio of 0.01
    // overflows, and "= ∞" would read as a result.
    const double outside = ks && r[0].value != 0 ? r[1].value / (r[0].value / *ks) : inf;
    if (std::isfinite(outside))
      implied = say(l, "; the plan's own numbers imply it is ", "；按规划自身的数字，该外部数值为") +
                with_unit(r[1].value, r[1].unit) + " / " + num(r[0].value) + " = " +
                with_unit(outside, r[1].unit);
    if (l == lang::zh)
      return r[0].label_zh + quoted(l, r[0].printed) + "是" + r[1].label_zh +
             "与规划未列出的外部数值之比，无法核查" + implied;
    return r[0].label + " " + quoted(l, r[0].printed) + " compares " + r[1].label +
           " with an outside figure the plan does not print, so it cannot be checked" + implied;
  });
}

// A highest-over-lowest ratio is at least 1 whatever the regions' values; a bound below 1 can
// never be met. Anything more needs the regions' values, which a plan does not print.
inline void eval_max_min_over_regions(finding& f, const std::vector<reading>& r) {
  const reading& ratio = r[0];
  const auto ks = units::fraction_scale(ratio.unit);
  if (!ks)
    return not_evaluable(f, both([&](lang l) {
      return ratio.name(l) + say(l, " is not in a unit a ratio can be written in (", "的单位（") +
             named(l, ratio.unit) + say(l, ")", "）不能表示比值");
    }));
  const double least = *ks;  // max/min = 1 written in the ratio's unit
  if (ratio.hi + ratio.half < least) {
    fill(f, ratio.hi, least, ratio.half, least - ratio.hi, ratio.unit);
    return explain(f, [&](lang l) {
      return ratio.name(l) + say(l, " allows at most ", "至多为") + quoted(l, ratio.printed) +
             say(l, ", but the highest over the lowest of any regions' values is at least ",
                 "，但任何地区数值的最高与最低之比都不小于") +
             num(least) + say(l, ": ", "：") + verdict(l, f.status, *f.gap, ratio.half, ratio.unit);
    });
  }
  f.rhs = ratio.value;
  f.unit = ratio.unit;
  explain(f, [&](lang l) {
    if (l == lang::zh)
      return ratio.label_zh + quoted(l, ratio.printed) + "是" + r[1].label_zh +
             "在下辖地区间的最高最低之比；规划未列出各地区的数值，无法仅凭规划核查（报告用地区数据计算）";
    return ratio.label + " " + quoted(l, ratio.printed) + " bounds the highest over the lowest " +
           r[1].label + " across the sub-regions; the plan prints no regional values, so it cannot "
           "be checked from the plan alone (reports compute it from regional data)";
  });
}

// A bound is a threshold the plan chooses, not a measurement it rounds: "<1.9" excludes 1.92
// although 1.92 prints as 1.9, so the ends are compared as printed and the tolerance is 0. Two
// bounds at the same number ("≤1.9" against "<1.9") count as equal: they differ in one point,
// which no figure printed to that precision can fall on.
inline void eval_bound_no_looser(finding& f, const std::vector<reading>& r) {
  const reading& a = r[0];
  const reading& b = r[1];
  const auto k = factor_between(a.unit, b.unit);
  if (!k)
    return not_evaluable(f, both([&](lang l) {
                           return a.name(l) + say(l, " is in ", "的单位") + named(l, a.unit) +
                                  say(l, ", which does not convert into ", "无法换算为") +
                                  b.name(l) + say(l, "'s ", "的单位") + named(l, b.unit);
                         }));
  if (scale_overflows(a.value, *k) || scale_overflows(a.lo, *k) || scale_overflows(a.hi, *k))
    return refuse_overflow(f);
  const double a_lo = a.lo * *k, a_hi = a.hi * *k, a_value = a.value * *k;
  // A one-sided bound is said with its own sign ("≤ 1.95", "< 1.9"): an upper bound's range
  // starts at the floor every quantity has (0), which is not a bound the plan sets.
  const auto range = [&](lang l, const reading& x, double lo, double hi) {
    const std::string sign(bound_sign(x.kind));
    const std::string_view symbol = b.unit.label(language::zh);
    const std::string u = symbol.empty() ? "" : " " + std::string(symbol);
    const double end = x.kind == target_kind::at_most || x.kind == target_kind::less_than ? hi : lo;
    return x.name(l) + say(l, " ", "") + quoted(l, x.printed) + say(l, " admits ", "容许") +
           (sign.empty() ? range_text(l, lo, hi, b.unit) : sign + " " + num(end) + u);
  };
  // An end b bounds and a leaves open: a admits values b excludes, by no finite amount.
  const bool open_above = std::isfinite(b.hi) && !std::isfinite(a_hi);
  const bool open_below = std::isfinite(b.lo) && !std::isfinite(a_lo);
  if (open_above || open_below) {
    f.status = finding_status::violated;
    f.lhs = a_value;
    f.rhs = b.value;
    f.tolerance = 0.0;
    f.unit = b.unit;
    return explain(f, [&](lang l) {
      return range(l, a, a_lo, a_hi) + say(l, "; ", "；") + range(l, b, b.lo, b.hi) +
             say(l, ": the first sets no ", "：前者没有") +
             (open_above ? say(l, "upper", "上限") : say(l, "lower", "下限")) +
             say(l, " end where the second does, so it is looser",
                 "，而后者有，故前者更宽");
    });
  }
  double gap = 0;
  if (std::isfinite(b.hi)) gap = std::max(gap, a_hi - b.hi);
  if (std::isfinite(b.lo)) gap = std::max(gap, b.lo - a_lo);
  fill(f, a_value, b.value, 0.0, gap, b.unit);
  explain(f, [&](lang l) {
    const std::string tail =
        f.status == finding_status::holds
            ? say(l, "the first is no looser than the second (bounds compared as printed)",
                  "前者不比后者宽（界限按印刷数值比较）")
            : say(l, "the first is looser by ", "前者比后者宽") +
                  difference_with_unit(l, gap, b.unit) +
                  say(l, " (bounds compared as printed)", "（界限按印刷数值比较）");
    return range(l, a, a_lo, a_hi) + say(l, "; ", "；") + range(l, b, b.lo, b.hi) +
           say(l, ": ", "：") + tail;
  });
}

inline void eval_weighted_mean_ratio(finding& f, std::vector<reading> r) {
  const reading& ratio = r[0];
  const auto kp = factor_between(r[2].unit, r[1].unit);
  // The weight is a share of the whole; its value over one whole is the fraction.
  const auto whole_weight = r[3].unit.is_share() ? r[3].unit.whole() : std::nullopt;
  const std::optional<double> kw =
      whole_weight ? std::optional<double>(1.0 / *whole_weight) : std::nullopt;
  const auto ks = units::fraction_scale(ratio.unit);
  if (!kp || !kw || !ks)
    return not_evaluable(f, both([&](lang l) {
                           return say(l, "units ", "单位") + named(l, r[1].unit) +
                                  say(l, ", ", "、") + named(l, r[2].unit) +
                                  say(l, ", ", "、") + named(l, r[3].unit) +
                                  say(l, " do not fit a weighted mean", "不能构成加权平均");
                         }));
  // A weight is a share of the whole: clamp its range to [0, 100 %].
  r[3].lo = std::max(r[3].lo, 0.0);
  r[3].hi = std::min(r[3].hi, 1.0 / *kw);
  const auto other_over_part = [&](const std::vector<double>& x) {
    const double mean = x[0], part = x[1] * *kp, w = x[2] * *kw;
    return (part + (mean - part) / w) / part * *ks;
  };
  const computed c = propagate({r[1], r[2], r[3]}, other_over_part);
  if (c.overflow) return refuse_overflow(f);
  const double tol = c.tol + ratio.half;
  const double gap = gap_between(c.lo, c.hi, ratio.lo, ratio.hi);
  fill(f, c.value, ratio.value, tol, gap, ratio.unit);
  const double w = r[3].value * *kw;
  const double other = r[2].value * *kp + (r[1].value - r[2].value * *kp) / w;
  explain(f, [&](lang l) {
    const bool zh = l == lang::zh;
    const std::string space = say(l, " ", "");  // none after "（2022年）"
    return say(l, "mean = w·other + (1−w)·part with ", "总体 = w·其余 + (1−w)·部分：") +
           r[1].name(l) + space + with_unit(r[1].value, r[1].unit) + say(l, ", ", "、") +
           r[2].name(l) + space + with_unit(r[2].value, r[2].unit) + say(l, " and ", "、") +
           r[3].name(l) + space + "w = " + num(w) + say(l, " gives other = ", "，得其余 = ") +
           with_unit(other, r[1].unit) + say(l, " and other/part = ", "，其余/部分 = ") +
           num(c.value) +
           (zh ? "（权重取容许范围内各值时为" + range_text(l, c.lo, c.hi, units::runtime_unit()) + "）"
               : " (over the admissible weights " + range_text(l, c.lo, c.hi, units::runtime_unit()) + ")") +
           say(l, "; ", "；") + ratio.name(l) + say(l, " prints ", "为") +
           quoted(l, ratio.printed) + say(l, ": ", "：") +
           verdict(l, f.status, gap, tol, ratio.unit);
  });
}

inline void eval_share_of_total(finding& f, const std::vector<reading>& r) {
  const auto kp = factor_between(r[1].unit, r[2].unit);
  const auto ks = units::fraction_scale(r[0].unit);
  if (!kp || !ks)
    return not_evaluable(f, both([&](lang l) {
                           return say(l, "units ", "单位") + named(l, r[1].unit) +
                                  say(l, " / ", "与") + named(l, r[2].unit) +
                                  say(l, " do not give a ", "之比不能得出以") +
                                  named(l, r[0].unit) + say(l, " share", "计的比重");
                         }));
  const computed c = propagate(
      {r[1], r[2]}, [&](const std::vector<double>& x) { return x[0] * *kp / x[1] * *ks; });
  if (c.overflow) return refuse_overflow(f);
  const double tol = c.tol + r[0].half;
  const double gap = gap_between(c.lo, c.hi, r[0].lo, r[0].hi);
  fill(f, c.value, r[0].value, tol, gap, r[0].unit);
  explain(f, [&](lang l) {
    const std::string part =
        std::string(bound_sign(r[1].kind)) + with_unit(r[1].value, r[1].unit);
    const std::string total =
        std::string(bound_sign(r[2].kind)) + with_unit(r[2].value, r[2].unit);
    const std::string share = with_unit(c.value, r[0].unit);
    const std::string range = range_text(l, c.lo, c.hi, r[0].unit);
    const std::string how =
        l == lang::zh ? r[1].label_zh + "（" + part + "）占" + r[2].label_zh + "（" + total +
                            "）的" + share + "（容许范围" + range + "）"
                      : r[1].label + " " + part + " over " + r[2].label + " " + total + " is " +
                            share + " (admissible " + range + ")";
    return how + say(l, "; ", "；") + r[0].name(l) + say(l, " prints ", "为") +
           quoted(l, r[0].printed) + say(l, ": ", "：") +
           verdict(l, f.status, gap, tol, r[0].unit);
  });
}

inline void eval_growth_claim(finding& f, const std::vector<reading>& r, bool product) {
  const reading& claim = r[0];
  // Year differences in 64 bits: two int years can be 2³² − 2 apart, which no int holds.
  const std::int64_t years = std::int64_t{r[2].year} - r[1].year;
  if (years <= 0)
    return not_evaluable(
        f, {"the two milestones must be in increasing years", "两个目标值的年份必须先后递增"});
  if (product && std::int64_t{r[4].year} - r[3].year != years)
    return not_evaluable(
        f, {"the two series must span the same years", "两个序列必须跨越相同的年份"});
  const auto ks = units::fraction_scale(claim.unit);
  if (!ks)
    return not_evaluable(f, both([&](lang l) {
                           return say(l, "the claim's unit ", "增速目标的单位") +
                                  named(l, claim.unit) + say(l, " is not a rate", "不是增长率");
                         }));
  std::vector<reading> in(r.begin() + 1, r.end());
  const computed c = propagate(in, [&](const std::vector<double>& x) {
    const double factor = product ? (x[1] / x[0]) * (x[3] / x[2]) : x[1] / x[0];
    return cagr(1.0, factor, static_cast<double>(years)) * *ks;
  });
  if (c.overflow) return refuse_overflow(f);
  const double tol = c.tol + claim.half;
  const double gap = gap_between(c.lo, c.hi, claim.lo, claim.hi);
  fill(f, c.value, claim.value, tol, gap, claim.unit);
  explain(f, [&](lang l) {
    // "row 35 (2022) → 2025: 16400 元 → 25000 元" / "附表第35行（2022年）→2025年：16400 元 → 25000 元"
    const auto path = [&](const reading& from, const reading& to) {
      return from.name(l) + say(l, " → ", "→") + std::to_string(to.year) + say(l, ": ", "年：") +
             with_unit(from.value, from.unit) + " → " + with_unit(to.value, to.unit);
    };
    std::string s = path(r[1], r[2]);
    if (product)
      s += say(l, " times ", "，") + path(r[3], r[4]) + say(l, "", "，两者增长倍数相乘");
    return s + say(l, " implies a CAGR of ", "，折合年均复合增长率") +
           with_unit(c.value, claim.unit) + say(l, "; ", "；") + claim.name(l) +
           say(l, " claims ", "目标为") + std::string(bound_sign(claim.kind)) +
           with_unit(claim.value, claim.unit) + say(l, ": ", "：") +
           verdict(l, f.status, gap, tol, claim.unit);
  });
}

inline void eval_growth_ordering(finding& f, const std::vector<reading>& r) {
  // Year differences in double: two int years far apart overflow int.
  const double ya = double(r[1].year) - double(r[0].year), yb = double(r[3].year) - double(r[2].year);
  if (ya <= 0 || yb <= 0)
    return not_evaluable(
        f, {"each series needs two increasing years", "每个序列都需要两个先后递增的年份"});
  const auto g = [](double years) {
    return [years](const std::vector<double>& x) { return 100.0 * cagr(x[0], x[1], years); };
  };
  const computed a = propagate({r[0], r[1]}, g(ya));
  const computed b = propagate({r[2], r[3]}, g(yb));
  if (a.overflow || b.overflow) return refuse_overflow(f);
  const double tol = a.tol + b.tol;
  const double gap = std::max(0.0, b.lo - a.hi);
  fill(f, a.value, b.value, tol, gap, units::runtime_unit::of<units::percent_per_year>());
  explain(f, [&](lang l) {
    // "row 2 (2022) → 2025 grows 8.68359%/年 (44400 → 57000)"
    const auto growth = [&](const reading& from, const reading& to, double rate) {
      return from.name(l) + say(l, " → ", "→") + std::to_string(to.year) +
             say(l, " grows ", "年增速") + with_unit(rate, f.unit) + say(l, " (", "（") +
             num(from.value) + " → " + num(to.value) + say(l, ")", "）");
    };
    return growth(r[0], r[1], a.value) + say(l, ", ", "，") + growth(r[2], r[3], b.value) +
           say(l, "; the first must be at least the second: ", "；前者应不低于后者：") +
           verdict(l, f.status, gap, tol, f.unit);
  });
}

}  // namespace detail::audit

namespace detail::audit {
template <class Reader>
finding evaluate_with(const relation& rel, const Reader& read_operand);
}  // namespace detail::audit

/// Evaluates one relation on the plan's numbers.
///
/// Example: `evaluate(lishui(), {"o", relation_kind::growth_ordering, {of_indicator("2", 2022),
/// of_indicator("2", 2025), of_indicator("1", 2022), of_indicator("1", 2025)}})` holds: 8.68 %/年
/// against 8.32 %/年.
inline finding evaluate(const plan& p, const relation& rel) {
  const detail::audit::plan_index index(p);
  return detail::audit::evaluate_with(
      rel, [&](std::size_t, const operand& o, detail::audit::bilingual& why) {
        return detail::audit::read(index, o, why);
      });
}

namespace detail::audit {

/// Evaluates `rel` with its operands read by `read_operand(k, operand, why)`, which returns the
/// k-th operand's reading or nothing (setting `why`). One plan's audit reads every operand from
/// that plan; a cross-plan audit (plan/cross.hpp) reads each from the plan its side names.
template <class Reader>
finding evaluate_with(const relation& rel, const Reader& read_operand) {
  namespace d = detail::audit;
  finding f;
  f.id = rel.id;
  f.kind = rel.kind;
  f.text_zh = rel.text_zh;
  f.note = rel.note;
  for (const operand& o : rel.operands) {
    auto& ids = o.is_indicator() ? f.indicators : f.body_targets;
    const std::string& id = o.is_indicator() ? o.indicator : o.body;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  if (rel.operands.size() != operand_count(rel.kind)) {
    const std::string kind(to_string(rel.kind));
    const std::string needed = std::to_string(operand_count(rel.kind));
    const std::string given = std::to_string(rel.operands.size());
    d::not_evaluable(f, {kind + " needs " + needed + " operands, got " + given,
                         kind + "关系需要" + needed + "个操作数，实际为" + given + "个"});
    return f;
  }
  std::vector<d::reading> r;
  for (std::size_t k = 0; k < rel.operands.size(); ++k) {
    d::bilingual why;
    std::optional<d::reading> x = read_operand(k, rel.operands[k], why);
    if (!x) {
      // The outside figure is missing by definition; say so rather than blame an operand.
      if (rel.kind == relation_kind::ratio_to_external) break;
      d::not_evaluable(f, why);
      return f;
    }
    r.push_back(std::move(*x));
  }
  switch (rel.kind) {
    case relation_kind::restates:
      d::eval_restates(f, r);
      break;
    case relation_kind::ratio_identity:
      d::eval_ratio_identity(f, r);
      break;
    case relation_kind::ratio_to_external:
      if (r.size() == 2)
        d::eval_ratio_to_external(f, r);
      else
        d::not_evaluable(f, {"compares with an outside figure the plan does not print",
                             "与规划未列出的外部数值相比，无法核查"});
      break;
    case relation_kind::weighted_mean_ratio:
      d::eval_weighted_mean_ratio(f, r);
      break;
    case relation_kind::share_of_total:
      d::eval_share_of_total(f, r);
      break;
    case relation_kind::growth_claim:
      d::eval_growth_claim(f, r, false);
      break;
    case relation_kind::product_growth_claim:
      d::eval_growth_claim(f, r, true);
      break;
    case relation_kind::growth_ordering:
      d::eval_growth_ordering(f, r);
      break;
    case relation_kind::max_min_over_regions:
      d::eval_max_min_over_regions(f, r);
      break;
    case relation_kind::bound_no_looser:
      d::eval_bound_no_looser(f, r);
      break;
  }
  // A zero divisor or a growth rate from zero gives ∞ or NaN, which no judgement can rest on
  // ("grows ∞ %/年" judged holds or violated); such a relation cannot be evaluated.
  // The same holds for a value beyond the double range: with no operand 0, a ±∞ or NaN can only
  // come from an overflow (a sum of tolerances, a gap between two sides near ±1e308).
  const auto finite = [](const std::optional<double>& x) { return !x || std::isfinite(*x); };
  if (!finite(f.lhs) || !finite(f.rhs) || !finite(f.tolerance) || !finite(f.gap)) {
    const bool zero_operand =
        std::any_of(r.begin(), r.end(), [](const d::reading& x) { return x.value == 0; });
    if (!zero_operand) {
      d::refuse_overflow(f);
    } else {
      f.lhs.reset();
      f.rhs.reset();
      f.tolerance.reset();
      f.gap.reset();
      d::not_evaluable(
          f, {"the plan's numbers give no finite value (a zero divisor or a growth rate from zero)",
              "规划的数字得不出有限值（除数为零，或从零起算增长率）"});
    }
  }
  return f;
}

}  // namespace detail::audit

/// Counts findings by status.
///
/// Example: `summarise(report.findings).violated`.
inline audit_summary summarise(const std::vector<finding>& findings) {
  audit_summary s;
  s.relations = findings.size();
  for (const finding& f : findings) {
    switch (f.status) {
      case finding_status::holds:
        ++s.holds;
        break;
      case finding_status::violated:
        ++s.violated;
        break;
      case finding_status::not_evaluable:
        ++s.not_evaluable;
        break;
    }
  }
  return s;
}

/// Audits a plan: evaluates `relations` (the plan's explicit ones), then the relations derived
/// from its body targets (`derive_relations`) except those whose id an explicit relation already
/// uses, so a plan can override a derived relation by giving one with the same id.
///
/// Example: `audit(lishui(), lishui_relations()).summary.violated`.
inline audit_report audit(const plan& p, const std::vector<relation>& relations) {
  audit_report out;
  const detail::audit::plan_index index(p);
  std::set<std::string> seen;
  const auto read = [&](std::size_t, const operand& o, detail::audit::bilingual& why) {
    return detail::audit::read(index, o, why);
  };
  for (const relation& r : relations) {
    out.findings.push_back(detail::audit::evaluate_with(r, read));
    seen.insert(r.id);
  }
  for (const relation& r : derive_relations(p))
    if (!seen.count(r.id)) out.findings.push_back(detail::audit::evaluate_with(r, read));
  out.summary = summarise(out.findings);
  return out;
}

}  // namespace prosper::plan
