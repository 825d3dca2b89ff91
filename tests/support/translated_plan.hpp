#pragma once
// Test support: the Lishui plan with every name translated — indicators, categories and regions
// named in English, ids prefixed with "X", body targets dropped with the relations that read
// them — so that nothing a report could look a row or a region up by is left (issue 15).

#include <algorithm>
#include <utility>
#include <vector>

#include "prosper/plan/lishui.hpp"

namespace prosper::test {

/// The translated plan and its explicit relations.
inline std::pair<plan::plan, std::vector<plan::relation>> translated_lishui() {
  plan::plan p = plan::lishui();
  for (auto& ind : p.indicators) {
    ind.id = "X" + ind.id;
    ind.name_zh = ind.name_en;
    ind.category_zh = ind.category_en;
  }
  for (auto& r : p.regions) r.name_zh = r.name_en;
  p.region_zh = p.region_en;
  p.body_targets.clear();
  std::vector<plan::relation> relations = plan::lishui_relations();
  std::erase_if(relations, [](const plan::relation& r) {
    return std::any_of(r.operands.begin(), r.operands.end(),
                       [](const plan::operand& o) { return !o.is_indicator(); });
  });
  for (auto& r : relations)
    for (auto& o : r.operands) o.indicator = "X" + o.indicator;
  return {std::move(p), std::move(relations)};
}

}  // namespace prosper::test
