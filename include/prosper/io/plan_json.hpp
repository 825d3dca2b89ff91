#pragma once
// Plans as JSON: load another city's plan without recompiling, and save the embedded one.
//
// A plan file holds the plan's identity, its indicator table with milestones, its body targets and
// its explicit relations (the derived ones are regenerated from the body targets by the audit, so
// they are not stored twice). The layout mirrors `prosper::plan::plan` field for field:
//
//     { "format": "prosper-plan", "format_version": 1,
//       "name_zh": "…", "name_en": "…", "region_zh": "…", "region_en": "…",
//       "base_year": 2022, "target_year": 2025, "source": "…",
//       "regions": [ { "name_zh": "丽水市", "name_en": "Lishui", "level": "city" },
//                    { "name_zh": "莲都区", "name_en": "Liandu", "level": "county" } ],
//       "indicators": [ { "id": "1", "name_zh": "人均地区生产总值", "name_en": "…",
//                         "category_zh": "…", "category_en": "…", "attribute": "评价指标",
//                         "unit": "万元", "unit_printed": "", "direction": "higher_is_better",
//                         "milestones": [ { "year": 2022, "kind": "point", "value": 7.27,
//                                           "upper": null, "printed": "7.27" } ],
//                         "note_zh": "" } ],
//       "body_targets": [ { "id": "三.11.1", "section": "三", "item": "11",
//                           "phrase_zh": "…", "name_en": "…", "basis": "level",
//                           "kind": "point", "value": 1000, "upper": null, "unit": "亿元",
//                           "year": 2025, "indicator_id": "12" } ],
//       "relations": [ { "id": "share.12.2025", "kind": "share_of_total",
//                        "operands": [ { "indicator": "12", "year": 2025 },
//                                      { "body": "三.11.1" }, { "body": "一.1.1" } ],
//                        "text_zh": "…", "note": "…" } ] }
//
// Loading is strict, because a silently misread plan gives confidently wrong math: a wrong type,
// a missing required field, an unknown field (a typo), a repeated key, an unknown direction or
// kind, a duplicate id, a dangling reference, a non-finite number or a numeric target without a
// value is a `plan_error` naming the JSON Pointer of the offending value
// ("/indicators/3/unit") and the problem ("expected a string"). Optional text fields may be left
// out (they default to ""); optional numbers may be null or left out.
//
// Units are resolved once, here, through the registry (units/runtime_unit.hpp): "%", "％" and
// "百分比" load as the same unit, and the spelling is kept so that saving gives the file back.
// "unit_printed" (optional) is the unit as the plan's table prints it when that differs from the
// unit the values are in (a table printing 万元 for a tax per 亩 of land); it defaults to "unit".
//
// Only the io headers include <nlohmann/json.hpp>; the plan model knows nothing of JSON.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/error.hpp"
#include "prosper/io/detail/json_position.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/file.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/plan/validate.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::io {

/// The JSON type plan files are read into and written from; it keeps keys in file order so that a
/// saved plan reads like the layout above.
using json = nlohmann::ordered_json;

/// What a plan file holds: the plan and its explicit relations.
///
/// Example: `plan_document doc = load_plan("tests/data/second_plan.json");`
struct plan_document {
  plan::plan plan;
  std::vector<plan::relation> relations;
};

/// The direction named `s` ("higher_is_better", "lower_is_better", "neutral"), or nothing.
///
/// Example: `direction_from_string("lower_is_better") == direction::lower_is_better`.
constexpr std::optional<direction> direction_from_string(std::string_view s) noexcept {
  for (direction d : {direction::higher_is_better, direction::lower_is_better, direction::neutral})
    if (to_string(d) == s) return d;
  return std::nullopt;
}

