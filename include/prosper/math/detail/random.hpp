#pragma once
// Seeded random draws that are the same, bit for bit, on every conforming compiler.
//
// The C++ standard fixes the output of std::mt19937_64 ([rand.predef]: its 10000th value from the
// default seed is 9981545732273789042) but not the algorithms of std::uniform_real_distribution,
// std::normal_distribution or std::gamma_distribution, which differ between libstdc++, libc++ and
// the MSVC library. So every transform from the raw 64-bit words to a number is written here, and
// uses only +, −, ×, ÷, sqrt (correctly rounded by IEEE 754) and frexp/ldexp (exact); the
// logarithm and the exponential are this file's own polynomials rather than std::log and std::exp,
// whose last bit is up to each maths library. The draws are then reproducible on any IEEE-754
// machine whose compiler does not fuse a·b + c into one rounding (the x86-64 default; on AArch64
// build with -ffp-contract=off).
//
// Methods: uniforms from the top 53 bits; normals by Marsaglia's polar method (Marsaglia & Bray
// 1964, "A convenient method for generating normal variables", SIAM Review 6(3)); gammas by
// Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM Transactions on
// Mathematical Software 26(3), 363–372, with their U^(1/a) boost for shapes below 1; integers in
// [0, n) by rejection, so that no index is favoured.

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace prosper::detail::rng {

/// The seed of prosper's Monte Carlo and bootstrap functions when none is given.
inline constexpr std::uint64_t default_seed = 20240817;

/// ln 2 split so that k·ln2_hi is exact for |k| < 2¹¹ (Cody & Waite's reduction).
inline constexpr double ln2_hi = 6.93147180369123816490e-01;
inline constexpr double ln2_lo = 1.90821492927058770002e-10;

/// The natural logarithm of a finite x > 0, from arithmetic alone: x = m·2^e with m in
/// [√½, √2), ln m = 2 atanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.1716, summed to s²⁵ (the next
/// term is below 2⁻⁶⁰ of the sum). Accurate to about one unit in the last place.
inline double log(double x) noexcept {
  int e = 0;
  double m = std::frexp(x, &e);  // x = m·2^e, m in [0.5, 1)
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    e -= 1;
  }
  const double s = (m - 1.0) / (m + 1.0);
  const double z = s * s;
  // 2·atanh(s) = 2s·(1 + z/3 + z²/5 + … + z¹²/25), in Horner form.
  double p = 1.0 / 25.0;
  for (int k = 11; k >= 0; --k) p = 1.0 / (2 * k + 1) + z * p;
  const double ln_m = 2.0 * s * p;
  const double de = static_cast<double>(e);
  return de * ln2_hi + (de * ln2_lo + ln_m);
}

/// e^x from arithmetic alone: x = k·ln 2 + r with |r| ≤ ½ ln 2, e^r by its Taylor series to r¹⁵,
/// then scaled by 2^k. Returns 0 below −745 and +∞ above 709.79 (the double range).
inline double exp(double x) noexcept {
  if (x < -745.2) return 0.0;
  if (x > 709.78) return std::numeric_limits<double>::infinity();
  const double k = std::nearbyint(x / 0.69314718055994530942);
  const double r = (x - k * ln2_hi) - k * ln2_lo;
  double p = 1.0;
  for (int n = 15; n >= 1; --n) p = 1.0 + r * p / n;
  return std::ldexp(p, static_cast<int>(k));
}

/// A seeded stream of draws on std::mt19937_64.
class stream {
 public:
  explicit stream(std::uint64_t seed) : engine_(seed) {}

  /// The next raw 64-bit word.
  std::uint64_t bits() { return engine_(); }

  /// A uniform draw strictly inside (0, 1): the top 53 bits, centred in their cell, so that
  /// neither 0 nor 1 (whose logarithms are infinite) can come out.
  double uniform() { return (static_cast<double>(engine_() >> 11) + 0.5) * 0x1.0p-53; }

  /// A uniform integer in [0, n), n ≥ 1, without modulo bias.
  std::uint64_t index(std::uint64_t n) {
    // The largest multiple of n that fits; words at or above it are redrawn.
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return x % n;
  }

  /// A standard normal draw (Marsaglia's polar method; the second value of each pair is kept for
  /// the next call).
  double normal() {
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    double u = 0.0, v = 0.0, s = 0.0;
    do {
      u = 2.0 * uniform() - 1.0;
      v = 2.0 * uniform() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * rng::log(s) / s);
    spare_ = v * f;
    has_spare_ = true;
    return u * f;
  }

  /// A Gamma(shape, 1) draw, shape > 0 (Marsaglia & Tsang 2000).
  double gamma(double shape) {
    if (shape < 1.0) {
      // Gamma(a) = Gamma(a + 1)·U^(1/a) (Marsaglia & Tsang, §6).
      const double g = gamma(shape + 1.0);
      return g * rng::exp(rng::log(uniform()) / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
      double x = 0.0, v = 0.0;
      do {
        x = normal();
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      const double u = uniform();
      const double x2 = x * x;
      if (u < 1.0 - 0.0331 * x2 * x2) return d * v;
      if (rng::log(u) < 0.5 * x2 + d * (1.0 - v + rng::log(v))) return d * v;
    }
  }

  /// A chi-square draw with `df` > 0 degrees of freedom: 2·Gamma(df/2).
  double chi_square(double df) { return 2.0 * gamma(0.5 * df); }

 private:
  std::mt19937_64 engine_;
  double spare_ = 0.0;
  bool has_spare_ = false;
};

}  // namespace prosper::detail::rng
