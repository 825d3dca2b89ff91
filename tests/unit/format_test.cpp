#include <catch2/catch.hpp>

#include "prosper/format.hpp"
#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;

TEST_CASE("numbers print in their shortest exact form", "[format]") {
  CHECK(format_number(72700.0) == "72700");
  CHECK(format_number(7.27) == "7.27");
  CHECK(format_number(0.0832) == "0.0832");
  CHECK(format_number(std::nan("")) == "NaN");
}

TEST_CASE("fixed formatting rounds to the asked decimals", "[format]") {
  CHECK(format_fixed(8.320964, 2) == "8.32");
  CHECK(format_fixed(-0.840376, 2) == "-0.84");
}

TEST_CASE("quantities print with the symbols statistical tables use", "[format]") {
  CHECK(to_string(7.27_wan_yuan) == "7.27 万元");
  CHECK(to_string(7.27_wan_yuan, language::en) == "7.27 10k CNY");
  CHECK(to_string(64.0_pct) == "64%");
  CHECK(to_string(4.0_pp) == "4 个百分点");
  CHECK(to_string(4.0_pp, language::en) == "4 pp");
  CHECK(to_string(23_ug_m3) == "23 微克/立方米");
  CHECK(to_string(quantity<units::fraction>{0.64}) == "0.64");
}

TEST_CASE("a quantity can be printed rounded to a number of decimals", "[format]") {
  CHECK(to_string(quantity<units::percent_per_year>{8.320964939819442}, 2) == "8.32%/年");
  CHECK(to_string(quantity<units::percent_per_year>{8.320964939819442}, 1, language::en) == "8.3%/yr");
  CHECK(to_string(quantity<units::wan_yuan>{7.2777}, 2) == "7.28 万元");
  CHECK(to_string(quantity<units::yuan>{44400.4}, 0) == "44400 元");
}
