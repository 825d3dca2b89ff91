#include "prosper/composite/weights.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace prosper::composite;

TEST_CASE("weights sum to 1 in every scheme", "[weights]") {
  const auto e = equal_weights(4);
  CHECK(e.sum() == Approx(1.0));
  CHECK(e[2] == 0.25);
  // NBS's 2013 xiaokang weights 4.0, 4.0 and 2.0 (国家统计局《全面建成小康社会统计监测指标体系》, 2013) become shares.
  const auto d = declared_weights(Eigen::VectorXd{{4.0, 4.0, 2.0}});
  CHECK(d[0] == Approx(0.4).epsilon(1e-15));
  CHECK(d[2] == Approx(0.2).epsilon(1e-15));
  // Two categories: each gets ½, split equally inside.
  const auto c = category_weights({"economy", "economy", "environment"});
  CHECK(c[0] == 0.25);
  CHECK(c[1] == 0.25);
  CHECK(c[2] == 0.5);
  const auto c3 = category_weights({"a", "b", "b", "c", "c", "c"});
  CHECK(c3[0] == Approx(1.0 / 3.0));
  CHECK(c3[1] == Approx(1.0 / 6.0));
  CHECK(c3[5] == Approx(1.0 / 9.0));
  CHECK(c3.sum() == Approx(1.0).epsilon(1e-15));
}

TEST_CASE("weights refuse what cannot be a weight", "[weights][bad_input]") {
  CHECK_THROWS_AS(equal_weights(0), std::invalid_argument);
  CHECK_THROWS_AS(declared_weights(Eigen::VectorXd{{1.0, -1.0}}), std::invalid_argument);
  CHECK_THROWS_AS(declared_weights(Eigen::VectorXd{{0.0, 0.0}}), std::invalid_argument);
  CHECK_THROWS_WITH(declared_weights(Eigen::VectorXd{}), Catch::Contains("prosper::composite::declared_weights"));
  CHECK_THROWS_AS(category_weights({}), std::invalid_argument);
}
