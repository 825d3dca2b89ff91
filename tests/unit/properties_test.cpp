// Property tests: laws the math must obey for every input, checked on inputs drawn by Catch2
// generators from fixed seeds (so a failure reproduces exactly, whatever --rng-seed says).
//
// - compounding: growth_factor ∘ implied_rate and implied_rate ∘ growth_factor are the identity;
// - math::assess: more progress never gives a worse status, for every method and direction;
// - ratio::minimum_uplift: the uplifted values meet the max/min bound and no smaller uplift does;
// - inequality: Gini ∈ [0, 1), Theil T ≥ 0, MLD ≥ 0, decomposition terms ≥ 0 and summing to the
//   whole;
// - units: power-of-ten conversions (prosper::quantity and the runtime registry) are exact where
//   binary floating point allows it, and within one ulp everywhere else; a printed decimal (at
//   most 15 significant digits) comes back exactly (docs/reliability.md, F1).
#include <Eigen/Core>
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/io/number.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/quantity.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace {

namespace gen = Catch::Generators;

// ---- Seeded generators -------------------------------------------------------------------------

/// Draws from `draw(rng)` with its own std::mt19937_64 seeded by `seed`.
template <class T, class Draw>
class seeded_generator final : public gen::IGenerator<T> {
 public:
  seeded_generator(std::uint64_t seed, Draw draw) : rng_(seed), draw_(std::move(draw)) {
    current_ = draw_(rng_);
  }
  const T& get() const override { return current_; }
  bool next() override {
    current_ = draw_(rng_);
    return true;
  }

 private:
  std::mt19937_64 rng_;
  Draw draw_;
  T current_;
};

template <class T, class Draw>
gen::GeneratorWrapper<T> seeded(std::uint64_t seed, Draw draw) {
  return gen::GeneratorWrapper<T>(
      std::make_unique<seeded_generator<T, Draw>>(seed, std::move(draw)));
}

/// Uniform in [lo, hi].
gen::GeneratorWrapper<double> uniform(std::uint64_t seed, double lo, double hi) {
  return seeded<double>(seed, [lo, hi](std::mt19937_64& g) {
    return std::uniform_real_distribution<double>(lo, hi)(g);
  });
}

/// Log-uniform in [lo, hi] (lo > 0): every order of magnitude equally likely.
gen::GeneratorWrapper<double> log_uniform(std::uint64_t seed, double lo, double hi) {
  return seeded<double>(seed, [lo, hi](std::mt19937_64& g) {
    return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(g));
  });
}

/// Vectors of 2..max_size log-uniform values in [lo, hi]; with `zeros`, about one value in six
/// is 0.
gen::GeneratorWrapper<std::vector<double>> vectors(std::uint64_t seed, int max_size, double lo,
                                                   double hi, bool zeros = false) {
  return seeded<std::vector<double>>(seed, [=](std::mt19937_64& g) {
    const int n = std::uniform_int_distribution<int>(2, max_size)(g);
    std::vector<double> v(static_cast<std::size_t>(n));
    for (double& x : v) {
      x = std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(g));
      if (zeros && std::uniform_int_distribution<int>(0, 5)(g) == 0) x = 0.0;
    }
    return v;
  });
}

