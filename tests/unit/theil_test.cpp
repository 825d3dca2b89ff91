#include "prosper/inequality/theil.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("Theil(0, 1) is ln 2: zeros stay in the mean", "[theil]") {
  CHECK(theil_t(VectorXd{{0, 1}}) == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(theil_t(VectorXd{{0, 1}}, VectorXd{{1, 1}}) == Approx(std::log(2.0)).epsilon(1e-15));
  // One of n holding everything: T = ln n.
  CHECK(theil_t(VectorXd{{0, 0, 0, 10}}) == Approx(std::log(4.0)).epsilon(1e-15));
}

TEST_CASE("Theil and MLD of equal values are exactly 0", "[theil]") {
  for (double v : {0.1, 44400.0, 3.3333333333333335}) {
    const VectorXd x = VectorXd::Constant(9, v);
    CHECK(theil_t(x) == 0.0);
    CHECK(mld(x) == 0.0);
    CHECK(mld(x, VectorXd::LinSpaced(9, 1, 9)) == 0.0);
  }
}

TEST_CASE("hand-checked Theil and MLD values", "[theil]") {
  // x = (1, 3): μ = 2, T = ½(½ ln ½ + 3/2 ln 3/2) = 0.1308; MLD = ½(ln 2 + ln 2/3) = 0.1438.
  const double t = 0.5 * (0.5 * std::log(0.5) + 1.5 * std::log(1.5));
  CHECK(theil_t(VectorXd{{1, 3}}) == Approx(t).epsilon(1e-14));
  CHECK(mld(VectorXd{{1, 3}}) == Approx(std::log(2.0) - 0.5 * std::log(3.0)).epsilon(1e-14));
  // Integer weights equal repetition.
  CHECK(theil_t(VectorXd{{1, 3}}, VectorXd{{2, 1}}) ==
        Approx(theil_t(VectorXd{{1, 1, 3}})).epsilon(1e-14));
  CHECK(mld(VectorXd{{1, 3}}, VectorXd{{2, 1}}) == Approx(mld(VectorXd{{1, 1, 3}})).epsilon(1e-14));
}

TEST_CASE("PySAL's zero-share case decomposes into ln 2 between and 0 within", "[theil]") {
  const VectorXd y{{0, 0, 0, 10, 10, 10}};
  const auto d = theil_t_decomposition(y, std::vector<int>{0, 0, 0, 1, 1, 1});
  CHECK(d.between == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(d.within == 0.0);
  CHECK(d.total == Approx(theil_t(y)).epsilon(1e-14));
  REQUIRE(d.groups.size() == 2);
  CHECK(d.groups[0].income_share == 0.0);
  CHECK(d.groups[0].index == 0.0);
}

TEST_CASE("decompositions add up to the index of the whole", "[theil]") {
  // Illustrative values, not published data.
  const VectorXd x{{30000, 52000, 61000, 24000, 27000, 33000, 70000}};
  const VectorXd w{{1.2, 2.0, 0.8, 1.5, 1.1, 0.9, 0.5}};
  const std::vector<std::string> g{"urban", "urban", "urban", "rural", "rural", "rural", "urban"};
  const auto t = theil_t_decomposition(x, g, w);
  CHECK(t.total == Approx(theil_t(x, w)).epsilon(1e-12));
  CHECK(t.between > 0.0);
  CHECK(t.within > 0.0);
  CHECK(t.groups[0].group == "rural");  // labels in ascending order
  double p = 0.0, s = 0.0;
  for (const auto& term : t.groups) {
    p += term.population_share;
    s += term.income_share;
  }
  CHECK(p == Approx(1.0));
  CHECK(s == Approx(1.0));
  const auto l = mld_decomposition(x, g, w);
  CHECK(l.total == Approx(mld(x, w)).epsilon(1e-12));
  CHECK(l.between >= 0.0);
  // Groups with equal means: the between term is exactly 0, never −1e-17.
  const auto same = theil_t_decomposition(VectorXd{{1, 3, 3, 1}}, std::vector<int>{0, 0, 1, 1});
  CHECK(same.between == 0.0);
  const auto m = mld_decomposition(VectorXd{{1, 3, 2, 6}}, std::vector<char>{'a', 'a', 'b', 'b'});
  CHECK(m.within == Approx(std::log(2.0) - 0.5 * std::log(3.0)).epsilon(1e-13));
}

TEST_CASE("Theil and MLD refuse bad input", "[theil][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(mld(VectorXd{{0, 1}}),
                    Catch::Contains("prosper::mld") && Catch::Contains("ln 0"));
  CHECK_THROWS_AS(mld(VectorXd{{0, 1}}), std::domain_error);
  CHECK(mld(VectorXd{{0, 1, 3}}, VectorXd{{0, 1, 1}}) == Approx(mld(VectorXd{{1, 3}})));
  CHECK_THROWS_WITH(theil_t(VectorXd(0)), Catch::Contains("empty"));
  CHECK_THROWS_WITH(theil_t(VectorXd{{0, 0}}), Catch::Contains("zero"));
  CHECK_THROWS_WITH(theil_t(VectorXd{{1, -1}}), Catch::Contains("values[1]"));
  CHECK_THROWS_AS(theil_t(VectorXd{{nan, 1}}), std::invalid_argument);
  CHECK_THROWS_WITH(theil_t(VectorXd{{1, 2}}, VectorXd{{0, 0}}), Catch::Contains("all zero"));
  CHECK_THROWS_WITH(theil_t_decomposition(VectorXd{{1, 2}}, std::vector<int>{0}),
                    Catch::Contains("theil_t_decomposition") && Catch::Contains("1 labels"));
  CHECK_THROWS_WITH(mld_decomposition(VectorXd{{0, 0, 1, 2}}, std::vector<int>{0, 0, 1, 1}),
                    Catch::Contains("mld_decomposition") && Catch::Contains("values[0]"));
}
