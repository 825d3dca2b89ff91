#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

#include "prosper/math/batch.hpp"
#include "prosper/math/projection.hpp"

using namespace prosper;
namespace batch = prosper::math::batch;
using math::observation;

namespace {
constexpr Eigen::Index million = 1'000'000;

// 10⁶ plausible plan series (bases 0.5–50 000, growth −10 %…+20 % a year) with edge rows mixed in
// on fixed strides: base = target, zero base, zero target, mixed signs, all negative, NaN, met.
struct sample {
  Eigen::ArrayXd base, current, target;
};
sample make_sample(Eigen::Index n, std::uint64_t seed, bool edges) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> log_level(std::log(0.5), std::log(50000.0));
  std::uniform_real_distribution<double> growth(-0.10, 0.20);
  sample s{Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    const double b = std::exp(log_level(rng));
    s.base[i] = b;
    s.current[i] = b * (1.0 + growth(rng));
    s.target[i] = b * std::pow(1.0 + growth(rng), 3.0);
    if (!edges) continue;
    if (i % 97 == 0) s.target[i] = b;
    if (i % 101 == 0) s.base[i] = 0.0;
    if (i % 103 == 0) s.current[i] = -s.current[i];
    if (i % 107 == 0) s.target[i] = 0.0;
    if (i % 109 == 0) { s.base[i] = -b; s.current[i] = -std::abs(s.current[i]); s.target[i] = -std::abs(s.target[i]); }
    if (i % 113 == 0) s.current[i] = std::numeric_limits<double>::quiet_NaN();
    if (i % 127 == 0) s.current[i] = s.target[i];
  }
  return s;
}
}  // namespace

