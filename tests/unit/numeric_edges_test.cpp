// Numbers at the edges (issue 14, bullet 5): every public numeric function of inequality/*.hpp,
// ratio/max_min.hpp, math/compounding.hpp and math/required_change.hpp, fed extreme finite
// inputs — values and weights from 5e-324 (the smallest subnormal) through 1e-308 to 1.7e308,
// huge and tiny weights side by side — must return a finite result that matches a reference
// computed in long double (whose exponent range, to 1e±4932, holds every product and sum of
// doubles exactly enough), or throw the exception its documentation names.
//
// Before the fix, gini/theil_t/mld/max_to_mean with values or weights near 1e308 returned NaN,
// lorenz_share returned 0, population_extremes_ratio(x, w, 1e-12) returned the residue of
// 1 − L(1 − 1e-12), and sigma_from_gini(0.9999999999999999) was NaN.
//
// Inputs are drawn from std::mt19937_64 with fixed seeds, so a failure reproduces exactly.
#include <Eigen/Core>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/inequality/atkinson.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/generalised_entropy.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/gini_standard_error.hpp"
#include "prosper/inequality/lognormal.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/ratio/max_min.hpp"

namespace {

namespace pi = prosper::inequality;
namespace pr = prosper::ratio;
namespace pm = prosper::math;
using ld = long double;
using Eigen::VectorXd;

// The references need an exponent range wider than double's; x87 extended and IEEE quad have it.
constexpr bool wide_long_double = std::numeric_limits<ld>::max_exponent >= 16384;

// ---- Extreme inputs ---------------------------------------------------------------------------

/// A positive double from the whole finite range: mostly log-uniform between 1e-308 and 1e308,
/// sometimes one of the edges themselves (subnormals, DBL_MIN, DBL_MAX / 8, 1.7e308, 1).
double extreme(std::mt19937_64& rng) {
  static const double edges[] = {5e-324,  1e-320, DBL_MIN, 1e-308, 1e-300, 1.0,
                                 1e300,   1e308,  1.7e308, DBL_MAX / 8};
  std::uniform_int_distribution<int> pick(0, 3);
  if (pick(rng) == 0) {
    std::uniform_int_distribution<std::size_t> e(0, std::size(edges) - 1);
    return edges[e(rng)];
  }
  std::uniform_real_distribution<double> exponent(-308.0, 308.0);
  return std::pow(10.0, exponent(rng));
}

/// A vector of `n` extreme values; with `narrow` the values share one binade of 1e300 or 1e-300,
/// so that equal-scale data are exercised as well as data spanning the whole range.
VectorXd extreme_vector(std::mt19937_64& rng, Eigen::Index n, bool narrow) {
  VectorXd v(n);
  if (narrow) {
    std::uniform_real_distribution<double> u(1.0, 10.0);
    const double scale = std::bernoulli_distribution(0.5)(rng) ? 1e300 : 1e-300;
    for (Eigen::Index i = 0; i < n; ++i) v[i] = u(rng) * scale;
  } else {
    for (Eigen::Index i = 0; i < n; ++i) v[i] = extreme(rng);
  }
  return v;
}

struct sample {
  VectorXd x;
  VectorXd w;
};

/// `count` samples of 2–9 units from the seed: values and weights each either spanning the range
/// or within one binade near 1e±300, in every combination.
std::vector<sample> samples(std::uint64_t seed, int count) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> size(2, 9);
  std::vector<sample> out;
  for (int k = 0; k < count; ++k) {
    const Eigen::Index n = size(rng);
    out.push_back({extreme_vector(rng, n, (k & 1) != 0), extreme_vector(rng, n, (k & 2) != 0)});
  }
  return out;
}

// ---- Long-double references -------------------------------------------------------------------