/// The target kind named `s` ("point", "at_least", …, "not_set"), or nothing.
///
/// Example: `target_kind_from_string("at_most") == target_kind::at_most`.
constexpr std::optional<target_kind> target_kind_from_string(std::string_view s) noexcept {
  for (target_kind k : {target_kind::point, target_kind::at_least, target_kind::greater_than,
                        target_kind::at_most, target_kind::less_than, target_kind::band,
                        target_kind::maintain, target_kind::direction_only,
                        target_kind::qualitative, target_kind::external, target_kind::not_set})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

namespace detail::plan_json {

inline constexpr int format_version = 1;

/// The JSON Pointer of member `key` of the value at `path`, the key escaped by pointer_token.
///
/// Example: `child("/a", "b/c~d") == "/a/b~1c~0d"`.
inline std::string child(const std::string& path, std::string_view key) {
  return prosper::detail::pointer_child(path, key);
}
/// The JSON Pointer of element `index` of the array at `path`.
///
/// Example: `child("/indicators", 3) == "/indicators/3"`.
inline std::string child(const std::string& path, std::size_t index) {
  return prosper::detail::pointer_child(path, index);
}

// The pointer is made visible and cut like any quoted input (detail/text.hpp): it is built from
// the file's keys, which may hold control characters or be megabytes long.
[[noreturn]] inline void fail(const std::string& path, std::string problem) {
  throw plan_error(text::shown(path, 200), std::move(problem));
}

inline void expect_object(const json& j, const std::string& path) {
  if (!j.is_object()) fail(path, "expected an object");
}

inline void check_fields(const json& obj, const std::string& path,
                         std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == key;
    if (!known) fail(child(path, key), "unknown field");
  }
}

inline const json* member(const json& obj, std::string_view key) {
  const auto it = obj.find(std::string(key));
  return it == obj.end() ? nullptr : &*it;
}

inline const json& required(const json& obj, const std::string& path, std::string_view key) {
  const json* m = member(obj, key);
  if (!m) fail(child(path, key), "missing required field");
  return *m;
}

// Plan text is printed as it is by the audit, the catalog and the CLI, so a control character
// (an escape sequence, a backspace written as "\b") would reach a terminal or a log: refused,
// as the readers' messages already escape them (docs/reliability.md, F5 and F13). Line breaks and
// tabs are text.
inline std::string as_string(const json& j, const std::string& path) {
  if (!j.is_string()) fail(path, "expected a string");
  std::string s = j.get<std::string>();
  // C1 controls (U+0080–U+009F) too: U+009B is the 8-bit CSI that some terminals obey.
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = text::utf8_sequence(s, i, cp);
    if (n == 0) fail(path, "text is not UTF-8");
    if (text::is_control(cp) && cp != '\n' && cp != '\t') {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      fail(path, std::string("control character ") + code + " in text");
    }
    i += n;
  }
  return s;
}

inline std::string string_field(const json& obj, const std::string& path, std::string_view key,
                                bool is_required) {
  const json* m = is_required ? &required(obj, path, key) : member(obj, key);
  return m ? as_string(*m, child(path, key)) : std::string{};
}

inline std::string id_field(const json& obj, const std::string& path, std::string_view key) {
  std::string s = string_field(obj, path, key, true);
  if (s.empty()) fail(child(path, key), "must not be empty");
  return s;
}

inline double as_number(const json& j, const std::string& path) {
  if (!j.is_number()) fail(path, "expected a number");
  const double v = j.get<double>();
  if (!std::isfinite(v)) fail(path, "non-finite number");
  return v;
}

inline std::optional<double> optional_number(const json& obj, const std::string& path,
                                             std::string_view key) {
  const json* m = member(obj, key);
  if (!m || m->is_null()) return std::nullopt;
  if (!m->is_number()) fail(child(path, key), "expected a number or null");
  return as_number(*m, child(path, key));
}

inline int int_field(const json& obj, const std::string& path, std::string_view key) {
  const json& m = required(obj, path, key);
  const std::string p = child(path, key);
  if (m.is_number_float()) {
    const double v = m.get<double>();
    if (!std::isfinite(v)) fail(p, "non-finite number");
    fail(p, "expected an integer");
  }
  if (!m.is_number_integer()) fail(p, "expected an integer");
  if (m.is_number_unsigned() && m.get<unsigned long long>() > 100000) fail(p, "year out of range");
  const auto v = m.get<long long>();
  if (v < -100000 || v > 100000) fail(p, "year out of range");
  return static_cast<int>(v);
}

