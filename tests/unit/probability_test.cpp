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
  // A zero period: an argument error before the error-family migration, a value error after it.
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 0.0, 0.07, 0.02, higher), std::logic_error);
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, -0.02, higher), std::domain_error);
  CHECK_THROWS_AS(math::probability_of_reaching(7.27, 9.24, 3.0, 0.07, 0.02, direction::neutral),
                  std::invalid_argument);
  CHECK_THROWS_WITH(math::estimate_log_growth(std::vector<observation>{{2022, 1.0}, {2023, 1.1}}),
                    Catch::Contains("at least 3 observations"));
  CHECK_THROWS_AS(math::estimate_log_growth(std::vector<observation>{{2021, 1.0}, {2022, -1.0}, {2023, 1.1}}),
                  std::domain_error);
}

// ==== Probability with every verdict (issue 17) ================================================
// Independent references: Boost.Math's Student t (a separate implementation of the CDF and
// quantile), hand arithmetic for the estimates, and simulation from the model itself for the
// calibration and the joint event.

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cstdint>
#include <random>

namespace {
const std::vector<observation> gdp{{2019, 6.0}, {2020, 6.2}, {2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
double boost_t_cdf(double t, int df) { return boost::math::cdf(boost::math::students_t(df), t); }
double boost_t_quantile(double p, int df) {
  return boost::math::quantile(boost::math::students_t(df), p);
}
}  // namespace

TEST_CASE("the Student t CDF and quantile agree with Boost.Math", "[probability][student_t]") {
  namespace dp = math::detail_probability;
  for (int df : {1, 2, 3, 4, 5, 7, 10, 30, 101}) {
    for (double t : {-40.0, -3.0, -0.5, 0.0, 0.7, 2.5, 10.0}) {
      CAPTURE(df, t);
      CHECK(dp::student_t_cdf(t, df) == Approx(boost_t_cdf(t, df)).margin(1e-14));
    }
    for (double p : {0.6, 0.9, 0.95, 0.999, 0.1}) {
      CAPTURE(df, p);
      CHECK(dp::student_t_quantile(p, df) == Approx(boost_t_quantile(p, df)).epsilon(1e-12));
    }
  }
}

TEST_CASE("the drift on the log scale is the log-growth estimate; on the linear scale the mean step",
          "[probability]") {
  const auto e = math::estimate_drift(gdp, math::value_scale::level());
  const auto l = math::estimate_log_growth(gdp);
  CHECK(e.drift == Approx(l.mean).epsilon(1e-14));
  CHECK(e.sd == Approx(l.sd).epsilon(1e-14));
  CHECK(e.df() == 3);
  CHECK(e.years == 4);
  CHECK(e.last_year == 2023);
  // (7.80 − 6.0)/4 by hand.
  CHECK(math::estimate_drift(gdp, math::value_scale::rate()).drift == Approx(0.45).epsilon(1e-14));
  // On the logit scale the first-to-last change per year in log-odds.
  const std::vector<observation> share{{2019, 52.0}, {2020, 54.5}, {2021, 56.0}, {2022, 58.0}, {2023, 61.0}};
  CHECK(math::estimate_drift(share, math::value_scale::share(100.0)).drift ==
        Approx((std::log(61.0 / 39.0) - std::log(52.0 / 48.0)) / 4.0).epsilon(1e-14));
}

TEST_CASE("the forecast is the Student-t predictive of the drift method", "[probability]") {
  const auto e = math::estimate_drift(gdp, math::value_scale::level());
  const auto f = math::forecast_reach(e, 9.24, 2025, higher);
  // Recomputed here with Boost's t: centre ln 7.80 + 2μ̂, scale s·√(2 + 2²/4).
  const double centre = std::log(7.80) + 2.0 * e.drift;
  const double spread = e.sd * std::sqrt(2.0 + 4.0 / 4.0);
  CHECK(f.spread == Approx(spread).epsilon(1e-14));
  CHECK(f.probability == Approx(1.0 - boost_t_cdf((std::log(9.24) - centre) / spread, 3)).epsilon(1e-12));
  CHECK(f.probability == Approx(0.26735).margin(5e-6));
  const double q = boost_t_quantile(0.9, 3);
  CHECK(f.median == Approx(std::exp(centre)).epsilon(1e-14));
  CHECK(f.lower == Approx(std::exp(centre - q * spread)).epsilon(1e-12));
  CHECK(f.upper == Approx(std::exp(centre + q * spread)).epsilon(1e-12));
  CHECK(f.median == Approx(8.8934).margin(5e-5));
  CHECK(f.lower == Approx(8.1316).margin(5e-5));
  CHECK(f.upper == Approx(9.7265).margin(5e-5));
  // The series overload gives the same bits; the lower-is-better reading is the complement.
  CHECK(math::forecast_reach(gdp, 9.24, 2025, higher).probability == f.probability);
  CHECK(math::forecast_reach(e, 9.24, 2025, lower).probability + f.probability == Approx(1.0).epsilon(1e-14));
  // The plug-in normal with the same μ̂ and s is more confident: 0.1959 against 0.2673.
  CHECK(math::probability_of_reaching(7.80, 9.24, 2.0, e.drift, e.sd, higher) == Approx(0.19587).margin(5e-6));
}

TEST_CASE("with a long series the Student t forecast approaches the plug-in normal", "[probability]") {
  std::vector<observation> longer;
  double v = 1.0;
  for (int y = 1950; y <= 2023; ++y) {
    longer.push_back({y, v});
    v *= (y % 3 == 0) ? 1.09 : (y % 3 == 1 ? 1.03 : 1.06);
  }
  const auto e = math::estimate_drift(longer, math::value_scale::level());
  const double t = math::forecast_reach(e, 1.3 * longer.back().value, 2028, higher).probability;
  // The normal on the same centre and spread (h + h²/K) as an independent reference.
  const double h = 5.0;
  const double z = (std::log(1.3) - h * e.drift) / (e.sd * std::sqrt(h + h * h / e.years));
  const double normal = boost::math::cdf(boost::math::complement(boost::math::normal(), z));
  CHECK(e.df() == 72);
  CHECK(t == Approx(normal).margin(0.005));
}

TEST_CASE("a share forecast on the logit scale stays inside (0, 100)", "[probability]") {
  const std::vector<observation> share{{2019, 52.0}, {2020, 54.5}, {2021, 56.0}, {2022, 58.0}, {2023, 61.0}};
  const auto f = math::forecast_reach(share, 70.0, 2025, higher, math::value_scale::share(100.0));
  CHECK(f.lower > 0.0);
  CHECK(f.upper < 100.0);
  CHECK(f.median == Approx(65.2704).margin(5e-5));
  CHECK(f.probability == Approx(0.0096984).margin(5e-7));
  // Even a fast-rising share is never projected past its limit.
  const std::vector<observation> fast{{2019, 80.0}, {2020, 90.0}, {2021, 95.0}, {2022, 98.0}};
  const auto g = math::forecast_reach(fast, 99.0, 2030, higher, math::value_scale::share(100.0));
  CHECK(g.upper < 100.0);
  CHECK(g.probability > 0.5);
}

TEST_CASE("a series with no spread gives certainty, and the target year may be the last year",
          "[probability]") {
  const std::vector<observation> exact{{2020, 1.0}, {2021, 1.05}, {2022, 1.1025}};
  // 1.05² is not exactly 1.1025 in binary, so the spread is a rounding residue, not exactly 0.
  CHECK(math::forecast_reach(exact, 1.2, 2024, higher).probability == Approx(1.0).margin(1e-12));
  CHECK(math::forecast_reach(exact, 1.3, 2024, higher).probability == Approx(0.0).margin(1e-12));
  const auto now = math::forecast_reach(gdp, 7.5, 2023, higher);
  CHECK(now.probability == 1.0);
  CHECK(now.lower == Approx(7.80).epsilon(1e-14));
  CHECK(now.upper == Approx(7.80).epsilon(1e-14));
}

TEST_CASE("forecast probabilities are calibrated on simulated series; the plug-in normal is not",
          "[probability][calibration]") {
  // 2,000 series of five observations simulated from the model with drifts in [−5 %, 15 %] and
  // spreads log-uniform in [1 %, 10 %]; each gets a target independent of its parameters, five
  // years after its last observation. Events given probability p should happen with frequency p
  // within binomial error in each fifth of [0, 1].
  prosper::detail::rng::stream rs(17);
  constexpr int n = 2000;
  constexpr int bins = 5;
  double t_p[bins] = {}, t_hits[bins] = {}, n_p[bins] = {}, n_hits[bins] = {};
  int t_n[bins] = {}, n_n[bins] = {};
  int covered = 0;
  for (int i = 0; i < n; ++i) {
    const double mu = -0.05 + 0.2 * rs.uniform();
    const double sigma = 0.01 * std::exp(std::log(10.0) * rs.uniform());
    std::vector<observation> s;
    double z = 0.0;
    for (int y = 2016; y <= 2020; ++y) {
      s.push_back({y, std::exp(z)});
      z += mu + sigma * rs.normal();
    }
    double future = std::log(s.back().value);
    for (int k = 0; k < 5; ++k) future += mu + sigma * rs.normal();
    const double target = s.back().value * std::exp(5.0 * (-0.05 + 0.2 * rs.uniform()));
    const bool met = std::exp(future) >= target;
    const auto f = math::forecast_reach(s, target, 2025, higher);
    const int b = std::min(bins - 1, static_cast<int>(f.probability * bins));
    t_p[b] += f.probability;
    t_hits[b] += met ? 1.0 : 0.0;
    ++t_n[b];
    const auto e = math::estimate_drift(s, math::value_scale::level());
    const double pn = math::probability_of_reaching(s.back().value, target, 5.0, e.drift, e.sd, higher);
    const int c = std::min(bins - 1, static_cast<int>(pn * bins));
    n_p[c] += pn;
    n_hits[c] += met ? 1.0 : 0.0;
    ++n_n[c];
    covered += std::exp(future) >= f.lower && std::exp(future) <= f.upper ? 1 : 0;
  }
  for (int b = 0; b < bins; ++b) {
    REQUIRE(t_n[b] >= 50);
    const double p = t_p[b] / t_n[b];
    const double freq = t_hits[b] / t_n[b];
    const double se = std::sqrt(std::max(p * (1 - p), 0.01) / t_n[b]);
    CAPTURE(b, t_n[b], p, freq, se);
    CHECK(std::abs(freq - p) <= 3.0 * se);
  }
  // The 80 % predictive interval covers 80 % of the outcomes (exactly so in the model).
  CHECK(std::abs(covered / double(n) - 0.8) <= 3.0 * std::sqrt(0.16 / n));
  // The plug-in normal calls the rare events rarer than they are: its lowest fifth says 1.6 % on
  // average and the events happen about 6 % of the time, many standard errors apart.
  const double p0 = n_p[0] / n_n[0], f0 = n_hits[0] / n_n[0];
  CAPTURE(p0, f0);
  CHECK(f0 - p0 > 5.0 * std::sqrt(f0 * (1 - f0) / n_n[0]));
}

TEST_CASE("a verdict comes with its probability and whether its label could flip", "[probability][verdict]") {
  // 7.27 (2022) → 9.24 (2025), with 7.60 in 2023 and 7.80 in 2024: StatCan says insufficient
  // progress (3.6 %/yr against 8.3 %/yr), and the 80 % interval of the log drift reaches the
  // moderate band, so the label is not stable.
  const std::vector<observation> later{{2023, 7.60}, {2024, 7.80}};
  const math::milestone goal{2025, target_kind::point, 9.24};
  const auto v = math::assess_with_uncertainty(higher, goal, {2022, 7.27}, later,
                                               preset(assessment_method::statcan));
  CHECK(v.verdict.status == progress_status::insufficient_progress);
  CHECK(v.scale.kind == math::growth_scale::log);
  CHECK(v.df == 1);
  CHECK(v.worst == progress_status::insufficient_progress);
  CHECK(v.best == progress_status::moderate_progress);
  CHECK_FALSE(v.stable);
  // The drift interval is μ̂ ± t(0.9; 1)·s/√3, with Boost's quantile as the reference.
  std::vector<observation> all{{2022, 7.27}, {2023, 7.60}, {2024, 7.80}};
  const auto e = math::estimate_drift(all, math::value_scale::level());
  const double half = boost_t_quantile(0.9, 1) * e.sd / std::sqrt(2.0);
  REQUIRE(v.drift_lower);
  CHECK(*v.drift_lower == Approx(e.drift - half).epsilon(1e-12));
  CHECK(*v.drift_upper == Approx(e.drift + half).epsilon(1e-12));
  REQUIRE(v.probability);
  CHECK(*v.probability == Approx(math::forecast_reach(e, 9.24, 2025, higher).probability).epsilon(1e-14));
  CHECK(*v.probability == Approx(0.0376437).margin(5e-7));
  CHECK(*v.projected_median == Approx(8.07932).margin(5e-5));
  // The status at the drift's interval ends, recomputed by hand: R = CAGR/8.32 %.
  const double required = std::pow(9.24 / 7.27, 1.0 / 3.0) - 1.0;
  CHECK((std::exp(e.drift - half) - 1.0) / required < 0.60);
  CHECK((std::exp(e.drift + half) - 1.0) / required >= 0.60);
  CHECK((std::exp(e.drift + half) - 1.0) / required < 0.95);
}

TEST_CASE("a steady trend gives a stable label", "[probability][verdict]") {
  const std::vector<observation> later{{2023, 7.95}, {2024, 8.70}};
  const auto v = math::assess_with_uncertainty(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                                               later, preset(assessment_method::eurostat));
  CHECK(v.verdict.status == progress_status::on_track);
  CHECK(v.stable);
  CHECK(v.worst == progress_status::on_track);
  CHECK(v.best == progress_status::on_track);
  CHECK(*v.probability > 0.5);
}

TEST_CASE("a verdict resting on the latest value is stable; one without a spread has no interval",
          "[probability][verdict]") {
  const std::vector<observation> met{{2023, 8.0}, {2024, 9.5}};
  const auto a = math::assess_with_uncertainty(higher, {2025, target_kind::at_least, 9.24}, {2022, 7.27},
                                               met, preset(assessment_method::statcan));
  CHECK(a.verdict.status == progress_status::achieved);
  CHECK(a.stable);
  CHECK(a.probability.has_value());
  const std::vector<observation> one{{2023, 7.80}};
  const auto b = math::assess_with_uncertainty(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                                               one, preset(assessment_method::statcan));
  CHECK(b.verdict.status == progress_status::moderate_progress);
  CHECK_FALSE(b.probability.has_value());
  CHECK_FALSE(b.stable);
  REQUIRE(b.notes.size() == 1);
  CHECK_THAT(b.notes[0], Catch::Contains("at least three observations"));
  // A direction-only target has a status but no number to meet.
  const auto c = math::assess_with_uncertainty(lower, {2025, target_kind::direction_only},
                                               {2022, 2.0}, std::vector<observation>{{2023, 1.97}, {2024, 1.95}},
                                               preset(assessment_method::statcan));
  CHECK_FALSE(c.probability.has_value());
  CHECK(c.drift.has_value());
  // A share with a natural limit is modelled on the logit scale; its 100 % target cannot be met.
  assessment_options o = preset(assessment_method::statcan);
  o.natural_limit = 100.0;
  const auto d = math::assess_with_uncertainty(higher, {2025, target_kind::at_least, 100.0}, {2022, 90.0},
                                               std::vector<observation>{{2023, 92.0}, {2024, 95.0}}, o);
  CHECK(d.scale.kind == math::growth_scale::logit);
  CHECK_FALSE(d.probability.has_value());
  CHECK(d.projected_upper.value() < 100.0);
  // Bad data never throws: the verdict says why.
  const auto bad = math::assess_with_uncertainty(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                                                 std::vector<observation>{{2023, 7.5}, {2023, 7.6}},
                                                 preset(assessment_method::statcan));
  CHECK(bad.verdict.status == progress_status::not_assessable);
  CHECK_FALSE(bad.probability.has_value());
}

TEST_CASE("a joint event of two correlated series, by seeded Monte Carlo", "[probability][joint]") {
  // Urban income reaching 8.0 and the urban/rural ratio at most 1.95 in 2025 (illustrative
  // values, not published data).
  std::vector<math::joint_condition> c(2);
  c[0].series = {{2019, 5.2}, {2020, 5.5}, {2021, 6.0}, {2022, 6.3}, {2023, 6.8}};
  c[0].target = 8.0;
  c[1].series = {{2019, 2.10}, {2020, 2.05}, {2021, 2.02}, {2022, 1.98}, {2023, 1.96}};
  c[1].target = 1.95;
  c[1].dir = lower;
  const auto j = math::joint_probability(c, 2025);
  CHECK(j.draws == 100000);
  CHECK(j.df == 3);
  // Each condition's simulated frequency matches its closed form within 4 Monte Carlo errors.
  for (std::size_t k = 0; k < 2; ++k) {
    const double p = j.each_closed_form[k];
    CAPTURE(k, j.each[k], p);
    CHECK(std::abs(j.each[k] - p) <= 4.0 * std::sqrt(p * (1 - p) / j.draws));
  }
  CHECK(j.each_closed_form[0] == Approx(math::forecast_reach(c[0].series, 8.0, 2025, higher).probability));
  // Income and the ratio rose together in these years, so meeting both is rarer than the product.
  CHECK(j.correlation[1] == Approx(0.747685).margin(5e-7));
  CHECK(j.probability == Approx(0.17891).margin(1e-9));
  CHECK(j.if_independent == Approx(0.204038).margin(5e-7));
  CHECK(j.probability < j.if_independent);
  CHECK(j.probability <= std::min(j.each[0], j.each[1]));
  // The same seed gives the same bits; another seed another sample.
  CHECK(math::joint_probability(c, 2025).probability == j.probability);
  CHECK(math::joint_probability(c, 2025, 100000, 7).probability != j.probability);
  // A series joined with itself: correlation 1, and the joint event is the single event.
  std::vector<math::joint_condition> same{c[0], c[0]};
  const auto s = math::joint_probability(same, 2025);
  CHECK(s.correlation[1] == Approx(1.0));
  CHECK(s.probability == s.each[0]);
}

TEST_CASE("the random streams are the standard's mt19937_64 with prosper's own transforms",
          "[probability][random]") {
  // [rand.predef]: the 10000th output of a default-constructed mt19937_64 is 9981545732273789042.
  std::mt19937_64 engine;
  for (int i = 0; i < 9999; ++i) engine();
  CHECK(engine() == 9981545732273789042ULL);
  // The stream's words are the engine's: seed 5489 is the default seed.
  prosper::detail::rng::stream rs(5489);
  std::mt19937_64 reference(5489);
  CHECK(rs.bits() == reference());
  // prosper's log and exp agree with the C library's to a few units in the last place.
  for (double x : {1e-300, 1e-10, 0.3, 0.7071, 0.99999, 1.0, 1.5, 2.0, 10.0, 12345.678, 1e300})
    CHECK(prosper::detail::rng::log(x) == Approx(std::log(x)).epsilon(4e-16).margin(1e-300));
  for (double x : {-700.0, -20.0, -1.0, -1e-8, 0.0, 0.3, 1.0, 5.5, 700.0})
    CHECK(prosper::detail::rng::exp(x) == Approx(std::exp(x)).epsilon(4e-16));
  // Normals, uniforms and gammas have the moments they should (2·10⁵ draws, 4 standard errors).
  constexpr int n = 200000;
  double m = 0, v = 0, u_min = 1, u_max = 0, g = 0, gs = 0;
  for (int i = 0; i < n; ++i) {
    const double x = rs.normal();
    m += x;
    v += x * x;
    const double u = rs.uniform();
    u_min = std::min(u_min, u);
    u_max = std::max(u_max, u);
    g += rs.gamma(0.3);
    gs += rs.gamma(4.5);
  }
  CHECK(std::abs(m / n) < 4.0 / std::sqrt(n));
  CHECK(std::abs(v / n - 1.0) < 4.0 * std::sqrt(2.0 / n));
  CHECK(u_min > 0.0);
  CHECK(u_max < 1.0);
  CHECK(std::abs(g / n - 0.3) < 4.0 * std::sqrt(0.3 / n));
  CHECK(std::abs(gs / n - 4.5) < 4.0 * std::sqrt(4.5 / n));
  // Indices are uniform over [0, n).
  int counts[3] = {};
  for (int i = 0; i < 30000; ++i) ++counts[rs.index(3)];
  for (int c : counts) CHECK(std::abs(c - 10000) < 4 * std::sqrt(30000 * (1.0 / 3) * (2.0 / 3)));
}

TEST_CASE("uncertainty inputs outside the model are refused", "[probability][bad_input]") {
  CHECK_THROWS_WITH(math::estimate_drift(std::vector<observation>{{2022, 1.0}, {2023, 1.1}},
                                         math::value_scale::level()),
                    Catch::Contains("prosper::math::estimate_drift") && Catch::Contains("at least 3"));
  CHECK_THROWS_AS(math::estimate_drift(std::vector<observation>{{2021, 1.0}, {2022, -1.0}, {2023, 1.1}},
                                       math::value_scale::level()),
                  std::domain_error);
  CHECK_THROWS_AS(math::estimate_drift(std::vector<observation>{{2021, 50.0}, {2022, 100.0}, {2023, 90.0}},
                                       math::value_scale::share(100.0)),
                  std::domain_error);
  CHECK_NOTHROW(math::estimate_drift(std::vector<observation>{{2021, -1.0}, {2022, 0.0}, {2023, 1.5}},
                                     math::value_scale::rate()));
  const auto e = math::estimate_drift(gdp, math::value_scale::level());
  CHECK_THROWS_AS(math::forecast_reach(e, 9.24, 2022, higher), std::invalid_argument);
  CHECK_THROWS_AS(math::forecast_reach(e, 9.24, 2025, direction::neutral), std::invalid_argument);
  CHECK_THROWS_AS(math::forecast_reach(e, 0.0, 2025, higher), std::domain_error);
  CHECK_THROWS_WITH(math::forecast_reach(e, 9.24, 2025, higher, 1.0),
                    Catch::Contains("prosper::math::forecast_reach") && Catch::Contains("level"));
  CHECK_THROWS_AS(math::forecast_reach(e, 1e300, 1000000, higher), std::domain_error);
  std::vector<math::joint_condition> none;
  CHECK_THROWS_AS(math::joint_probability(none, 2025), std::invalid_argument);
  std::vector<math::joint_condition> c(2);
  c[0].series = gdp;
  c[0].target = 9.0;
  c[1].series = {{2018, 1.0}, {2020, 1.1}, {2021, 1.2}, {2022, 1.3}, {2023, 1.4}};
  c[1].target = 1.5;
  CHECK_THROWS_WITH(math::joint_probability(c, 2025), Catch::Contains("same years"));
  c[1].series = gdp;
  CHECK_THROWS_AS(math::joint_probability(c, 2025, 0), std::invalid_argument);
}

TEST_CASE("the target reachable with a probability inverts the forecast's probability", "[probability]") {
  const auto e = math::estimate_drift(gdp, math::value_scale::level());
  const double up = math::reachable_target(e, 2025, higher, 0.8);
  // The one-sided 80 % point: centre − t⁻¹(0.8; 3 df)·spread on the log scale, by Boost's t.
  const double centre = std::log(7.80) + 2.0 * e.drift;
  const double spread = e.sd * std::sqrt(2.0 + 4.0 / 4.0);
  CHECK(up == Approx(std::exp(centre - boost_t_quantile(0.8, 3) * spread)).epsilon(1e-12));
  CHECK(up == Approx(8.430).margin(5e-4));
  CHECK(math::forecast_reach(e, up, 2025, higher).probability == Approx(0.8).epsilon(1e-12));
  const double down = math::reachable_target(e, 2025, lower, 0.8);
  CHECK(down > math::forecast_reach(e, up, 2025, higher).median);
  CHECK(math::forecast_reach(e, down, 2025, lower).probability == Approx(0.8).epsilon(1e-12));
  // At one half it is the median.
  CHECK(math::reachable_target(e, 2025, higher, 0.5) ==
        Approx(math::forecast_reach(e, 9.24, 2025, higher).median).epsilon(1e-12));
}

TEST_CASE("a reachable target needs a probability in (0, 1), a direction and a later year", "[probability]") {
  const auto e = math::estimate_drift(gdp, math::value_scale::level());
  CHECK_THROWS_AS(math::reachable_target(e, 2025, higher, 1.0), prosper::error);
  CHECK_THROWS_AS(math::reachable_target(e, 2025, higher, 0.0), prosper::error);
  CHECK_THROWS_AS(math::reachable_target(e, 2025, direction::neutral, 0.8), prosper::error);
  CHECK_THROWS_AS(math::reachable_target(e, 2020, higher, 0.8), prosper::error);
}

TEST_CASE("a trend is modelled on the logit scale for shares, linear for signed rates, log otherwise", "[probability]") {
  const std::vector<observation> urbanisation{{2019, 61.0}, {2020, 62.0}, {2021, 63.0}, {2022, 64.0}};
  CHECK(math::scale_for(urbanisation, 100.0).kind == math::growth_scale::logit);
  CHECK(math::scale_for(urbanisation, 100.0).limit == 100.0);
  CHECK(math::scale_for(urbanisation, std::nullopt).kind == math::growth_scale::log);
  CHECK(math::scale_for(gdp, std::nullopt).kind == math::growth_scale::log);
  const std::vector<observation> rates{{2019, 2.0}, {2020, -1.0}, {2021, 3.0}};
  CHECK(math::scale_for(rates, 100.0).kind == math::growth_scale::linear);
}
