#pragma once
// Where nlohmann/json's parser stands while it reads, shared by the two JSON readers
// (observations_json.hpp and plan_json.hpp).
//
// Both readers watch the parser's events for the same three reasons. First, nlohmann/json keeps
// the last of two equal keys in one object without a word, and a silently dropped value is the
// failure these readers exist to prevent, so a repeated key must be seen while parsing (the parsed
// document no longer holds it). Second, nlohmann's dump() and destructor recurse once per nesting
// level, so 200 KB of '[' overflowed the stack (docs/reliability.md, F6); nesting is therefore
// refused while parsing, as soon as a container opens one level too deep, before the document
// grows any deeper. Third, a syntax error or an overflowing number is reported by the parser
// without a JSON Pointer, so the reader asks this tracker where the parser had got to.
//
// The tracker only reports what it found; each reader decides what a finding means (the plan
// reader throws at once, the observations reader reports a repeated key after the parse), so the
// messages stay those of each reader.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/json_pointer.hpp"

namespace prosper::io::detail {

using prosper::detail::pointer_token;

/// Follows nlohmann/json's parser callback events: which containers the parser is inside, where
/// within each, and which keys each open object has had so far.
///
/// Example:
/// ```
/// json_position pos;
/// json::parse(text, [&](int, json::parse_event_t e, json& parsed) {
///   if (pos.on_event(e, parsed) == json_position::found::duplicate_key)
///     throw my_error(pos.pointer(), "duplicate key");  // "/indicators/1/unit"
///   return true;
/// });
/// ```
class json_position {
 public:
  /// The JSON type both readers parse into; ordered_json keeps keys in the order of the file.
  using json = nlohmann::ordered_json;

  /// Observation files nest 3 levels and plan files 5–6, so 64 leaves room for nested extra
  /// values while keeping nlohmann's recursive dump() and destructor far from the end of the stack.
  static constexpr std::size_t max_depth = 64;

  /// What an event revealed.
  enum class found {
    nothing,        ///< the input is fine so far
    too_deep,       ///< a container opened at level max_depth + 1; see `too_deep_pointer()`
    duplicate_key,  ///< the key just read was already in this object; see `pointer()`
  };

  /// Takes the parser's next event and reports what it revealed. Call it from the parser
  /// callback for every event; the position stays right after any finding, so parsing may go on
  /// (to collect only the first repeated key, say) or stop by throwing.
  ///
  /// Example: after the events of `{"a": 1, "a"`, the last call returns `found::duplicate_key`
  /// and `pointer()` is "/a".
  [[nodiscard]] found on_event(json::parse_event_t event, const json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        frames_.push_back({event == json::parse_event_t::array_start, 0, {}, {}});
        // Checked when a container opens, so the parser never builds anything deeper.
        return frames_.size() > max_depth ? found::too_deep : found::nothing;
      case json::parse_event_t::key:
        // The parser reports keys only inside an object; the check keeps a misuse harmless.
        if (!frames_.empty()) {
          frame& top = frames_.back();
          top.key = parsed.get<std::string>();
          if (!top.keys.insert(top.key).second) return found::duplicate_key;
        }
        return found::nothing;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!frames_.empty()) frames_.pop_back();
        element_done();
        return found::nothing;
      case json::parse_event_t::value:
        element_done();
        return found::nothing;
    }
    return found::nothing;
  }

  /// The JSON Pointer of the current position within the outermost `levels` containers (all of
  /// them by default): in an object the last key read, in an array the index of the element being
  /// read. It is built by appending to one string, so its cost is linear in the depth (copying
  /// the prefix once per level was O(depth²); docs/reliability.md, F7).
  ///
  /// Example: while the parser reads the `2` in `{"a/b": [0, {"c": 2}]}`, `pointer()` is
  /// "/a~1b/1/c" and `pointer(2)` is "/a~1b/1".
  [[nodiscard]] std::string pointer(std::size_t levels = static_cast<std::size_t>(-1)) const {
    std::string out;
    for (const frame& f : frames_) {
      if (levels-- == 0) break;
      out += '/';
      out += f.is_array ? std::to_string(f.index) : pointer_token(f.key);
    }
    return out;
  }

  /// Where the container that opened one level too deep stands: the pointer within the outermost
  /// max_depth containers, so the pointer itself stays bounded however deep the input goes.
  ///
  /// Example: after 65 '[', `too_deep_pointer()` is "/0" repeated 64 times.
  [[nodiscard]] std::string too_deep_pointer() const { return pointer(max_depth); }

  /// The problem both readers report for `found::too_deep`.
  ///
  /// Example: `json_position::too_deep_problem() == "nested deeper than 64 levels"`.
  [[nodiscard]] static std::string too_deep_problem() {
    return "nested deeper than " + std::to_string(max_depth) + " levels";
  }

 private:
  struct frame {
    bool is_array = false;
    std::size_t index = 0;       ///< in an array: the element being read
    std::string key;             ///< in an object: the last key read
    std::set<std::string> keys;  ///< in an object: every key read so far
  };

  // A value or a whole container has been read; in an array, the next element comes next.
  void element_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }

  std::vector<frame> frames_;
};

}  // namespace prosper::io::detail
