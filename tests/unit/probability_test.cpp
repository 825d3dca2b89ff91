#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "prosper/literals.hpp"
#include "prosper/math/probability.hpp"

using namespace prosper;
using namespace prosper::literals;
using math::observation;

namespace {
using gdp_per_capita = indicator<struct gdp_pc_tag, units::wan_yuan, direction::higher_is_better>;
constexpr auto higher = direction::higher_is_better;
constexpr auto lower = direction::lower_is_better;
}  // namespace

// Expected probabilities computed independently with Python's statistics.NormalDist:
// P = 1 − Φ((ln(T/x) − n·μ)/(σ·√n)) for higher-is-better, Φ(…) for lower-is-better.

TEST_CASE("a mean log growth equal to the required one gives even odds", "[probability]") {
  const double mu = std::log(9.24 / 7.27) / 3.0;
  for (double sd : {0.001, 0.02, 0.1, 0.5}) {
    CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, mu, sd, higher) == Approx(0.5).epsilon(1e-12));
    CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, mu, sd, lower) == Approx(0.5).epsilon(1e-12));
  }
}

TEST_CASE("probabilities match the normal model's hand-checked values", "[probability]") {
  struct row { double cur, tgt, years, mu, sd; direction d; double expected; };
  const row rows[] = {
      {7.27, 9.24, 3.0, std::log(1.07), 0.02, higher, 0.14398100643077372},    // 7 % a year is too slow
      {7.80, 9.24, 2.0, std::log(1.0729), 0.03, higher, 0.24946513841137508},  // the 2023 pace
      {2.0, 1.95, 3.0, std::log(1.0 - 0.015), 0.01, lower, 0.8761664837133407}, // ratio falling 1.5 %
  };
  for (const auto& r : rows) {
    CAPTURE(r.cur, r.tgt, r.mu, r.sd);
    CHECK(math::probability_of_reaching(r.cur, r.tgt, r.years, r.mu, r.sd, r.d) ==
          Approx(r.expected).epsilon(1e-10));
  }
}

TEST_CASE("probabilities behave as probabilities", "[probability]") {
  // The two directions are complements, more spread pulls towards ½, more drift raises the odds.
  const double p = math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, 0.03, higher);
  CHECK(p + math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, 0.03, lower) == Approx(1.0).epsilon(1e-14));
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, 0.3, higher) > p);
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, 0.075, 0.03, higher) > p);
  double previous = 0.0;
  for (double mu = -0.2; mu <= 0.3; mu += 0.01) {
    const double q = math::probability_of_reaching(7.27, 9.24, 3.0, mu, 0.05, higher);
    CHECK(q >= 0.0);
    CHECK(q <= 1.0);
    CHECK(q >= previous);
    previous = q;
  }
  // No spread: certainty either way, including a target already met.
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, 0.081, 0.0, higher) == 1.0);
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, 0.079, 0.0, higher) == 0.0);  // needs ln(1.0832) = 0.0799
  CHECK(math::probability_of_reaching(9.5, 9.24, 3.0, 0.0, 0.0, higher) == 1.0);
  // Far tails are 0 and 1, never NaN.
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, 1.0, 1e-6, higher) == 1.0);
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, -1.0, 1e-6, higher) == 0.0);
  CHECK(probability_of_reaching(indicator_value<gdp_per_capita>{7.27_wan_yuan},
                                indicator_value<gdp_per_capita>{9.24_wan_yuan}, 3.0, std::log(1.07),
                                0.02) == Approx(0.14398100643077372).epsilon(1e-10));
}

TEST_CASE("log growth moments are the mean and sample spread of yearly log growth",
          "[probability]") {
  const std::vector<observation> s{{2019, 6.0}, {2020, 6.2}, {2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
  const auto e = math::estimate_log_growth(s);
  CHECK(e.mean == Approx(0.06559106611687276).epsilon(1e-12));
  CHECK(e.sd == Approx(0.03156746543612206).epsilon(1e-12));
  CHECK(e.periods == 4);
  CHECK(e.years == 4);
  const std::vector<observation> gapped{{2018, 5.0}, {2020, 6.0}, {2021, 6.3}, {2023, 7.5}};
  const auto g = math::estimate_log_growth(gapped);
  CHECK(g.mean == Approx(0.08109302162163287).epsilon(1e-12));
  CHECK(g.sd == Approx(0.02569256878322041).epsilon(1e-12));
  // An exact exponential series has no spread.
  const std::vector<observation> exact{{2020, 1.0}, {2021, 1.05}, {2022, 1.1025}};
  CHECK(math::estimate_log_growth(exact).sd == Approx(0.0).margin(1e-12));
}

TEST_CASE("probability inputs outside the model are refused", "[probability]") {
  CHECK_THROWS_AS(math::probability_of_reaching(0.0, 9.24, 3.0, 0.07, 0.02, higher), std::domain_error);
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 0.0, 0.07, 0.02, higher), std::invalid_argument);
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, -0.02, higher), std::domain_error);
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, 0.02, direction::neutral),
                  std::invalid_argument);
  CHECK_THROWS_WITH(math::estimate_log_growth(std::vector<observation>{{2022, 1.0}, {2023, 1.1}}),
                    Catch::Contains("at least 3 observations"));
  CHECK_THROWS_AS(math::estimate_log_growth(std::vector<observation>{{2021, 1.0}, {2022, -1.0}, {2023, 1.1}}),
                  std::domain_error);
}
