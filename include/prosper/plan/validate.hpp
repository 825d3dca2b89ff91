#pragma once
// What a plan must satisfy beyond what its types say, checked in one place for every plan: the
// embedded Lishui plan, a plan read from JSON (io/plan_json.hpp calls this after reading), and a
// plan built in code. A problem is a `plan_error` naming the JSON Pointer the offending value has
// in the plan's JSON document ("/indicators/3/milestones/1/value"), so that the message points
// into the file a user edits whether or not the plan came from one.
//
// The rules: ids unique within indicators, body targets and relations; region names unique, with
// the plan's own region among them when any are declared; milestone years strictly
// increasing; every number finite; a numeric target kind has a value and a band an upper end not
// below its lower one; a body target's indicator link, and every relation operand, names an
// indicator (with a milestone in the operand's year) or a body target that exists; a relation has
// the operands its kind needs; the target year is not before the base year.

#include <cmath>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/json_pointer.hpp"
#include "prosper/error.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"

namespace prosper::plan {

namespace detail::validate {

inline std::string at(const std::string& path, std::string_view key) {
  return prosper::detail::pointer_child(path, key);
}
inline std::string at(const std::string& path, std::size_t index) {
  return prosper::detail::pointer_child(path, index);
}

[[noreturn]] inline void fail(std::string pointer, std::string problem) {
  throw plan_error(std::move(pointer), std::move(problem));
}

inline void finite(const std::optional<double>& v, const std::string& path) {
  if (v && !std::isfinite(*v)) fail(path, "non-finite number");
}

// A value and band end that fit the kind: a numeric kind needs a value, a band an upper end not
// below its lower one.
inline void target_fits(target_kind k, const std::optional<double>& value,
                        const std::optional<double>& upper, const std::string& path) {
  finite(value, at(path, "value"));
  finite(upper, at(path, "upper"));
  if (is_numeric(k) && !value)
    fail(at(path, "value"), "kind '" + std::string(to_string(k)) + "' needs a value");
  if (k == target_kind::band) {
    if (!upper) fail(at(path, "upper"), "kind 'band' needs an upper end");
    if (*upper < *value) fail(at(path, "upper"), "a band's upper end is below its lower end");
  }
}

template <class T>
void unique_ids(const std::vector<T>& items, const std::string& array_path) {
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!seen.insert(items[i].id).second)
      fail(at(at(array_path, i), "id"), "duplicate id '" + items[i].id + "'");
}

inline const indicator* find_indicator(const plan& p, std::string_view id) {
  for (const auto& i : p.indicators)
    if (i.id == id) return &i;
  return nullptr;
}

inline bool has_body_target(const plan& p, std::string_view id) {
  for (const auto& b : p.body_targets)
    if (b.id == id) return true;
  return false;
}

}  // namespace detail::validate

/// Checks the indicators and body targets of `p`.
///
/// Example: `validate(plan)` throws `plan_error("/indicators/0/milestones/1/year", "milestone
/// years must increase (2022 after 2025)")` for milestones out of order.
inline void validate(const plan& p) {
  namespace d = detail::validate;
  if (p.target_year < p.base_year) d::fail("/target_year", "target_year is before base_year");
  for (std::size_t i = 0; i < p.indicators.size(); ++i) {
    const indicator& ind = p.indicators[i];
    const std::string path = d::at("/indicators", i);
    if (ind.id.empty()) d::fail(d::at(path, "id"), "must not be empty");
    const std::string mpath = d::at(path, "milestones");
    for (std::size_t k = 0; k < ind.milestones.size(); ++k) {
      const math::milestone& m = ind.milestones[k];
      d::target_fits(m.kind, m.value, m.upper, d::at(mpath, k));
      if (k > 0 && m.year <= ind.milestones[k - 1].year)
        d::fail(d::at(d::at(mpath, k), "year"),
                "milestone years must increase (" + std::to_string(m.year) + " after " +
                    std::to_string(ind.milestones[k - 1].year) + ")");
    }
  }
  d::unique_ids(p.indicators, "/indicators");
  // Regions: named, each once, and the plan's own among them, since sub-regions and reference
  // regions are the declared regions finer or coarser than it.
  std::set<std::string, std::less<>> region_names;
  for (std::size_t i = 0; i < p.regions.size(); ++i) {
    const std::string path = d::at("/regions", i);
    if (p.regions[i].name_zh.empty()) d::fail(d::at(path, "name_zh"), "must not be empty");
    if (!region_names.insert(p.regions[i].name_zh).second)
      d::fail(d::at(path, "name_zh"), "duplicate region '" + p.regions[i].name_zh + "'");
  }
  if (!p.regions.empty() && !region_names.count(p.region_zh))
    d::fail("/regions", "the plan's own region '" + p.region_zh +
                            "' is not among the declared regions");
  for (std::size_t i = 0; i < p.body_targets.size(); ++i) {
    const body_target& b = p.body_targets[i];
    const std::string path = d::at("/body_targets", i);
    if (b.id.empty()) d::fail(d::at(path, "id"), "must not be empty");
    d::target_fits(b.kind, b.value, b.upper, path);
  }
  d::unique_ids(p.body_targets, "/body_targets");
  for (std::size_t i = 0; i < p.body_targets.size(); ++i) {
    const std::string& link = p.body_targets[i].indicator_id;
    if (!link.empty() && !d::find_indicator(p, link))
      d::fail(d::at(d::at("/body_targets", i), "indicator_id"), "unknown indicator '" + link + "'");
  }
}

/// Checks `p` and the explicit relations that come with it (the "/relations" of its document).
///
/// Example: `validate(lishui(), lishui_relations())` passes.
inline void validate(const plan& p, const std::vector<relation>& relations) {
  namespace d = detail::validate;
  validate(p);
  for (std::size_t r = 0; r < relations.size(); ++r) {
    const relation& rel = relations[r];
    const std::string path = d::at("/relations", r);
    if (rel.id.empty()) d::fail(d::at(path, "id"), "must not be empty");
    const std::string opath = d::at(path, "operands");
    if (rel.operands.size() != operand_count(rel.kind))
      d::fail(opath, "relation kind '" + std::string(to_string(rel.kind)) + "' needs " +
                         std::to_string(operand_count(rel.kind)) + " operands, got " +
                         std::to_string(rel.operands.size()));
    for (std::size_t k = 0; k < rel.operands.size(); ++k) {
      const operand& o = rel.operands[k];
      const std::string at = d::at(opath, k);
      if (!o.is_indicator()) {
        if (!d::has_body_target(p, o.body))
          d::fail(d::at(at, "body"), "unknown body target '" + o.body + "'");
        continue;
      }
      const indicator* row = d::find_indicator(p, o.indicator);
      if (!row) d::fail(d::at(at, "indicator"), "unknown indicator '" + o.indicator + "'");
      bool has_year = false;
      for (const auto& m : row->milestones) has_year = has_year || m.year == o.year;
      if (!has_year)
        d::fail(d::at(at, "year"), "indicator '" + o.indicator + "' has no milestone for " +
                                       std::to_string(o.year));
    }
  }
  d::unique_ids(relations, "/relations");
}

}  // namespace prosper::plan
