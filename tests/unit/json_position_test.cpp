#include "prosper/io/detail/json_position.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

using prosper::io::detail::json_position;
using prosper::io::detail::pointer_token;
using json = json_position::json;
using found = json_position::found;

namespace {

// Thrown from the callback to stop the parser, as both readers do on a finding they act on.
struct stop {};

// What the tracker reported and where: pointer() for a repeated key, too_deep_pointer() for
// nesting, as the readers use them.
struct finding {
  found what = found::nothing;
  std::string pointer;
};

// Every finding while `text` is parsed, in order; parsing goes on after a repeated key (as in the
// observations reader) and stops at nesting that is too deep or at a syntax error.
std::vector<finding> findings(std::string_view text) {
  json_position pos;
  std::vector<finding> out;
  const auto callback = [&](int, json::parse_event_t e, json& parsed) {
    switch (pos.on_event(e, parsed)) {
      case found::nothing:
        break;
      case found::duplicate_key:
        out.push_back({found::duplicate_key, pos.pointer()});
        break;
      case found::too_deep:
        out.push_back({found::too_deep, pos.too_deep_pointer()});
        throw stop{};
    }
    return true;
  };
  try {
    const json doc = json::parse(text.begin(), text.end(), callback);
  } catch (const stop&) {
  } catch (const json::parse_error&) {
  }
  return out;
}

// The pointer of the place where the parser stopped on a syntax error (the plan reader's use:
// `@` below is never valid JSON, so parsing stops right there).
std::string pointer_where_parsing_stops(std::string_view text) {
  json_position pos;
  const auto callback = [&](int, json::parse_event_t e, json& parsed) {
    (void)pos.on_event(e, parsed);
    return true;
  };
  try {
    const json doc = json::parse(text.begin(), text.end(), callback);
  } catch (const json::parse_error&) {
    return pos.pointer();
  }
  return "parsed without error";
}

std::string nested_arrays(std::size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

std::string repeated(std::string_view s, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("the pointer names the key or index being read at every level", "[json_position]") {
  CHECK(pointer_where_parsing_stops("@").empty());
  CHECK(pointer_where_parsing_stops("[0, 1, @") == "/2");
  CHECK(pointer_where_parsing_stops(R"({"a": @)") == "/a");
  CHECK(pointer_where_parsing_stops(R"([0, 1, [0, {"a": {"b": [0, 0, @)") == "/2/1/a/b/2");
  // A closed container counts as one element of its array, and its key no longer shows.
  CHECK(pointer_where_parsing_stops(R"([[0, 1], {"k": [1]}, @)") == "/2");
  CHECK(pointer_where_parsing_stops(R"({"a": [1, 2], "b": @)") == "/b");
}

TEST_CASE("the pointer can stop at a given number of levels", "[json_position]") {
  // The events of `{"a/b": [0, `, fed by hand.
  json_position pos;
  (void)pos.on_event(json::parse_event_t::object_start, json());
  (void)pos.on_event(json::parse_event_t::key, json("a/b"));
  (void)pos.on_event(json::parse_event_t::array_start, json());
  (void)pos.on_event(json::parse_event_t::value, json(0));
  CHECK(pos.pointer() == "/a~1b/1");
  CHECK(pos.pointer(1) == "/a~1b");
  CHECK(pos.pointer(0).empty());
}

TEST_CASE("'~' and '/' in a key are escaped as RFC 6901 asks", "[json_position]") {
  CHECK(pointer_token("plain") == "plain");
  CHECK(pointer_token("a/b~c") == "a~1b~0c");
  // A '~' already in the key is escaped too, so the key "~1" does not read back as "/".
  CHECK(pointer_token("~1") == "~01");
  CHECK(pointer_token("").empty());
  CHECK(pointer_where_parsing_stops(R"({"a/b": {"m~n": @)") == "/a~1b/m~0n");
}

TEST_CASE("nesting is too deep at exactly 65 levels, not at 64", "[json_position]") {
  CHECK(findings(nested_arrays(64)).empty());
  const auto deep = findings(nested_arrays(65));
  REQUIRE(deep.size() == 1);
  CHECK(deep[0].what == found::too_deep);
  // The pointer stops at the 64 levels that were allowed, however deep the input goes.
  CHECK(deep[0].pointer == repeated("/0", 64));
  CHECK(findings(std::string(1'000'000, '[')).at(0).pointer == repeated("/0", 64));
  // Objects count as levels as arrays do.
  CHECK(findings(repeated(R"({"k":)", 64) + "1" + std::string(64, '}')).empty());
  CHECK(findings(repeated(R"({"k":)", 65) + "1" + std::string(65, '}')).at(0).pointer ==
        repeated("/k", 64));
  CHECK(json_position::too_deep_problem() == "nested deeper than 64 levels");
}

TEST_CASE("a key repeated in one object is reported with its pointer", "[json_position]") {
  const auto one = findings(R"({"a": 1, "b": {"x": 1, "y": 2, "x": 3}})");
  REQUIRE(one.size() == 1);
  CHECK(one[0].what == found::duplicate_key);
  CHECK(one[0].pointer == "/b/x");
  // Keys are compared as read, after unescaping: "\u0061" is "a".
  CHECK(findings(R"({"a": 1, "\u0061": 2})").at(0).pointer == "/a");
  // The position stays right after a finding, so a later one is named correctly too.
  const auto two = findings(R"({"a": 1, "a": 2, "b": [0, {"c": 1, "c": 2}]})");
  REQUIRE(two.size() == 2);
  CHECK(two[0].pointer == "/a");
  CHECK(two[1].pointer == "/b/1/c");
}

TEST_CASE("equal keys in different objects are not repeated keys", "[json_position]") {
  CHECK(findings(R"([{"a": 1}, {"a": 2}])").empty());
  CHECK(findings(R"({"a": {"a": {"a": 1}}})").empty());
  CHECK(findings(R"({"a": {"b": 1}, "b": 2})").empty());
}