std::vector<ld> wide(const VectorXd& v) { return {v.data(), v.data() + v.size()}; }
ld sum(const std::vector<ld>& v) { return std::accumulate(v.begin(), v.end(), ld{0}); }
ld dot(const std::vector<ld>& a, const std::vector<ld>& b) {
  ld s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

/// Whether the data sit in the corner checked_scale refuses: a weighted total below 2⁻⁹⁹⁰ of
/// largest value × largest weight (the refusal is at 2⁻¹⁰⁰⁰; the margin absorbs rounding).
bool underweighted(const sample& s) {
  const auto x = wide(s.x), w = wide(s.w);
  return dot(x, w) / (ld(s.x.maxCoeff()) * ld(s.w.maxCoeff())) < std::ldexp(ld{1}, -990);
}

ld ref_gini(const sample& s) {
  const auto x = wide(s.x), w = wide(s.w);
  ld d = 0;
  for (std::size_t i = 0; i < x.size(); ++i)
    for (std::size_t j = 0; j < x.size(); ++j) d += w[i] * w[j] * std::fabs(x[i] - x[j]);
  return d / (2 * sum(w) * dot(x, w));
}

ld ref_theil(const sample& s) {
  const auto x = wide(s.x), w = wide(s.w);
  const ld total = dot(x, w), mean = total / sum(w);
  ld t = 0;
  for (std::size_t i = 0; i < x.size(); ++i) t += w[i] * x[i] / total * std::log(x[i] / mean);
  return t;
}

ld ref_mld(const sample& s) {
  const auto x = wide(s.x), w = wide(s.w);
  const ld mean = dot(x, w) / sum(w);
  ld l = 0;
  for (std::size_t i = 0; i < x.size(); ++i) l += w[i] / sum(w) * std::log(mean / x[i]);
  return l;
}

ld ref_cv(const sample& s) {
  const auto x = wide(s.x), w = wide(s.w);
  const ld mean = dot(x, w) / sum(w);
  ld v = 0;
  for (std::size_t i = 0; i < x.size(); ++i) v += w[i] * (x[i] - mean) * (x[i] - mean);
  return std::sqrt(v / sum(w)) / mean;
}

ld ref_atkinson(const sample& s, ld epsilon) {
  const auto x = wide(s.x), w = wide(s.w);
  const ld mean = dot(x, w) / sum(w);
  ld m = 0;
  if (epsilon == 1) {
    for (std::size_t i = 0; i < x.size(); ++i) m += w[i] / sum(w) * std::log(x[i] / mean);
    return 1 - std::exp(m);
  }
  for (std::size_t i = 0; i < x.size(); ++i) m += w[i] / sum(w) * std::pow(x[i] / mean, 1 - epsilon);
  return 1 - std::pow(m, 1 / (1 - epsilon));
}

/// The share held by the poorest (or, `from_top`, the richest) fraction p, units split at the
/// boundary, in long double.
ld ref_end_share(const sample& s, ld p, bool from_top) {
  std::vector<std::size_t> order(static_cast<std::size_t>(s.x.size()));
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return s.x[static_cast<Eigen::Index>(a)] < s.x[static_cast<Eigen::Index>(b)];
  });
  if (from_top) std::reverse(order.begin(), order.end());
  const auto x = wide(s.x), w = wide(s.w);
  const ld target = p * sum(w), total = dot(x, w);
  ld people = 0, income = 0;
  for (const std::size_t i : order) {
    if (people + w[i] >= target) return (income + (target - people) * x[i]) / total;
    people += w[i];
    income += w[i] * x[i];
  }
  return 1;
}

// ---- Checks -----------------------------------------------------------------------------------

/// `got` is finite and within `rel` of `want` relatively, or within `abs` absolutely (indices near
/// 0 are differences of nearly equal terms, where only an absolute bound is meaningful).
void require_close(double got, ld want, double rel, double abs, const std::string& what) {
  INFO(what << ": got " << got << ", long-double reference " << static_cast<double>(want));
  REQUIRE(std::isfinite(got));
  // A result among the subnormals cannot carry relative precision; one rounding is allowed.
  CHECK(std::fabs(ld(got) - want) <=
        std::max({ld(abs), ld(rel) * std::fabs(want), ld(std::numeric_limits<double>::denorm_min())}));
}

/// Runs `f`; a value_error is acceptable only when `allowed` says the data are in the documented
/// refusal; the result must then match `want`.
void finite_or_documented(const std::function<double()>& f, ld want, bool allowed, double rel,
                          double abs, const std::string& what) {
  double got = 0;
  try {
    got = f();
  } catch (const prosper::value_error& e) {
    INFO(what << " refused: " << e.what());
    CHECK(allowed);
    return;
  }
  require_close(got, want, rel, abs, what);
}

std::string describe(const sample& s) {
  std::string out = "x = {";
  for (Eigen::Index i = 0; i < s.x.size(); ++i)
    out += prosper::detail::checks::num(s.x[i]) + (i + 1 < s.x.size() ? ", " : "}");
  out += ", w = {";
  for (Eigen::Index i = 0; i < s.w.size(); ++i)
    out += prosper::detail::checks::num(s.w[i]) + (i + 1 < s.w.size() ? ", " : "}");
  return out;
}

}  // namespace

