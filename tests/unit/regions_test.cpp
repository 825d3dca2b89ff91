#include "prosper/inequality/regions.hpp"

#include <catch2/catch.hpp>

#include "prosper/error.hpp"
#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;

namespace {
std::vector<region<units::yuan>> two() {
  return {{"甲", 40000_yuan, quantity<units::wan_person>{1.0}},
          {"乙", 60000_yuan, quantity<units::wan_person>{1.0}}};
}
}  // namespace

TEST_CASE("inequality over named regions is the vector index weighted by population",
          "[inequality][regions]") {
  // Two equal populations at 40,000 and 60,000: mean 50,000, mean absolute difference 10,000,
  // so G = 10000 / (2 · 50000) = 0.1 and CV = 10000 / 50000 = 0.2.
  CHECK(inequality::gini(two()) == Approx(0.1));
  CHECK(inequality::coefficient_of_variation(two()) == Approx(0.2));
  const Eigen::VectorXd x{{40000.0, 60000.0}}, w{{1.0, 1.0}};
  CHECK(inequality::theil_t(two()) == inequality::theil_t(x, w));
  CHECK(inequality::mld(two()) == inequality::mld(x, w));
  // Populations weigh: three times as many people at the lower income raise the Gini's weight
  // on the low end.
  auto weighted = two();
  weighted[0].population = quantity<units::wan_person>{3.0};
  const Eigen::VectorXd w3{{3.0, 1.0}};
  CHECK(inequality::gini(weighted) == inequality::gini(x, w3));
}

TEST_CASE("a region without population is refused by name", "[inequality][regions]") {
  auto r = two();
  r[1].population = quantity<units::wan_person>{0.0};
  CHECK_THROWS_AS(inequality::gini(r), argument_error);
  CHECK_THROWS_WITH(inequality::gini(r), Catch::Contains("region '乙' has no population"));
  CHECK_THROWS_AS(inequality::gini(std::vector<region<units::yuan>>{}), argument_error);
}