TEST_CASE("batch required CAGR equals the scalar function on 10^6 series", "[batch]") {
  const auto s = make_sample(million, 20220101, false);
  const auto start = std::chrono::steady_clock::now();
  const Eigen::ArrayXd r = batch::required_cagr(s.base, s.target, 3.0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(seconds);
  Eigen::Index mismatches = 0;
  for (Eigen::Index i = 0; i < million; ++i)
    if (r[i] != math::required_cagr(s.base[i], s.target[i], 3.0)) ++mismatches;
  CHECK(mismatches == 0);
  // Per-series periods give the same as a common one.
  CHECK((batch::required_cagr(s.base, s.target, Eigen::ArrayXd::Constant(million, 3.0)) == r).all());
  // The plan's headline rows, hand-checked in Python.
  Eigen::ArrayXd b(3), t(3);
  b << 7.27, 44400, 2.0;
  t << 9.24, 57000, 1.95;
  const Eigen::ArrayXd h = batch::required_cagr(b, t, 3.0);
  CHECK(h[0] == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(h[1] == Approx(0.08683586596492354).epsilon(1e-12));
  CHECK(h[2] == Approx(-0.008403758659612626).epsilon(1e-12));
}

TEST_CASE("batch projections equal the scalar projections on 10^6 series", "[batch]") {
  const auto s = make_sample(million, 20230101, false);
  const Eigen::ArrayXd p = batch::project_constant_cagr(s.base, s.current, 2022, 2023, 2025);
  const Eigen::ArrayXd rates = s.current / s.base - 1.0;
  // The years go through a volatile so that both calls see them at run time: with a literal 2.0
  // the compiler may fold std::pow(x, 2.0) into x·x in whichever inlined call it chooses (at -O2
  // it does so in the batch loop), which can differ from the library pow in the last bit.
  volatile double two_years = 2.0;
  const Eigen::ArrayXd q = batch::project_at_rate(s.current, rates, two_years);
  Eigen::Index mismatches = 0, mismatches_rate = 0, beyond_two_ulp = 0;
  for (Eigen::Index i = 0; i < million; ++i) {
    const std::vector<observation> series{{2022, s.base[i]}, {2023, s.current[i]}};
    if (p[i] != math::project_constant_cagr(series, 2022, 2025)) ++mismatches;
    if (q[i] != math::project_at_rate(s.current[i], rates[i], two_years)) ++mismatches_rate;
    const double folded = math::project_at_rate(s.current[i], rates[i], 2.0);
    if (std::abs(q[i] - folded) > 4.5e-16 * std::abs(folded)) ++beyond_two_ulp;
  }
  CHECK(mismatches == 0);
  CHECK(mismatches_rate == 0);
  CHECK(beyond_two_ulp == 0);  // two roundings: the pow and the product
  Eigen::ArrayXd b(1), c(1);
  b << 7.27;
  c << 7.80;
  CHECK(batch::project_constant_cagr(b, c, 2022, 2023, 2025)[0] == Approx(8.978731536017891).epsilon(1e-12));
}

TEST_CASE("batch classification equals math::assess row by row on 10^6 series with edge rows",
          "[batch]") {
  const auto s = make_sample(million, 20240101, true);
  struct config { direction d; target_kind k; assessment_method m; };
  const config configs[] = {
      {direction::higher_is_better, target_kind::point, assessment_method::statcan},
      {direction::lower_is_better, target_kind::at_most, assessment_method::eurostat},
      {direction::neutral, target_kind::maintain, assessment_method::sdsn},
      {direction::higher_is_better, target_kind::greater_than, assessment_method::statcan},
  };
  for (const auto& c : configs) {
    CAPTURE(to_string(c.d), to_string(c.k), to_string(c.m));
    const auto opt = preset(c.m);
    const auto out = batch::classify(c.d, c.k, s.base, s.current, s.target, 2022, 2023, 2025, opt);
    REQUIRE(out.status.size() == static_cast<std::size_t>(million));
    // The first configuration is checked on every row, the others on every 10th to keep the
    // suite quick; the edge strides are all coprime with 10, so every edge kind is still hit.
    const Eigen::Index stride = &c == &configs[0] ? 1 : 10;
    Eigen::Index status_mismatches = 0, ratio_mismatches = 0, checked = 0;
    int seen[6] = {};
    for (Eigen::Index i = 0; i < million; i += stride) {
      const std::vector<observation> series{{2023, s.current[i]}};
      const auto a = math::assess({2025, c.k, s.target[i]}, {2022, s.base[i]}, series, c.d, opt);
      const auto st = out.status[static_cast<std::size_t>(i)];
      ++seen[static_cast<int>(st)];
      ++checked;
      if (a.status != st) ++status_mismatches;
      if (a.ratio.has_value() != out.has_ratio[i] || (a.ratio && *a.ratio != out.ratio[i])) ++ratio_mismatches;
    }
    CHECK(checked > 99'000);
    CHECK(status_mismatches == 0);
    CHECK(ratio_mismatches == 0);
    CHECK(out.ratio.isFinite().all());
    // Every status occurs, so the comparison covers every branch.
    for (int k = 0; k < 6; ++k) {
      CAPTURE(k);
      CHECK(seen[k] > 0);
    }
  }
}

TEST_CASE("batch functions refuse bad input naming the first bad index", "[batch]") {
  Eigen::ArrayXd b(3), t(3);
  b << 7.27, 0.0, 2.0;
  t << 9.24, 5.0, 1.95;
  CHECK_THROWS_AS(batch::required_cagr(b, t, 3.0), std::domain_error);
  CHECK_THROWS_WITH(batch::required_cagr(b, t, 3.0),
                    Catch::Contains("math::batch::required_cagr") && Catch::Contains("index 1") &&
                        Catch::Contains("base 0"));
  CHECK_THROWS_AS(batch::required_cagr(t, t, 0.0), prosper::value_error);
  CHECK_THROWS_AS(batch::required_cagr(t, Eigen::ArrayXd(2), 3.0), std::invalid_argument);
  Eigen::ArrayXd y(3);
  y << 3, -1, 3;
  CHECK_THROWS_WITH(batch::required_cagr(t, t, y), Catch::Contains("index 1"));
  CHECK_THROWS_AS(batch::project_constant_cagr(t, t, 2023, 2023, 2025), std::invalid_argument);
  CHECK_THROWS_AS(batch::classify(direction::higher_is_better, target_kind::point, t, t, t, 2022,
                                  2023, 2025, preset(assessment_method::escap)),
                  std::invalid_argument);
  CHECK_THROWS_AS(batch::classify(direction::higher_is_better, target_kind::band, t, t, t, 2022,
                                  2023, 2025, preset(assessment_method::statcan)),
                  std::invalid_argument);
}