// A unit resolved through the registry; a spelling that could be two units is refused here, a
// spelling the registry does not know becomes an opaque unit (units/runtime_unit.hpp).
inline units::runtime_unit unit_field(const json& obj, const std::string& path, std::string_view key,
                                      bool is_required) {
  const std::string spelling = string_field(obj, path, key, is_required);
  try {
    return units::runtime_unit::resolve(spelling);
  } catch (const units::unit_error& e) {
    fail(child(path, key), text::shown(e.what(), 300));
  }
}

inline const json& array_field(const json& obj, const std::string& path, std::string_view key,
                               bool is_required) {
  static const json empty = json::array();
  const json* m = is_required ? &required(obj, path, key) : member(obj, key);
  if (!m) return empty;
  if (!m->is_array()) fail(child(path, key), "expected an array");
  return *m;
}

inline target_kind kind_field(const json& obj, const std::string& path) {
  const std::string s = string_field(obj, path, "kind", true);
  const auto k = target_kind_from_string(s);
  if (!k) fail(child(path, "kind"), "unknown target kind " + text::quoted(s));
  return *k;
}

inline math::milestone read_milestone(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path, {"year", "kind", "value", "upper", "printed"});
  math::milestone m;
  m.year = int_field(j, path, "year");
  m.kind = kind_field(j, path);
  m.value = optional_number(j, path, "value");
  m.upper = optional_number(j, path, "upper");
  m.printed = string_field(j, path, "printed", false);
  return m;
}

inline plan::indicator read_indicator(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path,
               {"id", "name_zh", "name_en", "category_zh", "category_en", "attribute", "unit",
                "unit_printed", "direction", "milestones", "note_zh", "remarks"});
  plan::indicator i;
  i.id = id_field(j, path, "id");
  i.name_zh = string_field(j, path, "name_zh", true);
  i.name_en = string_field(j, path, "name_en", false);
  i.category_zh = string_field(j, path, "category_zh", false);
  i.category_en = string_field(j, path, "category_en", false);
  i.attribute = string_field(j, path, "attribute", false);
  i.unit = unit_field(j, path, "unit", true);
  i.unit_printed = member(j, "unit_printed") ? string_field(j, path, "unit_printed", false)
                                             : i.unit.spelling();
  const std::string d = string_field(j, path, "direction", true);
  const auto dir = direction_from_string(d);
  if (!dir) fail(child(path, "direction"), "unknown direction " + text::quoted(d));
  i.dir = *dir;
  const std::string mpath = child(path, "milestones");
  const json& ms = array_field(j, path, "milestones", true);
  for (std::size_t k = 0; k < ms.size(); ++k)
    i.milestones.push_back(read_milestone(ms[k], child(mpath, k)));
  i.note_zh = string_field(j, path, "note_zh", false);
  i.remarks = string_field(j, path, "remarks", false);
  return i;
}

inline plan::body_target read_body_target(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path,
               {"id", "section", "item", "phrase_zh", "name_en", "basis", "kind", "value", "upper",
                "unit", "unit_printed", "year", "indicator_id", "remarks"});
  plan::body_target b;
  b.id = id_field(j, path, "id");
  b.section = string_field(j, path, "section", false);
  b.item = string_field(j, path, "item", false);
  b.phrase_zh = string_field(j, path, "phrase_zh", true);
  b.name_en = string_field(j, path, "name_en", false);
  b.basis = string_field(j, path, "basis", false);
  b.kind = kind_field(j, path);
  b.value = optional_number(j, path, "value");
  b.upper = optional_number(j, path, "upper");
  b.unit = unit_field(j, path, "unit", false);
  b.unit_printed = member(j, "unit_printed") ? string_field(j, path, "unit_printed", false)
                                             : b.unit.spelling();
  b.year = int_field(j, path, "year");
  b.indicator_id = string_field(j, path, "indicator_id", false);
  b.remarks = string_field(j, path, "remarks", false);
  return b;
}

