#include "prosper/io/cross_json.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "prosper/error.hpp"

using namespace prosper;

namespace {

const char* const valid = R"({
  "format": "prosper-cross-relations",
  "format_version": 1,
  "plan_zh": "某市方案",
  "against_zh": "某省方案",
  "relations": [
    {
      "id": "c",
      "kind": "bound_no_looser",
      "operands": [
        {
          "side": "plan",
          "indicator": "a",
          "year": 2025
        },
        {
          "side": "against",
          "indicator": "b",
          "year": 2025
        }
      ],
      "text_zh": "城乡",
      "note": "n"
    }
  ]
}
)";

// The JSON Pointer and the problem of the plan_error parsing `text` throws.
std::pair<std::string, std::string> error_of(const std::string& text) {
  try {
    io::parse_cross_relations(text);
  } catch (const plan_error& e) {
    return {e.pointer(), e.message()};
  }
  FAIL("no plan_error");
  return {};
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a cross-relations document reads and writes back unchanged", "[cross_json]") {
  const plan::cross_relations doc = io::parse_cross_relations(valid);
  CHECK(doc.plan_zh == "某市方案");
  CHECK(doc.against_zh == "某省方案");
  REQUIRE(doc.relations.size() == 1);
  CHECK(doc.relations[0].kind == plan::relation_kind::bound_no_looser);
  CHECK(doc.relations[0].operands[1].side == plan::plan_side::against);
  CHECK(doc.relations[0].operands[1].of == plan::operand::of_indicator("b", 2025));
  CHECK(io::dump_cross_relations(doc) == valid);
}

TEST_CASE("a body-target operand names its side too", "[cross_json]") {
  const plan::cross_relations doc = io::parse_cross_relations(
      with(valid, R"("indicator": "a",
          "year": 2025)", R"("body": "一.1.1")"));
  CHECK(doc.relations[0].operands[0].of == plan::operand::of_body("一.1.1"));
  CHECK(io::parse_cross_relations(io::dump_cross_relations(doc)) == doc);
}

TEST_CASE("a malformed cross-relations document names the place and the problem",
          "[cross_json]") {
  auto e = error_of(with(valid, R"("side": "against")", R"("side": "other")"));
  CHECK(e.first == "/relations/0/operands/1/side");
  CHECK(e.second == "unknown side 'other' (expected 'plan' or 'against')");
  e = error_of(with(valid, R"("side": "plan",)", ""));
  CHECK(e.first == "/relations/0/operands/0/side");
  CHECK(e.second == "missing required field");
  e = error_of(with(valid, R"("kind": "bound_no_looser")", R"("kind": "ratio_identity")"));
  CHECK(e.first == "/relations/0/operands");
  CHECK(e.second == "relation kind 'ratio_identity' needs 3 operands, got 2");
  e = error_of(with(valid, "prosper-cross-relations", "prosper-plan"));
  CHECK(e.first == "/format");
  e = error_of(with(valid, R"("note": "n")", R"("note": "n", "verdict": "holds")"));
  CHECK(e.first == "/relations/0/verdict");
  CHECK(e.second == "unknown field");
  e = error_of(with(valid, R"("plan_zh": "某市方案",)", R"("plan_zh": "某市方案", "plan_zh": "x",)"));
  CHECK(e.second == "duplicate key");
}

TEST_CASE("a cross-relations file that is not valid names the file", "[cross_json]") {
  CHECK_THROWS_AS(io::load_cross_relations("/nonexistent/cross.json"), input_error);
  try {
    io::load_cross_relations(PROSPER_SOURCE_DIR "/data/lishui-plan.json");
    FAIL("a plan file is not a cross-relations document");
  } catch (const plan_error& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("lishui-plan.json: /"));
  }
}
