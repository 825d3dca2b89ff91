#pragma once
// Declared indicator weights for roll-ups (report/rollup_table.hpp), read from a JSON object
// that maps each of the plan's indicator ids to a weight ≥ 0:
//
//   {"1": 4, "2": 4, "36": 2, …}
//
// The plan model has no weight field, so weights come from a file of their own: prosper never
// invents them. Every indicator of the plan needs one (0 leaves it out of the means), so that a
// forgotten indicator is an error and not a silent zero. Refused, as `input_error` with the file
// and the JSON Pointer of the offending value: a syntax error, anything but an object, a
// duplicate id, an id the plan does not have, a value that is not a finite number ≥ 0, a missing
// indicator, and weights that are all zero.
//
// Reading JSON needs nlohmann/json, as the other JSON readers do.

#include <cmath>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "prosper/detail/checks.hpp"
#include "prosper/detail/json_pointer.hpp"
#include "prosper/error.hpp"
#include "prosper/io/file.hpp"
#include "prosper/plan/plan.hpp"

namespace prosper::io {

/// Weights by indicator id.
using indicator_weights = std::map<std::string, double, std::less<>>;

/// Reads declared weights from JSON text; `file` names it in errors.
///
/// Example: `read_weights_json(R"({"1": 4, "2": 4, …})", "w.json", plan)["1"] == 4`.
/// Throws `input_error` ("w.json: /7: a weight must be a finite number ≥ 0, got -1") for the
/// problems the file comment lists.
inline indicator_weights read_weights_json(std::string_view text, const std::string& file,
                                           const plan::plan& p) {
  using njson = nlohmann::json;
  namespace jp = prosper::detail;
  std::set<std::string> seen;
  std::string duplicate;
  const njson::parser_callback_t on_event = [&](int depth, njson::parse_event_t event,
                                                njson& parsed) {
    if (event == njson::parse_event_t::key && depth == 1 && parsed.is_string()) {
      const auto key = parsed.get<std::string>();
      if (!seen.insert(key).second && duplicate.empty()) duplicate = key;
    }
    return true;
  };
  njson doc;
  try {
    doc = njson::parse(text.begin(), text.end(), on_event);
  } catch (const njson::parse_error& e) {
    std::size_t line = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) line += text[i] == '\n';
    std::string what = e.what();
    if (const auto at = what.find(": ", what.find("parse error")); at != std::string::npos)
      what.erase(0, at + 2);
    throw input_error(file, line, "JSON syntax error: " + what);
  }
  if (!doc.is_object())
    throw input_error(file, 0, "", "weights must be a JSON object {\"indicator id\": weight, …}");
  if (!duplicate.empty())
    throw input_error(file, 0, jp::pointer_child("", duplicate),
                      "indicator '" + duplicate + "' is given twice");
  std::set<std::string, std::less<>> ids;
  for (const auto& ind : p.indicators) ids.insert(ind.id);
  indicator_weights out;
  bool any = false;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string pointer = jp::pointer_child("", it.key());
    if (!ids.count(it.key()))
      throw input_error(file, 0, pointer, "'" + it.key() + "' is not an indicator of the plan");
    const njson& v = it.value();
    const double w = v.is_number() ? v.get<double>() : std::nan("");
    if (!v.is_number() || !std::isfinite(w) || w < 0)
      throw input_error(file, 0, pointer,
                        "a weight must be a finite number ≥ 0, got " +
                            (v.is_number() ? prosper::detail::checks::num(w) : v.dump()));
    out.emplace(it.key(), w);
    any = any || w > 0;
  }
  std::size_t missing = 0;
  std::string first;
  for (const auto& ind : p.indicators)
    if (!out.count(ind.id) && missing++ == 0) first = ind.id;
  if (missing > 0)
    throw input_error(file, 0, "",
                      "no weight for indicator '" + first + "'" +
                          (missing > 1 ? " and " + std::to_string(missing - 1) + " more" : "") +
                          ": declare a weight for every indicator (0 leaves one out of the means)");
  if (!any) throw input_error(file, 0, "", "the weights are all zero: no weighted mean is defined");
  return out;
}

/// Reads declared weights from a JSON file.
///
/// Example: `load_weights_json("weights.json", plan::lishui())`.
/// Throws `input_error` for a file that cannot be read, and as `read_weights_json`.
inline indicator_weights load_weights_json(const std::filesystem::path& path,
                                           const plan::plan& p) {
  return read_weights_json(read_file(path), path.string(), p);
}

}  // namespace prosper::io
