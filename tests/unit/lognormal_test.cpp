#include "prosper/inequality/lognormal.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::inequality::lognormal;
namespace ln_detail = prosper::inequality::lognormal::detail;

namespace {
// Indicator 34, 家庭可支配收入(按三口之家计算) 10—50万元 and 20—60万元, as per-capita bands.
const auto band_10_50 = per_capita_band(income_band<units::yuan>{100000_yuan, 500000_yuan}, 3.0);
const auto band_20_60 = per_capita_band(income_band<units::yuan>{200000_yuan, 600000_yuan}, 3.0);
// Reference values below are from python3 with math.erf and a 200-step bisection for Φ⁻¹.
constexpr double implied_gini_2022 = 0.31458247173579357;
}  // namespace

TEST_CASE("G(σ) and σ(G) are inverse to 1e-12", "[lognormal]") {
  for (double g = 0.0; g < 0.99; g += 0.0137) {
    CAPTURE(g);
    CHECK(gini_from_sigma(sigma_from_gini(g)) == Approx(g).margin(1e-13));
  }
  for (double s : {0.01, 0.3, 0.5449, 1.0, 2.5})
    CHECK(sigma_from_gini(gini_from_sigma(s)) == Approx(s).epsilon(1e-12));
  CHECK(sigma_from_gini(0.0) == 0.0);
}

TEST_CASE("σ = 0.5449 gives a Gini of 0.30", "[lognormal]") {
  CHECK(gini_from_sigma(0.5449) == Approx(0.2999866794137145).epsilon(1e-12));
  CHECK(sigma_from_gini(0.3) == Approx(0.5449254294535086).epsilon(1e-12));
  // G = 2Φ(σ/√2) − 1 is the same function as erf(σ/2).
  CHECK(2.0 * ln_detail::normal_cdf(0.5449 / std::sqrt(2.0)) - 1.0 ==
        Approx(gini_from_sigma(0.5449)).epsilon(1e-14));
}

TEST_CASE("the normal quantile inverts the CDF across the tails", "[lognormal]") {
  for (double p : {1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.5, 0.8, 0.97575, 0.999, 1 - 1e-9}) {
    CAPTURE(p);
    CHECK(ln_detail::normal_cdf(ln_detail::normal_quantile(p)) == Approx(p).epsilon(1e-12));
  }
}

TEST_CASE("the plan's 2022 band share of 58 % at 44,400 implies G ≈ 0.315", "[lognormal]") {
  CHECK(band_10_50.lower.value() == Approx(100000.0 / 3.0));
  const double g = gini_for_share(44400_yuan, 58.0_pct, band_10_50.lower, band_10_50.upper);
  CHECK(g == Approx(implied_gini_2022).epsilon(1e-9));
  CHECK(sigma_from_gini(g) == Approx(0.5728718980104918).epsilon(1e-9));
  CHECK(share_between(44400_yuan, g, band_10_50.lower, band_10_50.upper).value() ==
        Approx(58.0).epsilon(1e-9));
}

TEST_CASE("at that Gini the 2025 mean of 57,000 puts 72.7 % in the band", "[lognormal]") {
  CHECK(share_between(57000_yuan, implied_gini_2022, band_10_50.lower, band_10_50.upper).value() ==
        Approx(72.6762727489175).epsilon(1e-9));
}

TEST_CASE("70 % at 57,000 allows a Gini up to 0.332, and needs only 54,132 at G = 0.3146",
          "[lognormal]") {
  CHECK(gini_for_share(57000_yuan, 70.0_pct, band_10_50.lower, band_10_50.upper) ==
        Approx(0.33222227522409564).epsilon(1e-9));
  CHECK(mean_for_share(implied_gini_2022, 70.0_pct, band_10_50.lower, band_10_50.upper).value() ==
        Approx(54131.97486366879).epsilon(1e-9));
  // At the rounded G = 0.315 the mean is a little higher, 54,194.
  CHECK(mean_for_share(0.315, 70.0_pct, band_10_50.lower, band_10_50.upper).value() ==
        Approx(54193.917925099595).epsilon(1e-9));
}

