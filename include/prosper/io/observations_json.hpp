#pragma once
// Observations from JSON (needs nlohmann/json, which the core of prosper does not).
//
//     {
//       "source": "default for rows without one (optional)",
//       "note": "free text about the file (optional, ignored)",
//       "observations": [
//         {"indicator": "2", "region": "丽水市", "year": 2021, "value": 42042, "unit": "元",
//          "source": "China Daily (Lishui) 2022-01-19"}
//       ]
//     }
//
// `indicator` (string), `year` (integer) and `value` (number) are required; `region` and `unit`
// default as in CSV; any other key of an observation is carried along in `observation::extra`
// (strings verbatim, other values as compact JSON). The rules and the skip-bad-rows behaviour are
// those of observations.hpp; here a bad element is named by its JSON pointer
// ("file: /observations/3/value: expected a number, got string \"abc\""), since the parser keeps
// no line numbers for values. Syntax errors do carry a line.
//
// Stricter than JSON itself, because a silently dropped value is the failure this layer exists to
// prevent: a key repeated in one object (JSON parsers keep the last one), an unknown top-level key,
// `null` for a value, a year written as 2021.0 or "2021", and a value written as a string are all
// errors.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "prosper/io/detail/json_position.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/plan/plan.hpp"

namespace prosper::io {

namespace detail::json_input {

// The parse tracker's JSON type, ordered_json, which keeps an observation's extra keys in the
// order the file wrote them.
using json = json_position::json;

/// "string \"abc\"", "number 2021.5", "null", "array of 3 elements": what was found where
/// something else was expected. A non-empty array or object is named by its size, not dumped:
/// dump() recurses once per level, and the message has no use for the contents.
inline std::string describe(const json& v) {
  if (v.is_null()) return "null";
  if (v.is_array() && !v.empty()) {
    return "array of " + std::to_string(v.size()) + (v.size() == 1 ? " element" : " elements");
  }
  if (v.is_object() && !v.empty()) {
    return "object with " + std::to_string(v.size()) + (v.size() == 1 ? " key" : " keys");
  }
  // Cut and escaped by the helper the CSV reader uses too (detail/text.hpp).
  return std::string(v.type_name()) + " " + text::shown(v.dump(), 40);
}

// Turns what the shared parse tracker (detail/json_position.hpp) finds into this reader's errors.
// Nesting too deep fails at once, from within the parse, so that the parser stops before it
// builds anything deeper. A repeated key is only noted while parsing and reported once the parse
// has succeeded, so that a syntax error anywhere in the file, which comes with a line number, is
// the one reported when there are both.
class parse_checks {
 public:
  /// Checks for a parse whose errors go to `out`.
  ///
  /// Example: `parse_checks checks(out); json::parse(text, std::ref(checks));`
  explicit parse_checks(const observations::sink& out) : out_(&out) {}

  /// The parser callback: follows every event and fails through the sink, from within the parse,
  /// on nesting deeper than json_position::max_depth.
  ///
  /// Example: on the 65th '[' of "[[[…", fails with "/0/0/…/0: nested deeper than 64 levels".
  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    switch (position_.on_event(event, parsed)) {
      case json_position::found::nothing:
        break;
      case json_position::found::too_deep:
        out_->fail(0, position_.too_deep_pointer(), json_position::too_deep_problem());
      case json_position::found::duplicate_key:
        if (first_duplicate_.empty()) first_duplicate_ = position_.pointer();
        break;
    }
    return true;
  }

  /// The pointer of the first repeated key, or "".
  ///
  /// Example: after parsing `{"a": 1, "a": 2}`, `first_duplicate() == "/a"`.
  [[nodiscard]] const std::string& first_duplicate() const noexcept { return first_duplicate_; }

 private:
  const observations::sink* out_;
  json_position position_;
  std::string first_duplicate_;
};

inline json parse(std::string_view text, observations::sink& out) {
  namespace o = observations;
  o::check_utf8(text,
                [&](std::size_t line, const std::string& message) { out.fail(line, {}, message); });
  parse_checks checks(out);
  json doc;
  try {
    doc = json::parse(text.begin(), text.end(), std::ref(checks));
  } catch (const json::parse_error& e) {
    // nlohmann's message repeats a position we give as file:line; keep only the explanation.
    std::string_view what = e.what();
    if (const auto at = what.find(": ", what.find("parse error")); at != std::string_view::npos) {
      what.remove_prefix(at + 2);
    }
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    out.fail(o::line_of(text, offset), {}, "JSON syntax error: " + o::printable(what));
  } catch (const json::exception& e) {
    // Number overflow (1e400) is reported without a position; find the literal to give a line.
    std::string_view what = e.what();
    std::size_t line = 0;
    if (const auto q = what.find('\''); q != std::string_view::npos) {
      const auto literal = what.substr(q + 1, what.find('\'', q + 1) - q - 1);
      if (const auto at = text.find(literal); !literal.empty() && at != std::string_view::npos) {
        line = o::line_of(text, at);
      }
    }
    if (const auto at = what.find("] "); at != std::string_view::npos) what.remove_prefix(at + 2);
    out.fail(line, {}, "JSON error: " + o::printable(what));
  }
  if (!checks.first_duplicate().empty()) {
    out.fail(0, checks.first_duplicate(),
             "key repeated in one object; JSON readers would keep only the last value");
  }
  return doc;
}

// A string-valued key of an observation; false (after rejecting) when present with another type.
inline bool optional_string(const json& element, const char* key, const std::string& pointer,
                            std::optional<std::string>& into, observations::sink& out) {
  const auto it = element.find(key);
  if (it == element.end()) return true;
  if (!it->is_string()) {
    out.reject(0, pointer + "/" + key, "expected a string, got " + describe(*it));
    return false;
  }
  into = it->get<std::string>();
  return true;
}

}  // namespace detail::json_input

