#include "prosper/plan/relations.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "prosper/plan/lishui.hpp"

using namespace prosper::plan;
using prosper::direction;
using prosper::target_kind;
using prosper::math::milestone;

namespace {
prosper::units::runtime_unit unit(std::string_view spelling) {
  return prosper::units::runtime_unit::resolve(spelling);
}
}  // namespace

TEST_CASE("every relation kind round-trips through its ASCII name", "[relations]") {
  for (relation_kind k : all_relation_kinds) {
    CHECK(relation_kind_from_string(to_string(k)) == k);
    CHECK(operand_count(k) >= 2);
  }
  CHECK_FALSE(relation_kind_from_string("identity").has_value());
  CHECK(operand_count(relation_kind::product_growth_claim) == 5);
  CHECK(operand_count(relation_kind::bound_no_looser) == 2);
  CHECK(to_string(relation_kind::bound_no_looser) == "bound_no_looser");
}

TEST_CASE("half a unit in the last printed digit is the rounding a printed number carries",
          "[relations]") {
  CHECK(printed_half_unit("9.24", 9.24) == Approx(0.005));
  CHECK(printed_half_unit("57000", 57000) == 0.5);
  CHECK(printed_half_unit("3.0", 3.0) == Approx(0.05));
  CHECK(printed_half_unit("≤1.95", 1.95) == Approx(0.005));
  CHECK(printed_half_unit("≤0.029", 0.029) == Approx(0.0005));
  // A phrase with several numbers: the one equal to the value decides.
  CHECK(printed_half_unit("居民人均可支配收入达到5.7万元", 5.7) == Approx(0.05));
  CHECK(printed_half_unit("“生态贷”“两山贷”余额分别达到310亿元、35亿元", 35) == 0.5);
  CHECK(printed_half_unit("≤5.5\n(3.5以内)", 3.5) == Approx(0.05));
}

TEST_CASE("a number printed with 万 but stored in the base unit keeps its printed precision",
          "[relations]") {
  // "1万人" stored as 10000 people is ±5000 people, not ±0.5.
  CHECK(printed_half_unit("硕士1万人", 10000) == 5000.0);
  CHECK(printed_half_unit("5.7万元", 57000) == Approx(500.0));
}

TEST_CASE("a number printed in words is taken as exact", "[relations]") {
  // 三分之二以上 is stored as 200/3; its shortest decimal form has 14 decimals.
  CHECK(printed_half_unit("三分之二以上", 200.0 / 3.0) < 1e-12);
  CHECK(printed_half_unit("", 8.0) == 0.5);
}

TEST_CASE("operands name either an indicator milestone or a body target", "[relations]") {
  const operand a = operand::of_indicator("33", 2025);
  const operand b = operand::of_body("三.11.1");
  CHECK(a.is_indicator());
  CHECK(a.year == 2025);
  CHECK_FALSE(b.is_indicator());
  CHECK(b.body == "三.11.1");
  CHECK(a != b);
}

namespace {
plan small_plan() {
  plan p;
  p.indicators.push_back({"1",
                          "收入",
                          "Income",
                          "",
                          "",
                          "",
                          unit("元"),
                          direction::higher_is_better,
                          {{2022, target_kind::point, 100.0, std::nullopt, "100"},
                           {2025, target_kind::point, 121.0, std::nullopt, "121"}},
                          "",
                          "",
                          "元"});
  p.indicators.push_back({"2",
                          "比重",
                          "Share",
                          "",
                          "",
                          "",
                          unit("%"),
                          direction::higher_is_better,
                          {{2025, target_kind::point, 10.0, std::nullopt, "10"}},
                          "",
                          "",
                          "%"});
  p.body_targets = {
      {"a", "一", "1", "收入达到1.21万元", "", "level", target_kind::point, 1.21, std::nullopt,
       unit("万元"), 2025, "1", "", "万元"},
      {"b", "一", "1", "收入年均增长10%", "", "annual_growth", target_kind::point, 10.0,
       std::nullopt,
       unit("%/年"), 2025, "1", "", "%/年"},
      {"c", "一", "1", "总量1000亿元", "", "level", target_kind::point, 1000.0, std::nullopt,
       unit("亿元"), 2025, "2", "", "亿元"},
      {"d", "一", "1", "比重年均增长5%", "", "annual_growth", target_kind::point, 5.0, std::nullopt,
       unit("%/年"), 2025, "2", "", "%/年"},
      {"e", "一", "1", "新增10家", "", "increase", target_kind::point, 10.0, std::nullopt,
       unit("家"), 2025, "1", "", "家"},
      {"f", "一", "1", "比重达到10%", "", "share", target_kind::point, 10.0, std::nullopt,
       unit("%"), 2025, "", "", "%"},
  };
  return p;
}
}  // namespace