inline plan::operand read_operand(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path, {"indicator", "year", "body"});
  const bool has_indicator = member(j, "indicator") != nullptr;
  const bool has_body = member(j, "body") != nullptr;
  if (has_indicator == has_body)
    fail(path, "an operand names either an indicator (with a year) or a body target");
  if (has_body) {
    if (member(j, "year")) fail(child(path, "year"), "a body-target operand has no year");
    return plan::operand::of_body(id_field(j, path, "body"));
  }
  const std::string id = id_field(j, path, "indicator");
  return plan::operand::of_indicator(id, int_field(j, path, "year"));
}

inline plan::declared_region read_region(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path, {"name_zh", "name_en", "level"});
  plan::declared_region r;
  r.name_zh = string_field(j, path, "name_zh", true);
  r.name_en = string_field(j, path, "name_en", false);
  const std::string level = string_field(j, path, "level", true);
  const auto l = plan::region_level_from_string(level);
  if (!l) fail(child(path, "level"), "unknown region level " + text::quoted(level));
  r.level = *l;
  return r;
}

inline plan::relation read_relation(const json& j, const std::string& path) {
  expect_object(j, path);
  check_fields(j, path, {"id", "kind", "operands", "text_zh", "note"});
  plan::relation r;
  r.id = id_field(j, path, "id");
  const std::string k = string_field(j, path, "kind", true);
  const auto kind = plan::relation_kind_from_string(k);
  if (!kind) fail(child(path, "kind"), "unknown relation kind " + text::quoted(k));
  r.kind = *kind;
  const std::string opath = child(path, "operands");
  const json& ops = array_field(j, path, "operands", true);
  for (std::size_t i = 0; i < ops.size(); ++i)
    r.operands.push_back(read_operand(ops[i], child(opath, i)));
  r.text_zh = string_field(j, path, "text_zh", false);
  r.note = string_field(j, path, "note", false);
  return r;
}

inline json optional_to_json(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

inline void require_finite_for_save(const std::optional<double>& v, const std::string& what) {
  if (v && !std::isfinite(*v))
    throw value_error("prosper::io::to_json: " + what + " is not finite");
}

}  // namespace detail::plan_json

/// Reads a plan from parsed JSON, checking everything the layout above promises.
///
/// Example: `plan_document d = from_json(json::parse(text));`
/// Throws `plan_error` with the JSON Pointer and the problem.
inline plan_document from_json(const json& j) {
  namespace d = detail::plan_json;
  const std::string root;
  d::expect_object(j, root);
  d::check_fields(
      j, root,
      {"format", "format_version", "name_zh", "name_en", "region_zh", "region_en", "base_year",
       "target_year", "source", "regions", "indicators", "body_targets", "relations"});
  if (const json* f = d::member(j, "format"); f && d::as_string(*f, "/format") != "prosper-plan")
    d::fail("/format", "expected \"prosper-plan\"");
  if (const json* v = d::member(j, "format_version")) {
    if (!v->is_number_integer()) d::fail("/format_version", "expected an integer");
    if (v->get<long long>() != d::format_version)
      d::fail("/format_version", "unsupported format_version " + v->dump() +
                                     " (this prosper reads " + std::to_string(d::format_version) +
                                     ")");
  }
  plan_document doc;
  plan::plan& p = doc.plan;
  p.name_zh = d::string_field(j, root, "name_zh", true);
  p.name_en = d::string_field(j, root, "name_en", false);
  p.region_zh = d::string_field(j, root, "region_zh", false);
  p.region_en = d::string_field(j, root, "region_en", false);
  p.base_year = d::int_field(j, root, "base_year");
  p.target_year = d::int_field(j, root, "target_year");
  p.source = d::string_field(j, root, "source", false);

  const json& regions = d::array_field(j, root, "regions", false);
  for (std::size_t i = 0; i < regions.size(); ++i)
    p.regions.push_back(d::read_region(regions[i], d::child("/regions", i)));

  const json& inds = d::array_field(j, root, "indicators", true);
  for (std::size_t i = 0; i < inds.size(); ++i)
    p.indicators.push_back(d::read_indicator(inds[i], d::child("/indicators", i)));

  const json& bodies = d::array_field(j, root, "body_targets", false);
  for (std::size_t i = 0; i < bodies.size(); ++i)
    p.body_targets.push_back(d::read_body_target(bodies[i], d::child("/body_targets", i)));

  const json& rels = d::array_field(j, root, "relations", false);
  for (std::size_t i = 0; i < rels.size(); ++i)
    doc.relations.push_back(d::read_relation(rels[i], d::child("/relations", i)));
  // What the JSON types cannot say (unique ids, years in order, references that resolve) is
  // checked by the plan layer, for this plan as for the embedded one.
  plan::validate(p, doc.relations);
  return doc;
}