TEST_CASE("sensitivity and tails match the methodology note", "[lognormal]") {
  // §6.5: at 44,400, G = 0.25 → 65.9 %, 0.30 → 59.7 %, 0.35 → 54.2 %.
  CHECK(share_between(44400_yuan, 0.25, band_10_50.lower, band_10_50.upper).value() ==
        Approx(65.86312306328548).epsilon(1e-9));
  CHECK(share_between(44400_yuan, 0.30, band_10_50.lower, band_10_50.upper).value() ==
        Approx(59.66411637095638).epsilon(1e-9));
  CHECK(share_between(44400_yuan, 0.35, band_10_50.lower, band_10_50.upper).value() ==
        Approx(54.14816081672214).epsilon(1e-9));
  CHECK(headcount_below(44400_yuan, implied_gini_2022, band_10_50.lower).value() ==
        Approx(41.527633264658753).epsilon(1e-9));
  // The one-band fit overstates the 20–60 万 share of 2022 (15.8 % against 13.4 % published).
  CHECK(share_between(44400_yuan, implied_gini_2022, band_20_60.lower, band_20_60.upper).value() ==
        Approx(15.784917851134428).epsilon(1e-9));
}

TEST_CASE("the lognormal Lorenz curve", "[lognormal]") {
  CHECK(lorenz(implied_gini_2022, 0.4) == Approx(0.20433993571929326).epsilon(1e-9));
  CHECK(lorenz(0.3, 0.0) == 0.0);
  CHECK(lorenz(0.3, 1.0) == 1.0);
  CHECK(lorenz(0.0, 0.37) == Approx(0.37).epsilon(1e-12));
  // The area between the diagonal and L(p) is G/2: check by the midpoint rule.
  double area = 0.0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const double p = (i + 0.5) / n;
    area += (p - lorenz(0.4, p)) / n;
  }
  CHECK(2.0 * area == Approx(0.4).epsilon(1e-4));
}

TEST_CASE("two bands pin down both mean and Gini", "[lognormal]") {
  const auto fit22 = fit_two_bands(58.0_pct, band_10_50, 13.4_pct, band_20_60);
  CHECK(fit22.gini == Approx(0.2913).margin(0.001));
  CHECK(fit22.mean.value() == Approx(42770.0).epsilon(0.002));
  CHECK(share_between(fit22.mean, fit22.gini, band_10_50.lower, band_10_50.upper).value() ==
        Approx(58.0).epsilon(1e-8));
  CHECK(share_between(fit22.mean, fit22.gini, band_20_60.lower, band_20_60.upper).value() ==
        Approx(13.4).epsilon(1e-6));
  const auto fit25 = fit_two_bands(70.0_pct, band_10_50, 20.0_pct, band_20_60);
  CHECK(fit25.gini == Approx(0.2789).margin(0.001));
  CHECK(fit25.mean.value() == Approx(49620.0).epsilon(0.003));
}

TEST_CASE("lognormal functions refuse bad input and say when a share is unreachable",
          "[lognormal][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(sigma_from_gini(1.0),
                    Catch::Contains("sigma_from_gini") && Catch::Contains("[0, 1)"));
  CHECK_THROWS_WITH(sigma_from_gini(-0.1), Catch::Contains("Gini"));
  CHECK_THROWS_AS(sigma_from_gini(nan), prosper::value_error);
  CHECK_THROWS_WITH(gini_from_sigma(-1.0), Catch::Contains("sigma"));
  CHECK_THROWS_WITH(share_between(0_yuan, 0.3, 1_yuan, 2_yuan), Catch::Contains("mean"));
  CHECK_THROWS_WITH(share_between(10_yuan, 0.3, 2_yuan, 1_yuan), Catch::Contains("below upper"));
  CHECK_THROWS_WITH(gini_for_share(44400_yuan, 120.0_pct, band_10_50.lower, band_10_50.upper),
                    Catch::Contains("share"));
  CHECK_THROWS_WITH(gini_for_share(20000_yuan, 50.0_pct, band_10_50.lower, band_10_50.upper),
                    Catch::Contains("outside the band"));
  CHECK_THROWS_AS(gini_for_share(20000_yuan, 50.0_pct, band_10_50.lower, band_10_50.upper),
                  std::domain_error);
  // At G = 0.6 the 10–50 万 band can never hold 70 %.
  CHECK_THROWS_WITH(mean_for_share(0.6, 70.0_pct, band_10_50.lower, band_10_50.upper),
                    Catch::Contains("mean_for_share") && Catch::Contains("holds at most"));
  CHECK_THROWS_WITH(mean_for_share(0.0, 70.0_pct, band_10_50.lower, band_10_50.upper),
                    Catch::Contains("> 0"));
  CHECK_THROWS_WITH(per_capita_band(income_band<units::yuan>{1_yuan, 2_yuan}, 0.0),
                    Catch::Contains("household size"));
  CHECK_THROWS_WITH(lorenz(0.3, 1.5), Catch::Contains("p must lie"));
  CHECK_THROWS_WITH(fit_two_bands(90.0_pct, band_10_50, 60.0_pct, band_20_60),
                    Catch::Contains("no lognormal"));
}
