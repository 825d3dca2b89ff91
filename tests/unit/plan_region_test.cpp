#include "prosper/plan/region.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "prosper/plan/lishui.hpp"

using namespace prosper::plan;

namespace {
// A province plan: its cities are the sub-regions, the country its reference.
const std::vector<declared_region> province_plan = {
    {"示范省", "Demo province", region_level::province},
    {"甲市", "City A", region_level::city},
    {"乙市", "City B", region_level::city},
    {"甲县", "County A", region_level::county},
    {"全国", "China", region_level::country},
};
}  // namespace

TEST_CASE("region levels have stable ASCII names that read back", "[plan_region]") {
  for (region_level l : all_region_levels) CHECK(region_level_from_string(to_string(l)) == l);
  CHECK(to_string(region_level::county) == "county");
  CHECK(region_level_from_string("province") == region_level::province);
  CHECK_FALSE(region_level_from_string("town"));
  CHECK_FALSE(region_level_from_string("County"));
}

TEST_CASE("sub-regions are the declared regions finer than the plan's own", "[plan_region]") {
  CHECK(sub_regions(province_plan, "示范省") ==
        std::vector<std::string>{"甲市", "乙市", "甲县"});
  CHECK(sub_regions(province_plan, "甲市") == std::vector<std::string>{"甲县"});
  CHECK(sub_regions(province_plan, "甲县").empty());
  CHECK(sub_regions(province_plan, "not declared").empty());
}

TEST_CASE("reference regions are the declared regions coarser than the plan's own, finest first",
          "[plan_region]") {
  CHECK(reference_regions(province_plan, "甲市") == std::vector<std::string>{"示范省", "全国"});
  CHECK(reference_regions(province_plan, "全国").empty());
  CHECK(reference_regions(province_plan, "not declared").empty());
}

TEST_CASE("the Lishui plan declares its city, nine counties and the province", "[plan_region]") {
  const auto& p = lishui();
  REQUIRE(find_region(p.regions, "丽水市"));
  CHECK(find_region(p.regions, "丽水市")->level == region_level::city);
  CHECK(find_region(p.regions, "浙江省")->level == region_level::province);
  CHECK(find_region(p.regions, "景宁畲族自治县")->name_en == "Jingning She Autonomous County");
  CHECK(find_region(p.regions, "Lishui") == nullptr);  // names are matched as observations spell them
  CHECK(sub_regions(p.regions, p.region_zh).size() == 9);
  CHECK(reference_regions(p.regions, "丽水市") == std::vector<std::string>{"浙江省"});
}
