#include "prosper/ratio/residence_panel.hpp"

#include <catch2/catch.hpp>

#include "prosper/literals.hpp"
#include "prosper/ratio/max_min.hpp"

using namespace prosper;
using namespace prosper::literals;
using ratio::residence_incomes;

namespace {
// Two illustrative counties (invented round numbers, not published statistics).
std::vector<residence_incomes<units::yuan>> panel() {
  return {{"甲县", 60000_yuan, 30000_yuan, 60.0_pct, quantity<units::wan_person>{50.0}},
          {"乙县", 50000_yuan, 25000_yuan, 40.0_pct, quantity<units::wan_person>{20.0}}};
}
}  // namespace

TEST_CASE("a region's overall income is the urbanisation-weighted mean of its parts",
          "[residence_panel]") {
  CHECK(ratio::overall(residence_incomes<units::yuan>{"x", 53287.5_yuan, 28600_yuan, 64.0_pct}) ==
        44400_yuan);
  CHECK(ratio::urban_rural_ratio(residence_incomes<units::yuan>{"x", 57200_yuan, 28600_yuan,
                                                                 64.0_pct}) == 2.0_times);
}

TEST_CASE("a panel becomes named regions for the max/min and inequality functions",
          "[residence_panel]") {
  const auto overall = ratio::overall_values(panel());
  REQUIRE(overall.size() == 2);
  // 甲: 0.6·60000 + 0.4·30000 = 48000; 乙: 0.4·50000 + 0.6·25000 = 35000.
  CHECK(overall[0].value == 48000_yuan);
  CHECK(overall[1].value == 35000_yuan);
  CHECK(overall[0].population.value() == 50.0);
  const auto summary = ratio::max_min(overall);
  CHECK(summary.ratio.value() == Approx(48000.0 / 35000.0));
  CHECK(summary.highest == "甲县");
  CHECK(summary.lowest == "乙县");
  const auto ratios = ratio::urban_rural_ratios(panel());
  CHECK(ratios[0].value == 2.0_times);
  CHECK(ratios[1].name == "乙县");
}
