#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

#include "prosper/math/batch.hpp"
#include "prosper/math/projection.hpp"

using namespace prosper;
namespace batch = prosper::math::batch;
namespace vg = prosper::detail::vgrowth;
using math::observation;

namespace {
constexpr Eigen::Index million = 1'000'000;

// Under AddressSanitizer (scripts/test-sanitize.sh builds at -O0) the row-by-row comparisons
// with the scalar functions check every 10th of the rows they check otherwise: the sanitizer
// looks for memory errors, which the batch calls over all 10^6 rows still exercise, and the full
// comparison runs in the plain build. The strides stay coprime with the edge rows' strides.
#if defined(__SANITIZE_ADDRESS__)
constexpr Eigen::Index sanitizer_thinning = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr Eigen::Index sanitizer_thinning = 10;
#else
constexpr Eigen::Index sanitizer_thinning = 1;
#endif
#else
constexpr Eigen::Index sanitizer_thinning = 1;
#endif

// Distance from a to b in units of the last place of b (0 when equal).
double ulps(double a, double b) {
  if (a == b) return 0;
  if (!std::isfinite(a) || !std::isfinite(b)) return std::numeric_limits<double>::infinity();
  return std::abs(a - b) / (std::nextafter(std::abs(b), HUGE_VAL) - std::abs(b));
}

// The batch functions run the vector kernel (within 2 ulp of the scalar one) where the build
// has SLEEF and the CPU AVX2; with the scalar path they equal the scalar functions bit for bit.
// Each check below runs on both paths.
struct restore_isa {
  vg::isa saved = vg::active_isa();
  ~restore_isa() { vg::active_isa() = saved; }
};
std::vector<vg::isa> paths() {
  std::vector<vg::isa> out{vg::detect_isa()};
  if (out[0] != vg::isa::scalar) out.push_back(vg::isa::scalar);
  return out;
}

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

TEST_CASE("batch required CAGR is within 2 ulp of the scalar function on 10^6 series", "[batch]") {
  restore_isa guard;
  const auto s = make_sample(million, 20220101, false);
  for (const auto path : paths()) {
    CAPTURE(static_cast<int>(path));
    vg::active_isa() = path;
    const Eigen::ArrayXd r = batch::required_cagr(s.base, s.target, 3.0);
    double worst = 0;
    const Eigen::Index stride = sanitizer_thinning * (path == paths()[0] ? 1 : 10);
    for (Eigen::Index i = 0; i < million; i += stride)
      worst = std::max(worst, ulps(r[i], math::required_cagr(s.base[i], s.target[i], 3.0)));
    CAPTURE(worst);
    CHECK(worst <= 2);
    if (path == vg::isa::scalar) CHECK(worst == 0);
    // Per-series periods give the same as a common one, and threads change no bit.
    CHECK((batch::required_cagr(s.base, s.target, Eigen::ArrayXd::Constant(million, 3.0)) == r).all());
    CHECK((batch::required_cagr(s.base, s.target, 3.0, batch::execution{2}) == r).all());
    CHECK((batch::required_cagr(s.base, s.target, 3.0, batch::execution{0}) == r).all());
    CHECK((batch::required_cagr(s.base, s.target, Eigen::ArrayXd::Constant(million, 3.0),
                                batch::execution{3}) == r).all());
  }
  // The plan's headline rows, hand-checked in Python.
  Eigen::ArrayXd b(3), t(3);
  b << 7.27, 44400, 2.0;
  t << 9.24, 57000, 1.95;
  const Eigen::ArrayXd h = batch::required_cagr(b, t, 3.0);
  CHECK(h[0] == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(h[1] == Approx(0.08683586596492354).epsilon(1e-12));
  CHECK(h[2] == Approx(-0.008403758659612626).epsilon(1e-12));
}

TEST_CASE("batch projections are within 4 ulp of the scalar projections on 10^6 series", "[batch]") {
  restore_isa guard;
  const auto s = make_sample(million, 20230101, false);
  const Eigen::ArrayXd rates = s.current / s.base - 1.0;
  for (const auto path : paths()) {
    CAPTURE(static_cast<int>(path));
    vg::active_isa() = path;
    const Eigen::ArrayXd p = batch::project_constant_cagr(s.base, s.current, 2022, 2023, 2025);
    // The years go through a volatile so that the scalar calls see them at run time, as the
    // batch does (a literal may be constant-folded differently).
    volatile double two_years = 2.0;
    const Eigen::ArrayXd q = batch::project_at_rate(s.current, rates, two_years);
    double worst_p = 0, worst_q = 0;
    const Eigen::Index stride = sanitizer_thinning * (path == paths()[0] ? 1 : 10);
    for (Eigen::Index i = 0; i < million; i += stride) {
      const std::vector<observation> series{{2022, s.base[i]}, {2023, s.current[i]}};
      worst_p = std::max(worst_p, ulps(p[i], math::project_constant_cagr(series, 2022, 2025)));
      worst_q = std::max(worst_q, ulps(q[i], math::project_at_rate(s.current[i], rates[i], two_years)));
    }
    CAPTURE(worst_p, worst_q);
    CHECK(worst_p <= 4);  // the rate's 2 ulp carried through the factor, and the factor's 2
    CHECK(worst_q <= 3);  // the factor's 2 and the product's rounding
    if (path == vg::isa::scalar) CHECK(worst_p + worst_q == 0);
    CHECK((batch::project_constant_cagr(s.base, s.current, 2022, 2023, 2025, batch::execution{2}) == p).all());
    CHECK((batch::project_at_rate(s.current, rates, two_years, batch::execution{2}) == q).all());
  }
  Eigen::ArrayXd b(1), c(1);
  b << 7.27;
  c << 7.80;
  CHECK(batch::project_constant_cagr(b, c, 2022, 2023, 2025)[0] == Approx(8.978731536017891).epsilon(1e-12));
}

TEST_CASE("batch classification gives math::assess's status on 10^6 series with edge rows",
          "[batch]") {
  restore_isa guard;
  const auto s = make_sample(million, 20240101, true);
  struct config { direction d; target_kind k; assessment_method m; int current_year; };
  const config configs[] = {
      {direction::higher_is_better, target_kind::point, assessment_method::statcan, 2023},
      {direction::lower_is_better, target_kind::at_most, assessment_method::eurostat, 2023},
      {direction::neutral, target_kind::maintain, assessment_method::sdsn, 2023},
      {direction::higher_is_better, target_kind::greater_than, assessment_method::statcan, 2023},
      // Two years elapsed: the observed rate takes the kernel too (one year is (x − b)/b).
      {direction::higher_is_better, target_kind::at_least, assessment_method::eurostat, 2024},
  };
  for (const auto path : paths()) {
    vg::active_isa() = path;
    for (const auto& c : configs) {
      CAPTURE(static_cast<int>(path), to_string(c.d), to_string(c.k), to_string(c.m), c.current_year);
      auto opt = preset(c.m);
      if (&c == &configs[3]) opt.zero_replacement = 0.001;  // StatCan's replacement, on the zero rows
      const auto out = batch::classify(c.d, c.k, s.base, s.current, s.target, 2022, c.current_year, 2025, opt);
      REQUIRE(out.status.size() == static_cast<std::size_t>(million));
      // The first configuration on the default path is checked on every row, the others on every
      // 10th to keep the suite quick (also under the sanitizers); the edge strides are all
      // coprime with 10, so every edge kind is still hit.
      // The scalar path equals the scalar kernel by construction (vector_growth_test), so a
      // sample of it is enough.
      const Eigen::Index stride = sanitizer_thinning * (path == vg::isa::scalar && path != paths()[0] ? 100
                                                      : &c == &configs[0]                          ? 1
                                                                                                   : 10);
      Eigen::Index status_mismatches = 0, has_ratio_mismatches = 0, checked = 0;
      double worst_ratio = 0, worst_rate = 0;
      int seen[6] = {};
      for (Eigen::Index i = 0; i < million; i += stride) {
        const std::vector<observation> series{{c.current_year, s.current[i]}};
        const auto a = math::assess({2025, c.k, s.target[i]}, {2022, s.base[i]}, series, c.d, opt);
        const auto st = out.status[static_cast<std::size_t>(i)];
        ++seen[static_cast<int>(st)];
        ++checked;
        if (a.status != st) ++status_mismatches;
        if (a.ratio.has_value() != out.has_ratio[i]) ++has_ratio_mismatches;
        if (a.ratio && out.has_ratio[i]) {
          worst_ratio = std::max(worst_ratio, ulps(out.ratio[i], *a.ratio));
          if (c.m != assessment_method::sdsn) {
            worst_rate = std::max(worst_rate, ulps(out.observed_rate[i], *a.observed_rate));
            worst_rate = std::max(worst_rate, ulps(out.required_rate[i], *a.required_rate));
          }
        }
      }
      CAPTURE(worst_ratio, worst_rate);
      CHECK(checked >= (stride == 100 * sanitizer_thinning ? 10'000 : 100'000) / sanitizer_thinning);
      CHECK(status_mismatches == 0);
      CHECK(has_ratio_mismatches == 0);
      CHECK(worst_rate <= 2);
      CHECK(worst_ratio <= 5);  // a quotient of two rates within 2 ulp, and its own rounding
      if (path == vg::isa::scalar || c.m == assessment_method::sdsn) CHECK(worst_ratio + worst_rate == 0);
      CHECK(out.ratio.isFinite().all());
      // Every status occurs, so the comparison covers every branch.
      for (int k = 0; k < 6; ++k) {
        CAPTURE(k);
        CHECK(seen[k] > 0);
      }
      // Threads change no bit.
      if (path == vg::isa::scalar && path != paths()[0]) continue;
      const auto threaded = batch::classify(c.d, c.k, s.base, s.current, s.target, 2022,
                                            c.current_year, 2025, opt, batch::execution{3});
      CHECK(threaded.status == out.status);
      CHECK((threaded.ratio == out.ratio).all());
      CHECK((threaded.observed_rate == out.observed_rate).all());
      CHECK((threaded.required_rate == out.required_rate).all());
      CHECK((threaded.has_ratio == out.has_ratio).all());
    }
  }
}

TEST_CASE("required CAGR and classification in one pass equal the two calls", "[batch]") {
  const auto s = make_sample(200'000, 20250101, true);
  for (auto m : {assessment_method::eurostat, assessment_method::sdsn}) {
    CAPTURE(to_string(m));
    const auto opt = preset(m);
    const auto both = batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point,
                                                        s.base, s.current, s.target, 2022, 2023, 2025, opt);
    const auto alone = batch::classify(direction::higher_is_better, target_kind::point, s.base,
                                       s.current, s.target, 2022, 2023, 2025, opt);
    CHECK(both.classes.status == alone.status);
    CHECK((both.classes.ratio == alone.ratio).all());
    Eigen::Index nan_rows = 0;
    for (Eigen::Index i = 0; i < s.base.size(); ++i) {
      const double b = s.base[i], t = s.target[i];
      if (std::isfinite(b) && std::isfinite(t) && b > 0 && t > 0) {
        REQUIRE(ulps(both.required_cagr[i], math::required_cagr(b, t, 3.0)) <= 2);
      } else if (!(b < 0 && t < 0 && std::isfinite(b) && std::isfinite(t))) {
        REQUIRE(std::isnan(both.required_cagr[i]));
        ++nan_rows;
      }
    }
    CHECK(nan_rows > 0);
    // Reusing the result's arrays gives the same bits.
    batch::required_and_classification reused = both;
    batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point, s.base,
                                      s.current, s.target, 2022, 2023, 2025, opt, reused, batch::execution{2});
    CHECK((reused.required_cagr.isNaN() == both.required_cagr.isNaN()).all());
    CHECK((reused.required_cagr.isNaN() || reused.required_cagr == both.required_cagr).all());
    CHECK(reused.classes.status == both.classes.status);
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
  // With threads, the first bad index is named, whichever thread met a bad row first.
  Eigen::ArrayXd big = Eigen::ArrayXd::Constant(100'000, 2.0);
  big[70'000] = -1.0;
  big[12'345] = 0.0;
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    CHECK_THROWS_WITH(batch::required_cagr(big, big, 3.0, batch::execution{threads}),
                      Catch::Contains("index 12345"));
    CHECK_THROWS_WITH(batch::project_constant_cagr(big, big, 2022, 2023, 2025, batch::execution{threads}),
                      Catch::Contains("index 12345"));
  }
  CHECK_THROWS_AS(batch::classify(direction::higher_is_better, target_kind::point, t, t, t, 2022,
                                  2023, 2025, preset(assessment_method::escap)),
                  std::invalid_argument);
  CHECK_THROWS_AS(batch::classify(direction::higher_is_better, target_kind::band, t, t, t, 2022,
                                  2023, 2025, preset(assessment_method::statcan)),
                  std::invalid_argument);
}
