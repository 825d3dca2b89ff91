#pragma once
// The audit of one plan against another: the cross-plan relations (plan/cross_relations.hpp)
// evaluated by the same formulas as a plan's own relations (audit.hpp,
// `detail::audit::evaluate_with`); only where each operand is read from differs. `prosper audit
// --plan A --against B` prints the plan's own audit and then this one.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "prosper/plan/audit.hpp"
#include "prosper/plan/cross_relations.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"

namespace prosper::plan {

/// Evaluates the cross-plan relations `relations` on the numbers of `p` and `against`, each
/// operand read from the plan its side names. A finding's operand names carry their plan's region
/// ("Zhejiang indicator income (2025)", "浙江省指标income（2025年）"), and its `indicators` list
/// the other plan's ids as "against:<id>". Unresolved operands make a finding not evaluable, as
/// in a plan's own audit.
///
/// Example: with a city plan whose row "r" is 0.76 (2025) and row "y" 57000 元, and a province
/// plan whose "income" is 75000 元, the ratio identity {plan r, plan y, against income} holds:
/// 57000 / 75000 = 0.76.
inline audit_report audit_against(const plan& p, const plan& against,
                                  const std::vector<cross_relation>& relations) {
  namespace a = detail::audit;
  const a::plan_index own(p), other(against);
  // "Lishui" / "丽水市": the region a plan is for, or its name when it declares none.
  const auto where = [](const plan& x, a::lang l) {
    const std::string& en = x.region_en.empty() ? x.name_en : x.region_en;
    const std::string& zh = x.region_zh.empty() ? x.name_zh : x.region_zh;
    return l == a::lang::zh ? (zh.empty() ? en : zh) : (en.empty() ? zh : en);
  };
  audit_report out;
  for (const cross_relation& c : relations) {
    relation rel{c.id, c.kind, {}, c.text_zh, c.note};
    for (const cross_operand& o : c.operands) rel.operands.push_back(o.of);
    const auto read = [&](std::size_t k, const operand& o, a::bilingual& why) {
      const bool theirs = c.operands[k].side == plan_side::against;
      const plan& source = theirs ? against : p;
      std::optional<a::reading> x = a::read(theirs ? other : own, o, why);
      if (x) {
        x->label = where(source, a::lang::en) + " " + x->label;
        x->label_zh = where(source, a::lang::zh) + x->label_zh;
      } else {
        why.en = where(source, a::lang::en) + ": " + why.en;
        why.zh = where(source, a::lang::zh) + "：" + why.zh;
      }
      return x;
    };
    finding f = a::evaluate_with(rel, read);
    // The ids of the two plans may coincide ("2" in each), so the other plan's are marked.
    f.indicators.clear();
    f.body_targets.clear();
    for (const cross_operand& o : c.operands) {
      const std::string mark = o.side == plan_side::against ? "against:" : "";
      auto& ids = o.of.is_indicator() ? f.indicators : f.body_targets;
      const std::string id = mark + (o.of.is_indicator() ? o.of.indicator : o.of.body);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    out.findings.push_back(std::move(f));
  }
  out.summary = summarise(out.findings);
  return out;
}

}  // namespace prosper::plan
