#include <catch2/catch.hpp>

#include <set>

#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/plan/lishui_indicators.hpp"
#include "prosper/plan/required_change.hpp"

using namespace prosper;
using namespace prosper::literals;


TEST_CASE("every catalog indicator has exactly one typed twin with its direction and unit",
          "[lishui_indicators]") {
  std::set<std::string> typed_ids;
  std::apply(
      [&](auto... tag) {
        (
            [&]<class I>(I*) {
              const auto& rec = lishui::record<I>();
              INFO("indicator " << rec.id << " " << rec.name_zh);
              CHECK(typed_ids.insert(rec.id).second);
              CHECK(rec.dir == I::desired_direction);
              // The catalog's resolved unit is the typed unit itself, not merely convertible.
              CHECK(rec.unit == units::runtime_unit::of<typename I::unit>());
              CHECK_NOTHROW(plan::typed<I>(rec));
            }(tag),
            ...);
      },
      [] {
        return []<class... I>(std::tuple<I...>*) { return std::tuple<I*...>{}; }(
            static_cast<lishui::all_indicators*>(nullptr));
      }());
  CHECK(typed_ids.size() == plan::lishui().indicators.size());
}

TEST_CASE("typed milestones carry the plan's numbers and wording", "[lishui_indicators]") {
  const auto gdp = lishui::milestones<lishui::per_capita_gdp>();
  REQUIRE(gdp.size() == 2);
  CHECK(gdp[0].year == 2022);
  CHECK(gdp[0].goal.value->as_quantity() == 7.27_wan_yuan);
  CHECK(gdp[1].goal.value->as_quantity() == 9.24_wan_yuan);

  const auto ratio = lishui::milestones<lishui::urban_rural_income_ratio>();
  CHECK(ratio[1].goal.kind == target_kind::at_most);
  CHECK(ratio[1].goal.wording_zh == "≤1.95");
  CHECK(*is_met(ratio[1].goal, indicator_value<lishui::urban_rural_income_ratio>{1.9_times}));

  const auto energy = lishui::milestones<lishui::energy_intensity>();
  CHECK(energy[1].goal.kind == target_kind::external);
  CHECK_FALSE(energy[1].goal.value.has_value());
  CHECK_FALSE(is_met(energy[1].goal, indicator_value<lishui::energy_intensity>{}).has_value());
}

TEST_CASE("the bridge refuses a row whose unit or direction disagrees with the type",
          "[lishui_indicators]") {
  plan::indicator row = lishui::record<lishui::industrial_tax_per_mu>();
  // The table prints 万元; read as printed, the row is no longer a tax per 亩.
  row.unit = units::runtime_unit::resolve("万元");
  CHECK_THROWS_AS(plan::typed<lishui::industrial_tax_per_mu>(row), argument_error);
  CHECK_THROWS_WITH(plan::typed<lishui::industrial_tax_per_mu>(row),
                    Catch::Contains("indicator 9 (规上工业亩均税收) is in 万元") &&
                        Catch::Contains("wan_yuan_per_mu"));
  plan::indicator ratio = lishui::record<lishui::urban_rural_income_ratio>();
  ratio.dir = direction::higher_is_better;
  CHECK_THROWS_WITH(plan::typed<lishui::urban_rural_income_ratio>(ratio),
                    Catch::Contains("is higher_is_better but the typed indicator is lower_is_better"));
}

TEST_CASE("the bridge refuses a target kind the type's direction rules out", "[lishui_indicators]") {
  // A floor on PM2.5 is the runtime twin of target<pm25>::at_least, which does not compile.
  plan::indicator pm = lishui::record<lishui::pm25_concentration>();
  pm.milestones.back().kind = target_kind::at_least;
  CHECK_THROWS_WITH(plan::typed<lishui::pm25_concentration>(pm),
                    Catch::Contains("is a at_least target on a lower_is_better indicator"));
}

TEST_CASE("a value in another unit of the same dimension is converted exactly", "[lishui_indicators]") {
  plan::indicator row = lishui::record<lishui::per_capita_gdp>();
  row.unit = units::runtime_unit::resolve("元");
  for (auto& m : row.milestones) *m.value *= 10000.0;
  const auto typed = plan::typed<lishui::per_capita_gdp>(row);
  CHECK(typed[1].goal.value->as_quantity() == 9.24_wan_yuan);
}

TEST_CASE("two percent indicators of the plan are different types", "[lishui_indicators]") {
  STATIC_REQUIRE_FALSE(std::is_same_v<indicator_value<lishui::urbanisation_rate>,
                                      indicator_value<lishui::rd_share_of_gdp>>);
}

TEST_CASE("the typed rows and the runtime catalog require the same growth, bit for bit",
          "[lishui_indicators]") {
  // One half of the side-by-side check of issue 13: the typed API against plan::required_change
  // for every row (python/tests/test_agreement.py compares the runtime rows with the CLI's JSON
  // and the Python module).
  int with_rate = 0;
  int with_step = 0;
  std::apply(
      [&](auto... tag) {
        (
            [&]<class I>(I*) {
              const auto& rec = lishui::record<I>();
              INFO("indicator " << rec.id << " " << rec.name_zh);
              const auto ms = lishui::milestones<I>();
              const auto rc = plan::required_change(rec);
              const auto numeric = [](const milestone<I>& m) {
                return m.goal.value.has_value() && is_numeric(m.goal.kind) &&
                       m.goal.kind != target_kind::band;
              };
              if (ms.size() < 2 || !numeric(ms.front()) || !numeric(ms.back())) {
                CHECK_FALSE(rc.cagr.has_value());
                return;
              }
              const auto step = required_linear_step(ms.front(), ms.back());
              REQUIRE(rc.annual_change.has_value());
              CHECK(step.value() == *rc.annual_change);
              ++with_step;
              if (rc.cagr) {
                CHECK(required_cagr(ms.front(), ms.back()) == rate_from_fraction(*rc.cagr));
                ++with_rate;
              }
            }(tag),
            ...);
      },
      [] {
        return []<class... I>(std::tuple<I...>*) { return std::tuple<I*...>{}; }(
            static_cast<lishui::all_indicators*>(nullptr));
      }());
  CHECK(with_rate > 50);
  CHECK(with_step >= with_rate);
}