/// Writes a plan and its explicit relations as JSON in the layout above. Every field is written,
/// empty strings and null optionals included, so that loading gives back exactly the same plan.
///
/// Example: `std::string text = to_json(lishui(), lishui_relations()).dump(2);`
/// Throws `value_error` for a non-finite number, which JSON cannot hold.
inline json to_json(const plan::plan& p, const std::vector<plan::relation>& relations = {}) {
  namespace d = detail::plan_json;
  json j = json::object();
  j["format"] = "prosper-plan";
  j["format_version"] = d::format_version;
  j["name_zh"] = p.name_zh;
  j["name_en"] = p.name_en;
  j["region_zh"] = p.region_zh;
  j["region_en"] = p.region_en;
  j["base_year"] = p.base_year;
  j["target_year"] = p.target_year;
  j["source"] = p.source;
  j["regions"] = json::array();
  for (const auto& r : p.regions)
    j["regions"].push_back(
        {{"name_zh", r.name_zh}, {"name_en", r.name_en}, {"level", std::string(to_string(r.level))}});
  j["indicators"] = json::array();
  for (const auto& i : p.indicators) {
    json ji = json::object();
    ji["id"] = i.id;
    ji["name_zh"] = i.name_zh;
    ji["name_en"] = i.name_en;
    ji["category_zh"] = i.category_zh;
    ji["category_en"] = i.category_en;
    ji["attribute"] = i.attribute;
    ji["unit"] = i.unit.spelling();
    if (i.unit_printed != i.unit.spelling()) ji["unit_printed"] = i.unit_printed;
    ji["direction"] = std::string(to_string(i.dir));
    ji["milestones"] = json::array();
    for (const auto& m : i.milestones) {
      d::require_finite_for_save(m.value, "indicator " + i.id + " value");
      d::require_finite_for_save(m.upper, "indicator " + i.id + " upper");
      json jm = json::object();
      jm["year"] = m.year;
      jm["kind"] = std::string(to_string(m.kind));
      jm["value"] = d::optional_to_json(m.value);
      jm["upper"] = d::optional_to_json(m.upper);
      jm["printed"] = m.printed;
      ji["milestones"].push_back(std::move(jm));
    }
    ji["note_zh"] = i.note_zh;
    if (!i.remarks.empty()) ji["remarks"] = i.remarks;
    j["indicators"].push_back(std::move(ji));
  }
  j["body_targets"] = json::array();
  for (const auto& b : p.body_targets) {
    d::require_finite_for_save(b.value, "body target " + b.id + " value");
    d::require_finite_for_save(b.upper, "body target " + b.id + " upper");
    json jb = json::object();
    jb["id"] = b.id;
    jb["section"] = b.section;
    jb["item"] = b.item;
    jb["phrase_zh"] = b.phrase_zh;
    jb["name_en"] = b.name_en;
    jb["basis"] = b.basis;
    jb["kind"] = std::string(to_string(b.kind));
    jb["value"] = d::optional_to_json(b.value);
    jb["upper"] = d::optional_to_json(b.upper);
    jb["unit"] = b.unit.spelling();
    if (b.unit_printed != b.unit.spelling()) jb["unit_printed"] = b.unit_printed;
    jb["year"] = b.year;
    jb["indicator_id"] = b.indicator_id;
    if (!b.remarks.empty()) jb["remarks"] = b.remarks;
    j["body_targets"].push_back(std::move(jb));
  }
  j["relations"] = json::array();
  for (const auto& r : relations) {
    json jr = json::object();
    jr["id"] = r.id;
    jr["kind"] = std::string(to_string(r.kind));
    jr["operands"] = json::array();
    for (const auto& o : r.operands) {
      json jo = json::object();
      if (o.is_indicator()) {
        jo["indicator"] = o.indicator;
        jo["year"] = o.year;
      } else {
        jo["body"] = o.body;
      }
      jr["operands"].push_back(std::move(jo));
    }
    jr["text_zh"] = r.text_zh;
    jr["note"] = r.note;
    j["relations"].push_back(std::move(jr));
  }
  return j;
}

