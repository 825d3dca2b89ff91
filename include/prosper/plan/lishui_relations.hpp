#pragma once
// The relations among the Lishui plan's numbers that its text states or implies, as data.
//
// These are the explicit ones; `derive_relations(lishui())` adds the rest mechanically from the
// body targets' `indicator_id` links (a body number that restates a table row must agree with it;
// "低收入农户人均可支配收入年均增长15%" and "跨境电子商务进出口额年均增长15%" against their rows'
// milestones). Ids and numbers refer to `prosper::plan::lishui()`; the audit resolves them there.
//
// Nothing here adds a number the plan does not print. Where a relation needs an outside figure
// (the provincial average income of row 20) it is recorded as `ratio_to_external` and reported as
// not evaluable; where it needs an assumption (culture's growth needs GDP growth, which the plan
// only gives per capita) the note says so and quantifies what the assumption must cover.

#include <vector>

#include "prosper/plan/relations.hpp"

namespace prosper::plan {

/// The explicit relations of the Lishui plan (`lishui()`), in the order of its 目标要求.
///
/// Example: `audit(lishui(), lishui_relations())` evaluates these and the derived ones.
inline std::vector<relation> lishui_relations() {
  const auto row = [](const char* id, int year) { return operand::of_indicator(id, year); };
  const auto body = [](const char* id) { return operand::of_body(id); };
  std::vector<relation> out;

  // Row 33 is defined as row 2 over row 1; per-capita GDP is printed in 万元 and income in 元,
  // so the ratio converts 万元 into 元 through prosper's units before dividing.
  for (int year : {2022, 2025}) {
    const std::string y = std::to_string(year);
    out.push_back({"identity.33." + y,
                   relation_kind::ratio_identity,
                   {row("33", year), row("2", year), row("1", year)},
                   "居民人均可支配收入与人均GDP之比",
                   "row 33 is by definition row 2 (元) over row 1 (万元, converted to 元)"});
  }

  // Row 20 divides row 2 by Zhejiang's average, which the plan never prints: not evaluable. The
  // finding still reports the provincial figure the plan's numbers imply, without asserting it.
  for (int year : {2022, 2025}) {
    const std::string y = std::to_string(year);
    out.push_back({"external.20." + y,
                   relation_kind::ratio_to_external,
                   {row("20", year), row("2", year)},
                   "居民人均可支配收入与全省平均之比",
                   "needs the provincial average per-capita disposable income, which the plan "
                   "does not give; it is not invented here"});
  }

  // Row 17 (urban/rural income ratio) against rows 2, 3 and 24: resident income is the
  // population-weighted mean of urban and rural income with the urban weight u = urbanisation,
  // income = u·urban + (1−u)·rural. Urban income is not in the plan, so the identity yields it,
  // and the implied urban/rural ratio must fit row 17's bound for some admissible u (u ≥ 64 %,
  // ≥ 68 %; the ratio is largest at the lowest u).
  for (int year : {2022, 2025}) {
    const std::string y = std::to_string(year);
    out.push_back({"mean.17." + y,
                   relation_kind::weighted_mean_ratio,
                   {row("17", year), row("2", year), row("3", year), row("24", year)},
                   "城乡居民收入倍差",
                   "resident income = u·urban + (1−u)·rural with u the urbanisation rate "
                   "(row 24); urban income is implied, not printed; assumes the income survey "
                   "weights urban and rural residents by the resident population"});
  }

  // Body 三.11.1 (数字经济总量1000亿元) is row 12's numerator and body 一.1.1 (GDP突破2250亿元)
  // its denominator; row 12 asks for 50 %.
  out.push_back({"share.12.2025",
                 relation_kind::share_of_total,
                 {row("12", 2025), body("三.11.1"), body("一.1.1")},
                 "实现数字经济总量1000亿元;GDP规模总量突破2250亿元;数字经济增加值占GDP比重50%",
                 "reads 数字经济总量 as the digital economy's value added, the numerator of row "
                 "12; a GDP above 2250 亿元 only lowers the share"});

  // "文化及相关产业增加值年均增速16%以上": the growth of row 48's numerator, i.e. of
  // share × GDP. The plan gives GDP growth only per capita (row 1), so GDP is proxied by
  // per-capita GDP: population assumed constant.
  out.push_back({"growth.48.culture",
                 relation_kind::product_growth_claim,
                 {body("一.5.2"), row("48", 2022), row("48", 2025), row("1", 2022), row("1", 2025)},
                 "文化及相关产业增加值年均增速16%以上,占GDP比重达到8%",
                 "culture value added = row 48 share × GDP, with GDP growth proxied by per-capita "
                 "GDP growth (row 1), i.e. constant population; 16 % would need GDP to grow "
                 "about 11.5 % a year, i.e. population about 2.9 % a year; the body's period "
                 "(2021–2025) is longer than the table's (2022–2025)"});

  // "居民收入增长持续快于经济增长": per-capita disposable income (row 2) against per-capita GDP
  // (row 1); both per capita, so population cancels. (Row 33 rising says the same.)
  out.push_back({"order.2.1",
                 relation_kind::growth_ordering,
                 {row("2", 2022), row("2", 2025), row("1", 2022), row("1", 2025)},
                 "居民收入增长持续快于经济增长",
                 "income growth from row 2 against per-capita GDP growth from row 1; "
                 "\"faster\" is read as \"at least as fast\" within the printing tolerance"});

  // "低保标准增幅不低于人均可支配收入增幅": row 39 against row 2.
  out.push_back({"order.39.2",
                 relation_kind::growth_ordering,
                 {row("39", 2022), row("39", 2025), row("2", 2022), row("2", 2025)},
                 "低保标准增幅不低于人均可支配收入增幅",
                 "minimum living allowance growth from row 39 against income growth from row 2, "
                 "both as CAGRs over the table's years"});

  return out;
}

}  // namespace prosper::plan