// ---- inequality/*.hpp ---------------------------------------------------------------------------

TEST_CASE("gini, theil_t, mld, CV, Atkinson and GE(2) are finite and match long double at the edges",
          "[edges][inequality]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  for (const sample& s : samples(20261202, 400)) {
    INFO(describe(s));
    const bool refused = underweighted(s);
    finite_or_documented([&] { return pi::gini(s.x, s.w); }, ref_gini(s), refused, 1e-12, 1e-15,
                         "gini");
    finite_or_documented([&] { return pi::theil_t(s.x, s.w); }, ref_theil(s), refused, 1e-11,
                         1e-13, "theil_t");
    finite_or_documented([&] { return pi::mld(s.x, s.w); }, ref_mld(s), refused, 1e-11, 1e-13,
                         "mld");
    finite_or_documented([&] { return pi::coefficient_of_variation(s.x, s.w); }, ref_cv(s),
                         refused, 1e-12, 1e-15, "coefficient_of_variation");
    finite_or_documented([&] { return pi::atkinson(s.x, s.w, 0.5); }, ref_atkinson(s, 0.5L),
                         refused, 1e-11, 1e-13, "atkinson(0.5)");
    finite_or_documented([&] { return pi::atkinson(s.x, s.w, 1.0); }, ref_atkinson(s, 1.0L),
                         refused, 1e-11, 1e-13, "atkinson(1)");
    // GE(2) = CV²/2 can itself exceed the double range (one value 1e300 times the mean carrying
    // weight 1e-300): then the documented value_error "overflows the double range".
    const ld cv = ref_cv(s);
    const ld ge2 = cv * cv / 2;
    finite_or_documented([&] { return pi::generalised_entropy(s.x, s.w, 2.0); }, ge2,
                         refused || ge2 > ld(DBL_MAX) / 4, 1e-11, 1e-13, "generalised_entropy(2)");
  }
}

TEST_CASE("the unweighted indices are finite for values from subnormals to 1.7e308",
          "[edges][inequality]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  for (const sample& t : samples(7, 300)) {
    const sample s{t.x, VectorXd::Ones(t.x.size())};
    INFO(describe(s));
    require_close(pi::gini(s.x), ref_gini(s), 1e-12, 1e-15, "gini");
    const ld n = static_cast<ld>(s.x.size());
    require_close(pi::gini(s.x, pi::gini_correction::finite_sample), ref_gini(s) * n / (n - 1),
                  1e-12, 1e-15, "gini finite-sample");
    require_close(pi::theil_t(s.x), ref_theil(s), 1e-11, 1e-13, "theil_t");
    require_close(pi::mld(s.x), ref_mld(s), 1e-11, 1e-13, "mld");
    require_close(pi::coefficient_of_variation(s.x), ref_cv(s), 1e-12, 1e-15, "CV");
    CHECK(std::isfinite(pi::gini_standard_error(s.x)));
    require_close(pi::lorenz_share(s.x, 0.5), ref_end_share(s, 0.5L, false), 1e-12, 1e-15,
                  "lorenz_share(0.5)");
  }
}

TEST_CASE("values and weights near 1e308 give the Gini of the same data at ordinary scale",
          "[edges][inequality]") {
  // Scale-freedom, exactly: multiplying by a power of two changes no rounding, so the result at
  // 1e308 must equal the one at 1 bit for bit (it was NaN, from Σwx = ∞).
  const VectorXd x{{1.0, 2.0, 3.0, 4.0, 10.0}};
  const VectorXd w{{2.0, 1.0, 1.0, 3.0, 0.5}};
  const double big = std::ldexp(1.0, 1020);  // ≈ 1.1e307; Σ wx at this scale is ∞ in double
  CHECK(pi::gini(x * big, w) == pi::gini(x, w));
  CHECK(pi::gini(x, w * big) == pi::gini(x, w));
  CHECK(pi::gini(x * big, w * big) == pi::gini(x, w));
  CHECK(pi::theil_t(x * big, w * big) == Approx(pi::theil_t(x, w)).epsilon(1e-14));
  CHECK(pi::mld(x * big, w * big) == Approx(pi::mld(x, w)).epsilon(1e-14));
  CHECK(pi::gini(VectorXd{{1e308, 1.7e308}}) == Approx(0.7 / 2.7 / 2).epsilon(1e-14));
  const double tiny = std::ldexp(1.0, -1060);  // subnormal
  CHECK(pi::gini(x * tiny, w) == pi::gini(x, w));
  CHECK(pi::gini(VectorXd{{5e-324, 1e-323}}) == Approx(1.0 / 6.0).epsilon(1e-15));
}

