#pragma once
// How an embedded plan is stored and built: its JSON document turned into constant tables of
// plain entries (scripts/embed_plan.py writes them), and one loop per table that builds the
// runtime plan from them. Tables of string_views and numbers cost the compiler almost nothing;
// the same plan written as one function of 200 nested initialiser lists took every translation
// unit that included it 15–25 s at -O2, which every test, the CLI and the bindings paid.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/plan/cross_relations.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::plan::detail::embedded {

/// A number that may be absent, as a table can hold it.
struct maybe {
  bool present = false;
  double value = 0.0;

  [[nodiscard]] std::optional<double> get() const {
    return present ? std::optional<double>(value) : std::nullopt;
  }
};

struct milestone_entry {
  int year;
  target_kind kind;
  maybe value;
  maybe upper;
  std::string_view printed;
};

/// One indicator; its milestones are `count` entries of the milestone table from `first`.
struct indicator_entry {
  std::string_view id, name_zh, name_en, category_zh, category_en, attribute, unit, unit_printed;
  direction dir;
  std::size_t first, count;
  std::string_view note_zh, remarks;
};

struct body_entry {
  std::string_view id, section, item, phrase_zh, name_en, basis;
  target_kind kind;
  maybe value;
  maybe upper;
  std::string_view unit, unit_printed;
  int year;
  std::string_view indicator_id, remarks;
};

struct region_entry {
  std::string_view name_zh, name_en;
  region_level level;
};

/// An operand: an indicator milestone when `indicator` is set, else a body target.
struct operand_entry {
  std::string_view indicator;
  int year;
  std::string_view body;
};

/// One relation; its operands are `count` entries of the operand table from `first`.
struct relation_entry {
  std::string_view id;
  relation_kind kind;
  std::size_t first, count;
  std::string_view text_zh, note;
};

/// The identity of a plan, as its table stores it.
struct identity_entry {
  std::string_view name_zh, name_en, region_zh, region_en;
  int base_year, target_year;
  std::string_view source;
};

/// The runtime plan the tables describe, units resolved as a loaded plan's are.
inline plan build_plan(const identity_entry& id, std::span<const region_entry> regions,
                       std::span<const indicator_entry> indicators,
                       std::span<const milestone_entry> milestones,
                       std::span<const body_entry> bodies) {
  plan p;
  p.name_zh = id.name_zh;
  p.name_en = id.name_en;
  p.region_zh = id.region_zh;
  p.region_en = id.region_en;
  p.base_year = id.base_year;
  p.target_year = id.target_year;
  p.source = id.source;
  for (const region_entry& r : regions)
    p.regions.push_back({std::string(r.name_zh), std::string(r.name_en), r.level});
  p.indicators.reserve(indicators.size());
  for (const indicator_entry& e : indicators) {
    indicator i;
    i.id = e.id;
    i.name_zh = e.name_zh;
    i.name_en = e.name_en;
    i.category_zh = e.category_zh;
    i.category_en = e.category_en;
    i.attribute = e.attribute;
    i.unit = units::runtime_unit::resolve(e.unit);
    i.unit_printed = e.unit_printed;
    i.dir = e.dir;
    for (const milestone_entry& m : milestones.subspan(e.first, e.count))
      i.milestones.emplace_back(m.year, m.kind, m.value.get(), m.upper.get(),
                                std::string(m.printed));
    i.note_zh = e.note_zh;
    i.remarks = e.remarks;
    p.indicators.push_back(std::move(i));
  }
  p.body_targets.reserve(bodies.size());
  for (const body_entry& e : bodies) {
    body_target b;
    b.id = e.id;
    b.section = e.section;
    b.item = e.item;
    b.phrase_zh = e.phrase_zh;
    b.name_en = e.name_en;
    b.basis = e.basis;
    b.kind = e.kind;
    b.value = e.value.get();
    b.upper = e.upper.get();
    b.unit = units::runtime_unit::resolve(e.unit);
    b.unit_printed = e.unit_printed;
    b.year = e.year;
    b.indicator_id = e.indicator_id;
    b.remarks = e.remarks;
    p.body_targets.push_back(std::move(b));
  }
  return p;
}

/// The relations the tables describe.
inline std::vector<relation> build_relations(std::span<const relation_entry> relations,
                                             std::span<const operand_entry> operands) {
  std::vector<relation> out;
  out.reserve(relations.size());
  for (const relation_entry& e : relations) {
    relation r;
    r.id = e.id;
    r.kind = e.kind;
    for (const operand_entry& o : operands.subspan(e.first, e.count))
      r.operands.push_back(o.indicator.empty()
                               ? operand::of_body(std::string(o.body))
                               : operand::of_indicator(std::string(o.indicator), o.year));
    r.text_zh = e.text_zh;
    r.note = e.note;
    out.push_back(std::move(r));
  }
  return out;
}

/// An operand of a cross-plan relation: the side it reads and the operand itself.
struct cross_operand_entry {
  plan_side side;
  operand_entry of;
};

/// The cross-plan relations the tables describe, between the plans named `plan_zh` and
/// `against_zh`; each relation's operands are `count` entries of `operands` from `first`.
inline cross_relations build_cross_relations(std::string_view plan_zh, std::string_view against_zh,
                                             std::span<const relation_entry> relations,
                                             std::span<const cross_operand_entry> operands) {
  cross_relations out{std::string(plan_zh), std::string(against_zh), {}};
  out.relations.reserve(relations.size());
  for (const relation_entry& e : relations) {
    cross_relation r;
    r.id = e.id;
    r.kind = e.kind;
    for (const cross_operand_entry& c : operands.subspan(e.first, e.count))
      r.operands.push_back(
          {c.side, c.of.indicator.empty()
                       ? operand::of_body(std::string(c.of.body))
                       : operand::of_indicator(std::string(c.of.indicator), c.of.year)});
    r.text_zh = e.text_zh;
    r.note = e.note;
    out.relations.push_back(std::move(r));
  }
  return out;
}

}  // namespace prosper::plan::detail::embedded