/// Reads observations from JSON text (see the file comment for the format) against a plan.
///
/// Example:
/// ```
/// auto r = prosper::io::read_observations_json(
///     R"({"observations":[{"indicator":"2","year":2021,"value":42042}]})", "inline.json",
///     prosper::plan::lishui());
/// r.observations[0].region == "丽水市";
/// ```
inline read_result read_observations_json(std::string_view text, std::string file,
                                          const plan::plan& p, const read_options& options = {}) {
  namespace j = detail::json_input;
  detail::observations::sink out(p, options, std::move(file));
  const j::json doc = j::parse(text, out);

  if (!doc.is_object()) {
    out.fail(0, {}, "expected an object with an \"observations\" array, got " + j::describe(doc));
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "observations" && key != "source" && key != "note") {
      out.fail(0, detail::observations::printable("/" + detail::pointer_token(key), 64),
               "unknown top-level key; expected \"observations\", \"source\" or \"note\"");
    }
  }
  const auto list = doc.find("observations");
  if (list == doc.end()) out.fail(0, {}, "missing \"observations\" array");
  if (!list->is_array())
    out.fail(0, "/observations", "expected an array, got " + j::describe(*list));
  std::string default_source;
  if (const auto s = doc.find("source"); s != doc.end()) {
    if (!s->is_string()) out.fail(0, "/source", "expected a string, got " + j::describe(*s));
    default_source = s->get<std::string>();
  }

  std::size_t index = 0;
  for (const j::json& element : *list) {
    const std::string pointer = "/observations/" + std::to_string(index++);
    out.row_seen();
    if (!element.is_object()) {
      out.reject(0, pointer, "expected an object, got " + j::describe(element));
      continue;
    }
    detail::observations::raw_observation raw;

    const auto indicator = element.find("indicator");
    const auto year = element.find("year");
    const auto value = element.find("value");
    if (indicator == element.end() || year == element.end() || value == element.end()) {
      const char* missing = indicator == element.end() ? "indicator"
                            : year == element.end()    ? "year"
                                                       : "value";
      out.reject(0, pointer, std::string("missing \"") + missing + "\"");
      continue;
    }
    if (!indicator->is_string()) {
      out.reject(0, pointer + "/indicator",
                 "expected a string such as \"2\" or \"12.1\", got " + j::describe(*indicator));
      continue;
    }
    raw.indicator = indicator->get<std::string>();
    if (!year->is_number_integer()) {
      out.reject(0, pointer + "/year", "expected an integer year, got " + j::describe(*year));
      continue;
    }
    // Years far outside any range are clamped only so that they cannot wrap; the range check
    // then reports them.
    raw.year = year->is_number_unsigned() ? static_cast<long long>(std::min<std::uint64_t>(
                                                year->get<std::uint64_t>(), 1'000'000'000))
                                          : year->get<std::int64_t>();
    if (!value->is_number()) {
      out.reject(0, pointer + "/value",
                 "expected a number, got " + j::describe(*value) +
                     (value->is_string() ? " (write the number without quotes)" : ""));
      continue;
    }
    raw.value = value->get<double>();

    std::optional<std::string> source;
    if (!j::optional_string(element, "region", pointer, raw.region, out) ||
        !j::optional_string(element, "unit", pointer, raw.unit, out) ||
        !j::optional_string(element, "source", pointer, source, out)) {
      continue;
    }
    raw.source = source ? *source : default_source;
    for (const auto& [key, v] : element.items()) {
      if (key == "indicator" || key == "region" || key == "year" || key == "value" ||
          key == "unit" || key == "source") {
        continue;
      }
      raw.extra.emplace_back(key, v.is_string() ? v.get<std::string>() : v.dump());
    }
    out.add(std::move(raw), 0, pointer);
  }
  return std::move(out).finish();
}

/// Reads observations from a JSON stream; `file` names it in messages.
///
/// Example: `read_observations_json(std::cin, "<stdin>", prosper::plan::lishui())`.
inline read_result read_observations_json(std::istream& in, std::string file, const plan::plan& p,
                                          const read_options& options = {}) {
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw input_error(std::move(file), 0, "read error");
  return read_observations_json(std::string_view(text), std::move(file), p, options);
}

/// Reads observations from a JSON file.
///
/// Example: `load_observations_json("tests/data/observations/good.json", plan::lishui())`.
inline read_result load_observations_json(const std::filesystem::path& path, const plan::plan& p,
                                          const read_options& options = {}) {
  const std::string text = read_file(path);
  return read_observations_json(std::string_view(text), path.string(), p, options);
}

}  // namespace prosper::io