TEST_CASE("theil and MLD decompositions keep between + within equal to the whole at the edges",
          "[edges][inequality]") {
  for (const sample& s : samples(42, 200)) {
    if (underweighted(s)) continue;
    INFO(describe(s));
    std::vector<int> groups;
    for (Eigen::Index i = 0; i < s.x.size(); ++i) groups.push_back(static_cast<int>(i % 2));
    const auto t = pi::theil_t_decomposition(s.x, groups, s.w);
    REQUIRE(std::isfinite(t.total));
    CHECK(t.total == Approx(pi::theil_t(s.x, s.w)).epsilon(1e-9).margin(1e-12));
    const auto m = pi::mld_decomposition(s.x, groups, s.w);
    REQUIRE(std::isfinite(m.total));
    CHECK(m.total == Approx(pi::mld(s.x, s.w)).epsilon(1e-9).margin(1e-12));
  }
}

TEST_CASE("lorenz_share is finite and correct for large values instead of 0", "[edges][inequality]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  // It was 0 for every p once Σ wx overflowed to ∞.
  CHECK(pi::lorenz_share(VectorXd{{1e308, 1.5e308}}, 0.5) == Approx(0.4).epsilon(1e-15));
  for (const sample& s : samples(11, 300)) {
    INFO(describe(s));
    for (const double p : {1e-12, 0.1, 0.4, 0.5, 0.9, 1.0 - 1e-12}) {
      finite_or_documented([&] { return pi::lorenz_share(s.x, s.w, p); },
                           ref_end_share(s, p, false), underweighted(s), 1e-10, 1e-14,
                           "lorenz_share(" + std::to_string(p) + ")");
    }
  }
}

TEST_CASE("share_ratio and palma are finite and correct, or refused when the bottom holds nothing "
          "representable",
          "[edges][inequality]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  for (const sample& s : samples(13, 300)) {
    INFO(describe(s));
    const ld want = ref_end_share(s, 0.1L, true) / ref_end_share(s, 0.4L, false);
    // Refused when the ratio is beyond the double range, or the poorest 40 % hold less than
    // the scaled total resolves.
    const bool allowed = underweighted(s) || !(want < ld(DBL_MAX) / 2) ||
                         ref_end_share(s, 0.4L, false) < std::ldexp(ld{1}, -1000);
    finite_or_documented([&] { return pi::palma(s.x, s.w); }, want, allowed, 1e-9, 0,
                         "palma");
  }
}

TEST_CASE("gini_grouped is finite for group totals near 1e308 and below 1e-300",
          "[edges][inequality]") {
  const VectorXd pop{{1, 1, 1, 1, 1}};
  const VectorXd income{{8.1, 11.5, 20.0, 22.8, 37.6}};
  const double g = pi::gini_grouped(pop, income);
  CHECK(g == Approx(0.2812).epsilon(1e-3));
  CHECK(pi::gini_grouped(pop * 1e308, income) == Approx(g).epsilon(1e-14));
  CHECK(pi::gini_grouped(pop, income * 1e306) == Approx(g).epsilon(1e-14));
  CHECK(pi::gini_grouped(pop * 1e-310, income * 1e-310) == Approx(g).epsilon(1e-12));
}

TEST_CASE("sigma_from_gini is finite and inverts gini_from_sigma up to 1 − 2⁻⁵³",
          "[edges][inequality][lognormal]") {
  namespace ln = pi::lognormal;
  // It was NaN at 0.9999999999999999: (1 + G)/2 rounded to 1 and Φ⁻¹(1) = ∞.
  for (const double g : {5e-324, 1e-300, 1e-12, 0.3, 0.5, 0.9, 0.999999, 1.0 - 1e-15,
                         0.9999999999999999, std::nextafter(1.0, 0.0)}) {
    INFO("G = " << g);
    const double sigma = ln::sigma_from_gini(g);
    REQUIRE(std::isfinite(sigma));
    CHECK(sigma > 0);
    CHECK(ln::gini_from_sigma(sigma) == Approx(g).epsilon(4e-16).margin(0));
    CHECK(std::isfinite(ln::lorenz(g, 0.5)));
  }
  // σ = 2·erf⁻¹(G): erf⁻¹(1 − 2⁻⁵³) = 5.8635847…, so σ ≈ 11.727 (Boost.Math, 50 digits).
  CHECK(ln::sigma_from_gini(0.9999999999999999) == Approx(11.727169497510335).epsilon(1e-14));
  CHECK_THROWS_AS(ln::sigma_from_gini(1.0), prosper::argument_error);
}