Eigen::VectorXd eigen(const std::vector<double>& v) {
  return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

double ulp(double x) {
  x = std::fabs(x);
  return std::nextafter(x, std::numeric_limits<double>::infinity()) - x;
}

// ---- Compounding -------------------------------------------------------------------------------

TEST_CASE("growth_factor undoes implied_rate, for every convention", "[properties][compounding]") {
  const double factor = GENERATE(take(150, log_uniform(101, 1e-3, 1e3)));
  const double years = GENERATE(take(4, uniform(102, 0.25, 40.0)));
  const auto [c, frequency] =
      GENERATE(table<prosper::math::compounding, int>({{prosper::math::compounding::simple, 1},
                                                 {prosper::math::compounding::compounded, 1},
                                                 {prosper::math::compounding::compounded, 4},
                                                 {prosper::math::compounding::compounded, 12},
                                                 {prosper::math::compounding::continuous, 1}}));
  INFO("factor " << factor << ", years " << years << ", convention " << static_cast<int>(c)
                 << ", frequency " << frequency);
  const double rate = prosper::math::implied_rate(factor, years, c, frequency);
  REQUIRE(std::isfinite(rate));
  const double back = prosper::math::growth_factor(rate, years, c, frequency);
  CHECK(back == Approx(factor).epsilon(1e-12));
}

TEST_CASE("implied_rate undoes growth_factor", "[properties][compounding]") {
  const double rate = GENERATE(take(150, uniform(103, -0.5, 1.0)));
  const double years = GENERATE(take(4, uniform(104, 0.25, 30.0)));
  const auto [c, frequency] =
      GENERATE(table<prosper::math::compounding, int>({{prosper::math::compounding::simple, 1},
                                                 {prosper::math::compounding::compounded, 1},
                                                 {prosper::math::compounding::compounded, 12},
                                                 {prosper::math::compounding::continuous, 1}}));
  INFO("rate " << rate << ", years " << years << ", convention " << static_cast<int>(c));
  const double factor = prosper::math::growth_factor(rate, years, c, frequency);
  const double back = prosper::math::implied_rate(factor, years, c, frequency);
  CHECK(back == Approx(rate).margin(1e-12).epsilon(1e-10));
}

// ---- Assessment monotonicity -------------------------------------------------------------------

int rank(prosper::progress_status s) {
  using prosper::progress_status;
  switch (s) {
    case progress_status::achieved: return 5;
    case progress_status::on_track: return 4;
    case progress_status::moderate_progress: return 3;
    case progress_status::insufficient_progress: return 2;
    case progress_status::moving_away: return 1;
    case progress_status::not_assessable: return 0;
  }
  return 0;
}

TEST_CASE("more progress never gives a worse status", "[properties][assess]") {
  using prosper::assessment_method;
  using prosper::direction;
  using prosper::target_kind;
  const auto method = GENERATE(assessment_method::eurostat, assessment_method::statcan,
                               assessment_method::sdsn, assessment_method::escap,
                               assessment_method::nbs);
  const auto [dir, kind] = GENERATE(table<direction, target_kind>(
      {{direction::higher_is_better, target_kind::point},
       {direction::higher_is_better, target_kind::at_least},
       {direction::lower_is_better, target_kind::point},
       {direction::lower_is_better, target_kind::at_most}}));
  const double base = GENERATE(take(12, log_uniform(105, 0.5, 200.0)));
  // The target lies ahead of the base or, one time in four, behind it (a threshold check).
  const double ahead = GENERATE(take(4, uniform(106, -0.25, 0.75)));
  const bool up = dir == direction::higher_is_better;
  const double target = base * (up ? 1.0 + ahead : 1.0 / (1.0 + ahead));
  const int current_year = GENERATE(2021, 2023, 2025);

  const prosper::math::milestone g{2025, kind, target};
  INFO(to_string(method) << ", " << prosper::to_string(dir) << ", " << prosper::to_string(kind)
                         << ": base " << base << " (2020), target " << target
                         << " (2025), current year " << current_year);
  // Current values from far behind to far beyond the target, in the order of more progress.
  std::vector<double> values;
  for (int k = 0; k <= 80; ++k) values.push_back(base * std::pow(10.0, (k - 40) / 40.0));
  values.push_back(target);
  values.push_back(base);
  std::sort(values.begin(), values.end());
  if (!up) std::reverse(values.begin(), values.end());

  int last = 0;
  double last_value = 0.0;
  for (const double x : values) {
    const std::vector<prosper::math::observation> series{{current_year, x}};
    const auto a = prosper::math::assess(g, {2020, base}, series, dir, method);
    INFO("current " << x << ": " << to_string(a.status) << " (" << a.reason << a.basis
                    << "); previous value " << last_value);
    // Positive values and a later target year leave every method a verdict.
    REQUIRE(a.status != prosper::progress_status::not_assessable);
    CHECK(rank(a.status) >= last);
    last = rank(a.status);
    last_value = x;
  }
}

// ---- Minimum uplift ----------------------------------------------------------------------------

TEST_CASE("the minimum uplift meets the max/min bound and no smaller uplift does",
          "[properties][max_min]") {
  const std::vector<double> x = GENERATE(take(300, vectors(107, 12, 0.1, 1e4)));
  const double bound = GENERATE(take(3, uniform(108, 1.0, 3.0)));
  const Eigen::VectorXd v = eigen(x);
  INFO("values " << v.transpose() << ", bound " << bound);
  const Eigen::VectorXd u = prosper::ratio::minimum_uplift(v, bound);
  REQUIRE(u.size() == v.size());
  const Eigen::VectorXd after = v + u;
  CHECK(u.minCoeff() >= 0.0);
  CHECK(after.maxCoeff() == v.maxCoeff());  // the top is never raised
  // Meets the bound, up to the rounding of one subtraction and one addition.
  CHECK(after.maxCoeff() / after.minCoeff() <= bound * (1 + 4 * std::numeric_limits<double>::epsilon()));
  for (Eigen::Index i = 0; i < v.size(); ++i) {
    if (u[i] == 0.0) {
      CHECK(v[i] * bound >= v.maxCoeff() * (1 - 4 * std::numeric_limits<double>::epsilon()));
      continue;
    }
    // Any smaller raise of region i breaks the bound.
    Eigen::VectorXd less = after;
    less[i] -= std::max(1e-9 * after[i], 4 * ulp(after[i]));
    INFO("region " << i);
    CHECK(less.maxCoeff() / less.minCoeff() > bound);
  }
}

// ---- Inequality --------------------------------------------------------------------------------

TEST_CASE("Gini lies in [0, 1), Theil T and MLD are never negative", "[properties][inequality]") {
  const std::vector<double> x = GENERATE(take(300, vectors(109, 30, 1e-2, 1e6, true)));
  const std::vector<double> w = GENERATE(take(2, vectors(110, 30, 0.1, 100.0)));
  Eigen::VectorXd v = eigen(x);
  if (v.sum() == 0) v[0] = 1.0;  // an all-zero total has no Gini
  Eigen::VectorXd weights = Eigen::VectorXd::Ones(v.size());
  for (Eigen::Index i = 0; i < v.size(); ++i) weights[i] = w[static_cast<std::size_t>(i) % w.size()];
  INFO("values " << v.transpose() << "\nweights " << weights.transpose());

  const double g = prosper::inequality::gini(v);
  CHECK(g >= 0.0);
  CHECK(g < 1.0);
  const double gw = prosper::inequality::gini(v, weights);
  CHECK(gw >= 0.0);
  CHECK(gw < 1.0);
  CHECK(prosper::inequality::theil_t(v) >= 0.0);
  CHECK(prosper::inequality::theil_t(v, weights) >= 0.0);
  if (v.minCoeff() > 0) {
    CHECK(prosper::inequality::mld(v) >= 0.0);
    CHECK(prosper::inequality::mld(v, weights) >= 0.0);
  }
  // Equal values have no inequality at all.
  const Eigen::VectorXd flat = Eigen::VectorXd::Constant(v.size(), v.maxCoeff());
  CHECK(prosper::inequality::gini(flat) == 0.0);
  CHECK(prosper::inequality::theil_t(flat) == 0.0);
}

TEST_CASE("decomposition terms are never negative and add up to the whole",
          "[properties][inequality]") {
  const std::vector<double> x = GENERATE(take(200, vectors(111, 24, 1e-1, 1e5)));
  const int groups = GENERATE(1, 2, 3, 5);
  std::mt19937_64 rng(112 + x.size());
  std::vector<int> labels(x.size());
  for (int& l : labels) l = std::uniform_int_distribution<int>(0, groups - 1)(rng);
  Eigen::VectorXd weights(static_cast<Eigen::Index>(x.size()));
  for (Eigen::Index i = 0; i < weights.size(); ++i)
    weights[i] = std::uniform_real_distribution<double>(0.5, 50.0)(rng);
  const Eigen::VectorXd v = eigen(x);
  INFO("values " << v.transpose() << "\nweights " << weights.transpose());

  const auto t = prosper::inequality::theil_t_decomposition(v, labels, weights);
  CHECK(t.between >= 0.0);
  CHECK(t.within >= 0.0);
  for (const auto& term : t.groups) CHECK(term.index >= 0.0);
  CHECK(t.total == Approx(prosper::inequality::theil_t(v, weights)).margin(1e-12).epsilon(1e-9));

  const auto l = prosper::inequality::mld_decomposition(v, labels, weights);
  CHECK(l.between >= 0.0);
  CHECK(l.within >= 0.0);
  for (const auto& term : l.groups) CHECK(term.index >= 0.0);
  CHECK(l.total == Approx(prosper::inequality::mld(v, weights)).margin(1e-12).epsilon(1e-9));
}

// ---- Unit conversions --------------------------------------------------------------------------

/// The nearest double to `mantissa` × 10^exponent, read from text as a file would be.
double decimal(long long mantissa, int exponent) {
  return prosper::io::parse_number(std::to_string(mantissa) + "e" + std::to_string(exponent));
}

/// Unit pairs whose runtime conversion factor is exactly 10^k, with k.
struct decimal_pair {
  std::string_view from, to;
  int k;
};

std::vector<decimal_pair> decimal_pairs() {
  std::vector<decimal_pair> out;
  const auto& units = prosper::units::unit_registry::instance().units();
  for (const auto& a : units) {
    for (const auto& b : units) {
      if (&a == &b || a.dimension != b.dimension || a.kind != b.kind) continue;
      const double f = prosper::units::conversion_factor_between(a.name, b.name);
      const int k = static_cast<int>(std::lround(std::log10(f)));
      if (k != 0 && (f == decimal(1, k))) out.push_back({a.name, b.name, k});
    }
  }
  return out;
}

TEST_CASE("registry: power-of-ten conversions are exact where binary floating point allows",
          "[properties][units]") {
  const auto pairs = decimal_pairs();
  REQUIRE(pairs.size() >= 20);  // 元/万元/亿元, 人/万人, fraction/%/‰, per 1000/10000 people …
  const auto n = static_cast<long long>(GENERATE(take(200, log_uniform(113, 1.0, 1e9))));
  for (const auto& p : pairs) {
    INFO(n << " " << p.from << " -> " << p.to << " (10^" << p.k << ")");
    const auto v = static_cast<double>(n);
    const double there = prosper::units::convert(v, p.from, p.to);
    // An integer scaled down is the double nearest the exact decimal quotient (72700 元 is
    // 7.27 万元 to the last bit); scaled up, it stays an integer and is exact.
    CHECK(there == decimal(n, p.k));
    if (p.k > 0 && there < 9007199254740992.0)  // below 2^53 the scaled integer is exact
      CHECK(prosper::units::convert(there, p.to, p.from) == v);
  }
}

TEST_CASE("registry: every power-of-ten conversion round-trips within one ulp",
          "[properties][units]") {
  const auto pairs = decimal_pairs();
  const double v = GENERATE(take(300, log_uniform(114, 1e-6, 1e12)));
  for (const auto& p : pairs) {
    INFO(prosper::io::format_number(v) << " " << p.from << " -> " << p.to);
    const double back =
        prosper::units::convert(prosper::units::convert(v, p.from, p.to), p.to, p.from);
    CHECK(std::fabs(back - v) <= ulp(v));
  }
}

namespace u = prosper::units;

template <class A, class B>
void check_quantity_pair(long long n, int k_a_to_b, double v) {
  using prosper::quantity;
  INFO(n << " and " << v << ": " << A::name << " <-> " << B::name);
  // Integers: exact both ways (scaled up) or nearest to the decimal (scaled down).
  const double there = quantity<B>(quantity<A>(static_cast<double>(n))).value();
  CHECK(there == decimal(n, k_a_to_b));
  if (k_a_to_b > 0) CHECK(quantity<A>(quantity<B>(there)).value() == static_cast<double>(n));
  // Anything: back within one ulp.
  const double back = quantity<A>(quantity<B>(quantity<A>(v))).value();
  CHECK(std::fabs(back - v) <= ulp(v));
}

TEST_CASE("quantity: power-of-ten conversions are exact where binary floating point allows",
          "[properties][units]") {
  const auto n = static_cast<long long>(GENERATE(take(300, log_uniform(115, 1.0, 1e9))));
  const double v = GENERATE(take(2, log_uniform(116, 1e-6, 1e12)));
  check_quantity_pair<u::wan_yuan, u::yuan>(n, 4, v);
  check_quantity_pair<u::yuan, u::wan_yuan>(n, -4, v);
  check_quantity_pair<u::yi_yuan, u::wan_yuan>(n, 4, v);
  check_quantity_pair<u::yuan, u::yi_yuan>(n, -8, v);
  check_quantity_pair<u::wan_person, u::person>(n, 4, v);
  check_quantity_pair<u::fraction, u::percent>(n, 2, v);
  check_quantity_pair<u::percent, u::per_mille>(n, 1, v);
  check_quantity_pair<u::per_mille, u::fraction>(n, -3, v);
  check_quantity_pair<u::persons_per_thousand, u::persons_per_ten_thousand>(n, 1, v);
}

// F1 (docs/reliability.md, fixed): a value printed with a few decimals, converted by a power of
// ten and back, comes back as printed. It used not to for about 4 % of 6-digit figures, e.g.
// 978371 元 → 97.8371 万元 → 978371.0000000001 元, because `value * 10^k` rounded the binary
// approximation of the decimal rather than the decimal itself; power-of-ten conversions now move
// the decimal point of the shortest decimal form (units/detail/decimal_scaling.hpp).
TEST_CASE("F1: printed decimals round-trip exactly through power-of-ten conversions",
          "[properties][units]") {
  std::mt19937_64 rng(117);
  int failures = 0;
  for (int i = 0; i < 2000; ++i) {
    const long long m = std::uniform_int_distribution<long long>(1, 999999)(rng);
    const int e = std::uniform_int_distribution<int>(-4, 4)(rng);
    const double v = decimal(m, e);
    const double yuan = prosper::quantity<u::yuan>(prosper::quantity<u::wan_yuan>(v)).value();
    const double back = prosper::quantity<u::wan_yuan>(prosper::quantity<u::yuan>(yuan)).value();
    const double reg = u::convert(u::convert(v, "万元", "元"), "元", "万元");
    if (back != v || reg != v || yuan != decimal(m, e + 4)) ++failures;
  }
  CHECK(failures == 0);
}

}  // namespace