TEST_CASE("a body level that restates its row becomes a restates relation", "[relations]") {
  const auto rels = derive_relations(small_plan());
  REQUIRE(rels.size() == 2);
  CHECK(rels[0].id == "restates.a");
  CHECK(rels[0].kind == relation_kind::restates);
  CHECK(rels[0].operands == std::vector{operand::of_body("a"), operand::of_indicator("1", 2025)});
  CHECK(rels[0].text_zh == "收入达到1.21万元");
}

TEST_CASE("a body growth claim on a level row spans the row's first and last milestones",
          "[relations]") {
  const auto rels = derive_relations(small_plan());
  REQUIRE(rels.size() == 2);
  CHECK(rels[1].id == "growth_claim.b");
  CHECK(rels[1].kind == relation_kind::growth_claim);
  CHECK(rels[1].operands == std::vector{operand::of_body("b"), operand::of_indicator("1", 2022),
                                        operand::of_indicator("1", 2025)});
}

TEST_CASE("links that are not restatements derive nothing", "[relations]") {
  // c: a total (亿元) linked to a share row (%) is its numerator, not a restatement;
  // d: the growth of a share row's numerator is not the share's growth;
  // e: an increment is not a level; f: no link at all.
  const auto rels = derive_relations(small_plan());
  for (const auto& r : rels) {
    CHECK(r.id != "restates.c");
    CHECK(r.id != "growth_claim.d");
    CHECK(r.id != "restates.e");
    CHECK(r.id != "restates.f");
  }
}

TEST_CASE("Lishui derives 22 restatements and 2 growth claims from its body targets",
          "[relations][lishui]") {
  const auto rels = derive_relations(lishui());
  const auto count = [&](relation_kind k) {
    return std::count_if(rels.begin(), rels.end(), [&](const relation& r) { return r.kind == k; });
  };
  CHECK(count(relation_kind::restates) == 22);
  CHECK(count(relation_kind::growth_claim) == 2);
  CHECK(rels.size() == 24);
  // 5.7万元 restates row 2's 57000 元; 15% a year is row 35's growth.
  const auto has = [&](const std::string& id) {
    return std::any_of(rels.begin(), rels.end(), [&](const relation& r) { return r.id == id; });
  };
  CHECK(has("restates.一.3.2"));
  CHECK(has("growth_claim.一.3.8"));
  CHECK(has("growth_claim.四.21.3"));
  CHECK_FALSE(has("restates.三.11.1"));  // 1000 亿元 is row 12's numerator, not its 50 %
}

TEST_CASE("every Lishui relation has a unique id, the right operand count and the plan's wording",
          "[relations][lishui]") {
  auto rels = lishui_relations();
  CHECK(rels.size() == 12);
  const auto derived = derive_relations(lishui());
  rels.insert(rels.end(), derived.begin(), derived.end());
  std::vector<std::string> ids;
  for (const auto& r : rels) {
    CHECK(r.operands.size() == operand_count(r.kind));
    CHECK_FALSE(r.text_zh.empty());
    ids.push_back(r.id);
  }
  std::sort(ids.begin(), ids.end());
  CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("every Lishui relation refers to items the plan has", "[relations][lishui]") {
  const plan& p = lishui();
  for (const auto& r : lishui_relations()) {
    for (const auto& o : r.operands) {
      if (o.is_indicator()) {
        const auto row = std::find_if(p.indicators.begin(), p.indicators.end(),
                                      [&](const indicator& i) { return i.id == o.indicator; });
        REQUIRE(row != p.indicators.end());
        CHECK(std::any_of(row->milestones.begin(), row->milestones.end(),
                          [&](const milestone& m) { return m.year == o.year; }));
      } else {
        CHECK(std::any_of(p.body_targets.begin(), p.body_targets.end(),
                          [&](const body_target& b) { return b.id == o.body; }));
      }
    }
  }
}
