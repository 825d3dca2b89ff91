#pragma once
// Relations between two plans: a city's plan beside its province's. A city's target "income at
// 0.76 of the provincial average" and the province's own income target together imply a city
// income the city's table should print; a city's ceiling on its urban/rural income ratio can be
// set against the province's ceiling on the same ratio. Each such link is a `cross_relation`: a
// relation (relations.hpp) whose operands each name the plan they read, `plan_side::plan` (the
// plan being audited) or `plan_side::against` (the plan it is compared with).
//
// Cross relations are data like a plan's own relations, kept in a document of their own
// (io/cross_json.hpp) that names the two plans it joins by their `name_zh`, so that neither
// plan's file has to know the other. This header holds the model and its checks; the audit that
// evaluates them is plan/cross_audit.hpp. No verdict is stored: it is computed from the two
// plans' numbers on every audit.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/json_pointer.hpp"
#include "prosper/error.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/plan/validate.hpp"

namespace prosper::plan {

/// Which of the two plans an operand of a cross-plan relation reads.
///
/// Example: `plan_side::against` for the province's income target in a city's cross relation.
enum class plan_side {
  plan,     ///< the plan being audited (`prosper audit --plan`)
  against,  ///< the plan it is compared with (`prosper audit --against`)
};

/// A stable ASCII name, used in JSON.
///
/// Example: `to_string(plan_side::against) == "against"`.
constexpr std::string_view to_string(plan_side s) noexcept {
  return s == plan_side::against ? "against" : "plan";
}

/// The side named `s` ("plan" or "against"), or nothing.
///
/// Example: `plan_side_from_string("plan") == plan_side::plan`.
constexpr std::optional<plan_side> plan_side_from_string(std::string_view s) noexcept {
  if (s == "plan") return plan_side::plan;
  if (s == "against") return plan_side::against;
  return std::nullopt;
}

/// One number a cross-plan relation reads: an operand and the plan it is in.
///
/// Example: `{plan_side::against, operand::of_indicator("income", 2025)}`.
struct cross_operand {
  plan_side side = plan_side::plan;
  operand of;

  friend bool operator==(const cross_operand&, const cross_operand&) = default;
};

/// A relation whose operands live in two plans, with the wording it rests on.
///
/// Example: `{"cross.r", relation_kind::bound_no_looser, {{plan_side::plan, of_indicator("17",
/// 2025)}, {plan_side::against, of_indicator("u", 2025)}}, "…", "the city's ceiling against the
/// province's"}`.
struct cross_relation {
  std::string id;  ///< unique within its document
  relation_kind kind = relation_kind::restates;
  std::vector<cross_operand> operands;  ///< in the kind's layout (relations.hpp)
  std::string text_zh;                  ///< the plans' wording the relation rests on
  std::string note;                     ///< why the relation holds and what it assumes, in English

  friend bool operator==(const cross_relation&, const cross_relation&) = default;
};

/// The relations of one plan with another, and the two plans they join, named by `name_zh`.
///
/// Example: `{"某市方案", "某省方案", {…}}` joins the plan named 某市方案 with the plan named 某省方案.
struct cross_relations {
  std::string plan_zh;     ///< `name_zh` of the plan being audited
  std::string against_zh;  ///< `name_zh` of the plan it is compared with
  std::vector<cross_relation> relations;

  friend bool operator==(const cross_relations&, const cross_relations&) = default;
};

/// Whether `doc` joins `p` (audited) with `against`, by the plans' names.
///
/// Example: `joins(doc, city, province)` is true for the document naming the two, and
/// `joins(doc, province, city)` false: the sides are not interchangeable.
inline bool joins(const cross_relations& doc, const plan& p, const plan& against) {
  return doc.plan_zh == p.name_zh && doc.against_zh == against.name_zh;
}

/// Checks `doc` against the two plans it joins: the plans' names, unique non-empty ids, the
/// operand count of each kind, and every operand naming an indicator (with a milestone in its
/// year) or a body target of the plan its side names. A problem is a `plan_error` naming the
/// JSON Pointer in the document ("/relations/0/operands/2/indicator").
///
/// Example: `validate(doc, city, province)` throws `plan_error("/relations/0/operands/2/indicator",
/// "unknown indicator 'x' in the plan compared against")` for a dangling operand.
inline void validate(const cross_relations& doc, const plan& p, const plan& against) {
  namespace d = detail::validate;
  if (doc.plan_zh != p.name_zh)
    d::fail("/plan_zh", "names the plan '" + doc.plan_zh + "', but the audited plan is '" +
                            p.name_zh + "'");
  if (doc.against_zh != against.name_zh)
    d::fail("/against_zh", "names the plan '" + doc.against_zh +
                               "', but the plan compared against is '" + against.name_zh + "'");
  for (std::size_t r = 0; r < doc.relations.size(); ++r) {
    const cross_relation& rel = doc.relations[r];
    const std::string path = d::at("/relations", r);
    if (rel.id.empty()) d::fail(d::at(path, "id"), "must not be empty");
    const std::string opath = d::at(path, "operands");
    if (rel.operands.size() != operand_count(rel.kind))
      d::fail(opath, "relation kind '" + std::string(to_string(rel.kind)) + "' needs " +
                         std::to_string(operand_count(rel.kind)) + " operands, got " +
                         std::to_string(rel.operands.size()));
    for (std::size_t k = 0; k < rel.operands.size(); ++k) {
      const cross_operand& c = rel.operands[k];
      const plan& source = c.side == plan_side::against ? against : p;
      const std::string in = c.side == plan_side::against ? " in the plan compared against"
                                                          : " in the audited plan";
      const std::string at = d::at(opath, k);
      if (!c.of.is_indicator()) {
        if (!d::has_body_target(source, c.of.body))
          d::fail(d::at(at, "body"), "unknown body target '" + c.of.body + "'" + in);
        continue;
      }
      const indicator* row = d::find_indicator(source, c.of.indicator);
      if (!row) d::fail(d::at(at, "indicator"), "unknown indicator '" + c.of.indicator + "'" + in);
      const bool has_year = std::any_of(row->milestones.begin(), row->milestones.end(),
                                        [&](const math::milestone& m) { return m.year == c.of.year; });
      if (!has_year)
        d::fail(d::at(at, "year"), "indicator '" + c.of.indicator + "' has no milestone for " +
                                       std::to_string(c.of.year) + in);
    }
  }
  d::unique_ids(doc.relations, "/relations");
}

}  // namespace prosper::plan
