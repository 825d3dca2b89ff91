#pragma once
// Cross-plan relations as JSON (plan/cross_relations.hpp): the relations between two plans, kept
// apart from both plans' files so that neither has to know the other.
//
//     { "format": "prosper-cross-relations", "format_version": 1,
//       "plan_zh": "<name_zh of the plan audited>", "against_zh": "<name_zh of the other plan>",
//       "relations": [ { "id": "cross.income_ratio.2025", "kind": "ratio_identity",
//                        "operands": [ { "side": "plan", "indicator": "20", "year": 2025 },
//                                      { "side": "plan", "indicator": "2", "year": 2025 },
//                                      { "side": "against", "indicator": "income", "year": 2025 } ],
//                        "text_zh": "…", "note": "…" } ] }
//
// An operand is a plan operand (io/plan_json.hpp) with a required "side", "plan" or "against".
// Loading is as strict as loading a plan, with the same `plan_error`s naming a JSON Pointer; what
// depends on the two plans (that the names match, that each operand resolves in its plan) is
// checked by `plan::validate(doc, plan, against)` once both are known.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "prosper/error.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/cross_relations.hpp"
#include "prosper/plan/relations.hpp"

namespace prosper::io {

namespace detail::cross_json {

inline constexpr int format_version = 1;

inline plan::cross_operand read_operand(const json& j, const std::string& path) {
  namespace d = detail::plan_json;
  d::expect_object(j, path);
  d::check_fields(j, path, {"side", "indicator", "year", "body"});
  const std::string side = d::string_field(j, path, "side", true);
  const auto s = plan::plan_side_from_string(side);
  if (!s) d::fail(d::child(path, "side"), "unknown side " + detail::text::quoted(side) +
                                              " (expected 'plan' or 'against')");
  json rest = j;
  rest.erase("side");
  return {*s, d::read_operand(rest, path)};
}

inline plan::cross_relation read_relation(const json& j, const std::string& path) {
  namespace d = detail::plan_json;
  d::expect_object(j, path);
  d::check_fields(j, path, {"id", "kind", "operands", "text_zh", "note"});
  plan::cross_relation r;
  r.id = d::id_field(j, path, "id");
  const std::string k = d::string_field(j, path, "kind", true);
  const auto kind = plan::relation_kind_from_string(k);
  if (!kind) d::fail(d::child(path, "kind"), "unknown relation kind " + detail::text::quoted(k));
  r.kind = *kind;
  const std::string opath = d::child(path, "operands");
  const json& ops = d::array_field(j, path, "operands", true);
  for (std::size_t i = 0; i < ops.size(); ++i)
    r.operands.push_back(read_operand(ops[i], d::child(opath, i)));
  if (r.operands.size() != plan::operand_count(r.kind))
    d::fail(opath, "relation kind '" + k + "' needs " +
                       std::to_string(plan::operand_count(r.kind)) + " operands, got " +
                       std::to_string(r.operands.size()));
  r.text_zh = d::string_field(j, path, "text_zh", false);
  r.note = d::string_field(j, path, "note", false);
  return r;
}

}  // namespace detail::cross_json

/// Reads cross-plan relations from parsed JSON, checking the layout above (not yet the plans).
///
/// Example: `plan::cross_relations doc = cross_from_json(json::parse(text));`
/// Throws `plan_error` with the JSON Pointer and the problem.
inline plan::cross_relations cross_from_json(const json& j) {
  namespace d = detail::plan_json;
  const std::string root;
  d::expect_object(j, root);
  d::check_fields(j, root,
                  {"format", "format_version", "plan_zh", "against_zh", "relations"});
  if (d::as_string(d::required(j, root, "format"), "/format") != "prosper-cross-relations")
    d::fail("/format", "expected \"prosper-cross-relations\"");
  if (const json* v = d::member(j, "format_version")) {
    if (!v->is_number_integer()) d::fail("/format_version", "expected an integer");
    if (v->get<long long>() != detail::cross_json::format_version)
      d::fail("/format_version", "unsupported format_version " + v->dump() +
                                     " (this prosper reads " +
                                     std::to_string(detail::cross_json::format_version) + ")");
  }
  plan::cross_relations doc;
  doc.plan_zh = d::string_field(j, root, "plan_zh", true);
  doc.against_zh = d::string_field(j, root, "against_zh", true);
  const json& rels = d::array_field(j, root, "relations", true);
  for (std::size_t i = 0; i < rels.size(); ++i)
    doc.relations.push_back(detail::cross_json::read_relation(rels[i], d::child("/relations", i)));
  plan::detail::validate::unique_ids(doc.relations, "/relations");
  return doc;
}

/// Writes cross-plan relations as JSON in the layout above; loading gives back the same document.
///
/// Example: `std::string text = cross_to_json(plan::lishui_against_zhejiang()).dump(2);`
inline json cross_to_json(const plan::cross_relations& doc) {
  json j = json::object();
  j["format"] = "prosper-cross-relations";
  j["format_version"] = detail::cross_json::format_version;
  j["plan_zh"] = doc.plan_zh;
  j["against_zh"] = doc.against_zh;
  j["relations"] = json::array();
  for (const plan::cross_relation& r : doc.relations) {
    json jr = json::object();
    jr["id"] = r.id;
    jr["kind"] = std::string(to_string(r.kind));
    jr["operands"] = json::array();
    for (const plan::cross_operand& o : r.operands) {
      json jo = json::object();
      jo["side"] = std::string(to_string(o.side));
      if (o.of.is_indicator()) {
        jo["indicator"] = o.of.indicator;
        jo["year"] = o.of.year;
      } else {
        jo["body"] = o.of.body;
      }
      jr["operands"].push_back(std::move(jo));
    }
    jr["text_zh"] = r.text_zh;
    jr["note"] = r.note;
    j["relations"].push_back(std::move(jr));
  }
  return j;
}

/// Parses cross-relations text, with the same errors as `parse_plan`.
///
/// Example: `plan::cross_relations doc = parse_cross_relations(text);`
inline plan::cross_relations parse_cross_relations(std::string_view text) {
  return cross_from_json(detail::plan_json::parse_tracked(text));
}

/// Loads a cross-relations file.
///
/// Example: `plan::cross_relations doc = load_cross_relations("data/lishui-against-zhejiang.json");`
/// Throws `input_error` when the file cannot be read and `plan_error` (located in the file) when
/// it is not a valid document.
inline plan::cross_relations load_cross_relations(const std::filesystem::path& file) {
  const std::string text = read_file(file);
  try {
    return parse_cross_relations(text);
  } catch (const plan_error& e) {
    throw e.in_file(file.string());
  }
}

/// The document as JSON text: two-space indentation, Chinese kept as UTF-8.
///
/// Example: `dump_cross_relations(plan::lishui_against_zhejiang())` is the text of
/// data/lishui-against-zhejiang.json.
inline std::string dump_cross_relations(const plan::cross_relations& doc) {
  return cross_to_json(doc).dump(2, ' ', false) + "\n";
}

}  // namespace prosper::io
