#include "prosper/plan/cross_relations.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "prosper/error.hpp"

using namespace prosper::plan;
using prosper::direction;
using prosper::target_kind;

namespace {

plan named(std::string name, std::string row_id) {
  plan p;
  p.name_zh = std::move(name);
  p.base_year = 2021;
  p.target_year = 2025;
  indicator i;
  i.id = std::move(row_id);
  i.name_zh = "指标";
  i.unit = prosper::units::runtime_unit::resolve("");
  i.dir = direction::lower_is_better;
  i.milestones = {{2025, target_kind::at_most, 1.5, std::nullopt, "≤1.5"}};
  p.indicators = {i};
  return p;
}

cross_relations doc(std::string plan_row, std::string against_row, int year = 2025) {
  return {"某市方案",
          "某省方案",
          {{"c",
            relation_kind::bound_no_looser,
            {{plan_side::plan, operand::of_indicator(std::move(plan_row), year)},
             {plan_side::against, operand::of_indicator(std::move(against_row), year)}},
            "",
            ""}}};
}

// The JSON Pointer and the problem of the plan_error `f` throws.
template <class F>
std::pair<std::string, std::string> error_of(F f) {
  try {
    f();
  } catch (const prosper::plan_error& e) {
    return {e.pointer(), e.message()};
  }
  FAIL("no plan_error");
  return {};
}

}  // namespace

TEST_CASE("plan sides round-trip through their ASCII names", "[cross_relations]") {
  CHECK(to_string(plan_side::against) == "against");
  CHECK(to_string(plan_side::plan) == "plan");
  CHECK(plan_side_from_string("plan") == plan_side::plan);
  CHECK(plan_side_from_string("against") == plan_side::against);
  CHECK_FALSE(plan_side_from_string("other").has_value());
}

TEST_CASE("a cross-relations document joins the two plans it names, in that order",
          "[cross_relations]") {
  const plan city = named("某市方案", "a"), province = named("某省方案", "b");
  CHECK(joins(doc("a", "b"), city, province));
  CHECK_FALSE(joins(doc("a", "b"), province, city));
  CHECK_NOTHROW(validate(doc("a", "b"), city, province));
}

TEST_CASE("a cross relation's operands must resolve in the plan their side names",
          "[cross_relations]") {
  const plan city = named("某市方案", "a"), province = named("某省方案", "b");
  // Row "b" is the province's, not the city's.
  auto e = error_of([&] { validate(doc("b", "b"), city, province); });
  CHECK(e.first == "/relations/0/operands/0/indicator");
  CHECK(e.second == "unknown indicator 'b' in the audited plan");
  e = error_of([&] { validate(doc("a", "a"), city, province); });
  CHECK(e.first == "/relations/0/operands/1/indicator");
  CHECK(e.second == "unknown indicator 'a' in the plan compared against");
  e = error_of([&] { validate(doc("a", "b", 2022), city, province); });
  CHECK(e.first == "/relations/0/operands/0/year");
}

TEST_CASE("a cross-relations document for other plans, or malformed, is refused",
          "[cross_relations]") {
  const plan city = named("某市方案", "a"), province = named("某省方案", "b");
  auto e = error_of([&] { validate(doc("a", "b"), province, city); });
  CHECK(e.first == "/plan_zh");
  cross_relations d = doc("a", "b");
  d.against_zh = "另一省方案";
  CHECK(error_of([&] { validate(d, city, province); }).first == "/against_zh");
  d = doc("a", "b");
  d.relations.front().operands.pop_back();
  e = error_of([&] { validate(d, city, province); });
  CHECK(e.first == "/relations/0/operands");
  CHECK(e.second == "relation kind 'bound_no_looser' needs 2 operands, got 1");
  d = doc("a", "b");
  d.relations.push_back(d.relations.front());
  CHECK(error_of([&] { validate(d, city, province); }).first == "/relations/1/id");
}