// ---- ratio/max_min.hpp --------------------------------------------------------------------------

TEST_CASE("max_to_mean and mean_to_min are finite and correct, or refused beyond the double range",
          "[edges][ratio]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  for (const sample& s : samples(17, 400)) {
    INFO(describe(s));
    const auto x = wide(s.x), w = wide(s.w);
    const ld mean = dot(x, w) / sum(w);
    const ld up = ld(s.x.maxCoeff()) / mean, down = mean / ld(s.x.minCoeff());
    const bool refused = underweighted(s);
    finite_or_documented([&] { return pr::max_to_mean(s.x, s.w); }, up,
                         refused || !(up < ld(DBL_MAX) / 2), 1e-12, 0, "max_to_mean");
    finite_or_documented([&] { return pr::mean_to_min(s.x, s.w); }, down,
                         refused || !(down < ld(DBL_MAX) / 2), 1e-12, 0, "mean_to_min");
    const ld mm = ld(s.x.maxCoeff()) / ld(s.x.minCoeff());
    finite_or_documented([&] { return pr::max_min_ratio(s.x); }, mm, !(mm < ld(DBL_MAX)), 1e-15,
                         0, "max_min_ratio");
  }
  // Weights near 1e308 made the weighted mean ∞/∞ = NaN.
  CHECK(pr::max_to_mean(VectorXd{{1, 2}}, VectorXd{{3e307, 1e307}}) == Approx(1.6).epsilon(1e-15));
  CHECK_THROWS_AS(pr::max_min_ratio(VectorXd{{1e308, 1e-10}}), prosper::value_error);
}

TEST_CASE("population_extremes_ratio is right for tiny shares, where 1 − L(1 − p) cancelled",
          "[edges][ratio]") {
  // Equal weights, values 1, 2, 4: the richest and poorest 1e-12 of the population are inside the
  // top and bottom regions, so the ratio is max/min = 4 for every share up to 1/3.
  const VectorXd x{{1, 2, 4}};
  const VectorXd w{{1, 1, 1}};
  for (const double share : {1e-300, 1e-16, 1e-12, 1e-6, 0.01, 1.0 / 3})
    CHECK(pr::population_extremes_ratio(x, w, share) == Approx(4.0).epsilon(1e-12));
  if (!wide_long_double) return;
  for (const sample& s : samples(19, 300)) {
    INFO(describe(s));
    for (const double share : {1e-12, 0.2}) {
      const ld want = ref_end_share(s, share, true) / ref_end_share(s, share, false);
      const bool allowed = underweighted(s) || !(want < ld(DBL_MAX) / 2) ||
                           ref_end_share(s, share, false) < std::ldexp(ld{1}, -1000);
      finite_or_documented([&] { return pr::population_extremes_ratio(s.x, s.w, share); }, want,
                           allowed, 1e-9, 0, "population_extremes_ratio");
    }
  }
}

// ---- math/compounding.hpp and math/required_change.hpp ------------------------------------------

TEST_CASE("compound rates between extreme levels are finite and exact, or refused as too short",
          "[edges][math]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  std::mt19937_64 rng(23);
  for (int k = 0; k < 2000; ++k) {
    const double base = extreme(rng), target = extreme(rng);
    const double years = std::vector<double>{1e-6, 0.5, 1.0, 3.0, 100.0, 1e9}[static_cast<std::size_t>(k % 6)];
    INFO(base << " → " << target << " over " << years << " years");
    const ld want = std::expm1(std::log(ld(target) / ld(base)) / ld(years));
    // Refused (value_error) when the rate is beyond the double range or rounds to −100 %.
    const bool allowed = !(want < ld(DBL_MAX)) || !(want > -1 + ld(DBL_EPSILON));
    finite_or_documented([&] { return pm::required_cagr(base, target, years); }, want, allowed,
                         1e-13, 0, "required_cagr");
    finite_or_documented([&] { return pm::compound_rate(base, target, years); }, want, allowed,
                         1e-13, 0, "compound_rate");
    const ld step = (ld(target) - ld(base)) / ld(years);
    finite_or_documented([&] { return pm::required_linear_step(base, target, years); }, step,
                         !(std::fabs(step) < ld(DBL_MAX)), 1e-15, 0, "required_linear_step");
    finite_or_documented([&] { return pm::required_linear_step(-base, target, years); },
                         (ld(target) + ld(base)) / ld(years),
                         !((ld(target) + ld(base)) / ld(years) < ld(DBL_MAX)), 1e-15, 0,
                         "required_linear_step of opposite signs");
  }
}

