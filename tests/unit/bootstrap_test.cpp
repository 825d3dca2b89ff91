#include "prosper/inequality/bootstrap.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>

#include "prosper/inequality/gini_standard_error.hpp"
#include "prosper/math/detail/random.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("a seeded bootstrap gives the same bits every time", "[bootstrap]") {
  const VectorXd x = VectorXd::LinSpaced(10, 1, 10);
  const auto a = bootstrap_gini(x);
  const auto b = bootstrap_gini(x);
  CHECK(a.estimate == Approx(0.3).epsilon(1e-14));
  CHECK(a.standard_error == b.standard_error);
  CHECK(a.lower == b.lower);
  CHECK(a.upper == b.upper);
  CHECK(a.draws == 999);
  CHECK(a.level == 0.90);
  // The documented example: 999 replicates from the default seed.
  CHECK(a.standard_error == Approx(0.063004).margin(5e-7));
  CHECK(a.lower == Approx(0.176902).margin(5e-7));
  CHECK(a.upper == Approx(0.381092).margin(5e-7));
  bootstrap_options other;
  other.seed = 99;
  CHECK(bootstrap_gini(x, other).standard_error != a.standard_error);
  // The interval brackets the replicates' bulk, the estimate lies inside it.
  CHECK(a.lower < a.estimate);
  CHECK(a.estimate < a.upper);
}

TEST_CASE("the bootstrap standard error of the Gini agrees with Davidson's", "[bootstrap]") {
  prosper::detail::rng::stream rs(3);
  VectorXd x(500);
  for (Eigen::Index i = 0; i < x.size(); ++i) x[i] = std::exp(0.8 * rs.normal());
  const auto b = bootstrap_gini(x);
  CHECK(b.estimate == gini(x));
  CHECK(b.standard_error == Approx(gini_standard_error(x)).epsilon(0.08));
}

TEST_CASE("bootstrap percentile intervals cover the lognormal's Theil T and MLD", "[bootstrap]") {
  // For ln X ~ N(m, σ²) both Theil's T and the MLD equal σ²/2. 200 samples of 400 incomes with
  // σ = 0.5; the nominal 90 % percentile intervals (199 replicates) should cover σ²/2 about 90 %
  // of the time. Percentile intervals for these skewed statistics are known to undercover a
  // little in samples of this size (Davidson & Flachaire 2007, "Asymptotic and bootstrap
  // inference for inequality and poverty measures", Journal of Econometrics 141(1)); here they
  // cover 85 %, two binomial standard errors below 90 %.
  prosper::detail::rng::stream rs(3);
  for (int i = 0; i < 2000 * 500; ++i) rs.normal();  // the same stream position as before
  const double sigma = 0.5, truth = sigma * sigma / 2.0;
  int t_cover = 0, l_cover = 0;
  constexpr int samples = 200;
  for (int s = 0; s < samples; ++s) {
    VectorXd y(400);
    for (Eigen::Index i = 0; i < y.size(); ++i) y[i] = std::exp(sigma * rs.normal());
    bootstrap_options o;
    o.draws = 199;
    o.seed = 1000 + static_cast<std::uint64_t>(s);
    const auto t = bootstrap_theil_t(y, o);
    const auto l = bootstrap_mld(y, o);
    t_cover += t.lower <= truth && truth <= t.upper ? 1 : 0;
    l_cover += l.lower <= truth && truth <= l.upper ? 1 : 0;
  }
  const double se = std::sqrt(0.9 * 0.1 / samples);
  CAPTURE(t_cover, l_cover);
  CHECK(t_cover / double(samples) >= 0.9 - 3.0 * se);
  CHECK(t_cover / double(samples) <= 0.9 + 3.0 * se);
  CHECK(l_cover / double(samples) >= 0.9 - 3.0 * se);
  CHECK(l_cover / double(samples) <= 0.9 + 3.0 * se);
}

TEST_CASE("weighted bootstraps resample units with their weights", "[bootstrap]") {
  const VectorXd x{{23100, 31800, 44400, 52500, 61000, 18700, 97000, 35500, 40200, 120000}};
  const VectorXd w{{1.2, 2.0, 0.8, 1.5, 1.1, 0.9, 0.5, 2.4, 1.0, 0.3}};
  const auto g = bootstrap_gini(x, w);
  CHECK(g.estimate == gini(x, w));
  CHECK(g.standard_error > 0.0);
  const auto t = bootstrap_theil_t(x, w);
  CHECK(t.estimate == theil_t(x, w));
  const auto l = bootstrap_mld(x, w);
  CHECK(l.estimate == mld(x, w));
  CHECK(l.lower <= l.upper);
  // Integer weights are not repetition here: a unit is resampled as one unit with its weight.
  CHECK(bootstrap_theil_t(VectorXd{{1, 3}}, VectorXd{{2, 1}}).estimate == Approx(theil_t(VectorXd{{1, 1, 3}})));
}

TEST_CASE("the documented bootstrap examples for Theil T and the MLD", "[bootstrap]") {
  const VectorXd x = VectorXd::LinSpaced(10, 1, 10);
  const auto t = bootstrap_theil_t(x);
  CHECK(t.estimate == Approx(theil_t(x)).epsilon(1e-15));
  CHECK(t.standard_error == Approx(0.0609758).margin(5e-8));
  CHECK(t.lower == Approx(0.0578059).margin(5e-8));
  CHECK(t.upper == Approx(0.24957).margin(5e-6));
  const auto m = bootstrap_mld(x);
  CHECK(m.estimate == Approx(0.194307).margin(5e-7));
  CHECK(m.standard_error == Approx(0.0784845).margin(5e-8));
  CHECK(t.estimate == Approx(0.151303).margin(5e-7));
}

TEST_CASE("bootstraps refuse what they cannot resample", "[bootstrap][bad_input]") {
  bootstrap_options few;
  few.draws = 1;
  CHECK_THROWS_AS(bootstrap_gini(VectorXd{{1, 2}}, few), std::invalid_argument);
  bootstrap_options bad_level;
  bad_level.level = 1.5;
  CHECK_THROWS_WITH(bootstrap_gini(VectorXd{{1, 2}}, bad_level), Catch::Contains("prosper::bootstrap_gini: level"));
  CHECK_THROWS_AS(bootstrap_mld(VectorXd{{0, 2}}), std::domain_error);
  CHECK_THROWS_AS(bootstrap_theil_t(VectorXd{}), std::invalid_argument);
  // Two units, one with nothing: some replicates hold only the zero.
  CHECK_THROWS_WITH(bootstrap_theil_t(VectorXd{{0, 5}}), Catch::Contains("replicate has no answer"));
}