namespace detail::plan_json {

/// Parses the JSON text of a plan document (or of another document read with the same rules,
/// io/cross_json.hpp). A syntax error, an overflowing number, a key repeated within one object or
/// nesting beyond the limit is a `plan_error` with the JSON Pointer the parser had reached.
///
/// Example: `json j = parse_tracked(R"({"a": 1})");`
inline json parse_tracked(std::string_view text) {
  namespace d = detail::plan_json;
  // The tracker follows the parse so that every error, a syntax error included, names the place
  // the parser had reached. A plan that says "unit" twice is ambiguous (nlohmann would keep the
  // last one silently), and nesting beyond max_depth would only feed nlohmann's recursive
  // destructor, so both fail at once, from within the parse.
  detail::json_position pos;
  const json::parser_callback_t track = [&pos](int, json::parse_event_t event, json& parsed) {
    switch (pos.on_event(event, parsed)) {
      case detail::json_position::found::nothing:
        break;
      case detail::json_position::found::too_deep:
        d::fail(pos.too_deep_pointer(), detail::json_position::too_deep_problem());
      case detail::json_position::found::duplicate_key:
        d::fail(pos.pointer(), "duplicate key");
    }
    return true;
  };
  if (const std::string utf16 = detail::text::utf16_encoding(text); !utf16.empty())
    d::fail("", "the file is UTF-16 encoded (" + utf16 + "); save it as UTF-8");
  json j;
  try {
    j = json::parse(text.begin(), text.end(), track);
  } catch (const json::exception& e) {
    // nlohmann's message quotes what it last read, which can be any bytes of the file.
    std::string what = detail::text::shown(e.what(), 300);
    // Drop nlohmann's "[json.exception.parse_error.101] " tag; keep its description.
    if (const auto close = what.find("] ");
        what.rfind("[json.exception.", 0) == 0 && close != std::string::npos)
      what = what.substr(close + 2);
    if (what.rfind("number overflow", 0) == 0)
      d::fail(pos.pointer(), "non-finite number (" + what + ")");
    d::fail(pos.pointer(), "invalid JSON: " + what);
  }
  return j;
}

}  // namespace detail::plan_json

/// Parses plan text. A syntax error, an overflowing number or a key repeated within one object is
/// a `plan_error` too, with the JSON Pointer of the place the parser had reached.
///
/// Example: `plan_document d = parse_plan(R"({"name_zh": "…", …})");`
inline plan_document parse_plan(std::string_view text) {
  return from_json(detail::plan_json::parse_tracked(text));
}

/// Loads a plan file.
///
/// Example: `plan_document d = load_plan("tests/data/second_plan.json");`
/// Throws `input_error` when the file cannot be read and `plan_error` (located in the file)
/// when it is not a valid plan.
inline plan_document load_plan(const std::filesystem::path& file) {
  const std::string text = read_file(file);
  try {
    return parse_plan(text);
  } catch (const plan_error& e) {
    throw e.in_file(file.string());
  }
}

/// The plan as JSON text: two-space indentation, Chinese kept as UTF-8 rather than \u escapes.
///
/// Example: `std::cout << dump_plan(lishui(), lishui_relations());`
inline std::string dump_plan(const plan::plan& p,
                             const std::vector<plan::relation>& relations = {}) {
  return to_json(p, relations).dump(2, ' ', false) + "\n";
}

/// Saves a plan file (see `dump_plan`).
///
/// Example: `save_plan("lishui.json", lishui(), lishui_relations());`
/// The file is written completely or not at all (`write_file_atomically`).
/// Throws `output_error` when the file cannot be written.
inline void save_plan(const std::filesystem::path& file, const plan::plan& p,
                      const std::vector<plan::relation>& relations = {}) {
  write_file_atomically(file, dump_plan(p, relations));
}

}  // namespace prosper::io