TEST_CASE("growth factors and implied rates are finite and correct, or refused as overflowing",
          "[edges][math]") {
  if (!wide_long_double) {
    WARN("long double is no wider than double here: the references need its range");
    return;
  }
  using pm::compounding;
  std::mt19937_64 rng(29);
  for (int k = 0; k < 1000; ++k) {
    const double rate = extreme(rng) * (k % 2 ? 1.0 : 1e-300);  // from subnormal to 1.7e308
    const double years = extreme(rng);
    INFO("rate " << rate << ", years " << years);
    const ld simple = 1 + ld(rate) * ld(years);
    finite_or_documented([&] { return pm::growth_factor(rate, years, compounding::simple); },
                         simple, !(simple < ld(DBL_MAX)), 1e-15, 0, "growth_factor simple");
    const ld continuous = std::exp(ld(rate) * ld(years));
    finite_or_documented([&] { return pm::growth_factor(rate, years, compounding::continuous); },
                         continuous, !(continuous < ld(DBL_MAX)), 1e-12, 0,
                         "growth_factor continuous");
    const ld compounded = std::exp(ld(years) * std::log1p(ld(rate)));
    finite_or_documented([&] { return pm::compound_factor(rate, years); }, compounded,
                         !(compounded < ld(DBL_MAX)), 1e-12, 0, "compound_factor");
    const double factor = extreme(rng);
    const ld implied = (ld(factor) - 1) / ld(years);
    finite_or_documented([&] { return pm::implied_rate(factor, years, compounding::simple); },
                         implied, !(std::fabs(implied) < ld(DBL_MAX)), 1e-15, 0,
                         "implied_rate simple");
    const ld log_rate = std::log(ld(factor)) / ld(years);
    finite_or_documented([&] { return pm::implied_rate(factor, years, compounding::continuous); },
                         log_rate, !(std::fabs(log_rate) < ld(DBL_MAX)), 1e-14, 1e-300,
                         "implied_rate continuous");
  }
}

TEST_CASE("paths, years to reach and elapsed shares stay finite at the edges", "[edges][math]") {
  using prosper::growth_path;
  // A linear path between −1e308 and 1e308: the difference overflowed to ∞ at every year.
  CHECK(pm::expected_on_path(growth_path::linear, {2022, -1e308}, {2024, 1e308}, 2023) == 0.0);
  CHECK(pm::expected_on_path(growth_path::linear, {2022, -1.5e308}, {2025, 1.5e308}, 2025) ==
        Approx(1.5e308).epsilon(1e-15));
  CHECK(pm::required_linear_step(-1e308, 1e308, 4.0) == Approx(5e307).epsilon(1e-15));
  CHECK(pm::years_to_reach_linear(-1e308, 1e308, 1e308) == Approx(2.0).epsilon(1e-15));
  CHECK_THROWS_AS(pm::required_linear_step(-1e308, 1e308, 0.5), prosper::value_error);
  CHECK(pm::expected_on_path(growth_path::geometric, {2022, 1e-300}, {2024, 1e300}, 2023) ==
        Approx(1.0).epsilon(1e-13));
  CHECK_THROWS_AS(pm::expected_on_path(growth_path::geometric, {2022, 1e-300}, {2024, 1e300}, 2030),
                  prosper::value_error);
  CHECK(pm::years_to_reach(5e-324, 1.7e308, 1e300).has_value());
  // Years INT_MIN .. INT_MAX: the span is 2³² − 1 years, not a wrapped −1.
  constexpr int first = std::numeric_limits<int>::min(), last = std::numeric_limits<int>::max();
  CHECK(pm::elapsed_share(first, last, 0.0) == Approx(0.5).epsilon(1e-9));
  CHECK(pm::required_cagr({first, 1.0}, {last, 2.0}) > 0);
  CHECK(pm::required_linear_step({first, 0.0}, {last, 4294967295.0}) == 1.0);
}
