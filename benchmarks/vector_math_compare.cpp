// Which vector math library should carry the batch growth kernel? The same compensated kernel
//   L = log(q) + q_lo/q,  z = L/t (+ its rounding error),  r = expm1(z) + z_lo·(1 + expm1(z))
// written once per library: SLEEF 3.5 (libsleef-dev, AVX-512 and AVX2 entry points), xsimd 8.1
// (libxsimd-dev, the arch chosen at compile time) and Eigen 3.4's own packet math (which has
// vectorised log and exp for double but no log1p/expm1, so its rate is exp(z) − 1). Each is timed
// on 10⁶ rates and its error is counted against the scalar long-double kernel
// (detail::growth::rate_unchecked) and, on 10⁴ of them, against 50-digit arithmetic.
// The first rows use one formula for every library (plain divisions); "as shipped" is prosper's
// kernel. Built with -march=native (the libraries pick their instruction set from it); run:
//   build-perf/bin/vector_math_compare
#include <algorithm>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

#include <Eigen/Core>

#include "prosper/math/compounding.hpp"
#include "prosper/math/detail/vector_growth.hpp"

#ifdef PROSPER_COMPARE_SLEEF
#include <sleef.h>
#endif
#ifdef PROSPER_COMPARE_XSIMD
#include <xsimd/xsimd.hpp>
#endif

namespace {
using vec = std::vector<double>;

double ulps(double a, double b) {  // distance in units of the last place of b
  if (a == b) return 0;
  const double u = std::nextafter(std::abs(b), INFINITY) - std::abs(b);
  return std::abs(a - b) / u;
}

// Reference: the rate in 50 decimal digits.
double exact_rate(double f, double s, double t) {
  using big = boost::multiprecision::cpp_bin_float_50;
  const big q = big(s) / big(f);
  return static_cast<double>(boost::multiprecision::expm1(boost::multiprecision::log(q) / big(t)));
}

#ifdef PROSPER_COMPARE_SLEEF
void sleef8(const double* f, const double* s, double t, double* out, std::size_t n) {
  const __m512d tv = _mm512_set1_pd(t), one = _mm512_set1_pd(1.0);
  for (std::size_t i = 0; i < n; i += 8) {
    const __m512d a = _mm512_loadu_pd(f + i), b = _mm512_loadu_pd(s + i);
    const __m512d q = _mm512_div_pd(b, a);
    const __m512d qlo = _mm512_div_pd(_mm512_fnmadd_pd(q, a, b), a);
    const __m512d lh = Sleef_logd8_u10(q);
    const __m512d ll = _mm512_div_pd(qlo, q);
    const __m512d z = _mm512_div_pd(lh, tv);
    const __m512d zlo = _mm512_div_pd(_mm512_add_pd(_mm512_fnmadd_pd(z, tv, lh), ll), tv);
    const __m512d e = Sleef_expm1d8_u10(z);
    _mm512_storeu_pd(out + i, _mm512_fmadd_pd(zlo, _mm512_add_pd(one, e), e));
  }
}
void sleef4(const double* f, const double* s, double t, double* out, std::size_t n) {
  const __m256d tv = _mm256_set1_pd(t), one = _mm256_set1_pd(1.0);
  for (std::size_t i = 0; i < n; i += 4) {
    const __m256d a = _mm256_loadu_pd(f + i), b = _mm256_loadu_pd(s + i);
    const __m256d q = _mm256_div_pd(b, a);
    const __m256d qlo = _mm256_div_pd(_mm256_fnmadd_pd(q, a, b), a);
    const __m256d lh = Sleef_logd4_u10(q);
    const __m256d ll = _mm256_div_pd(qlo, q);
    const __m256d z = _mm256_div_pd(lh, tv);
    const __m256d zlo = _mm256_div_pd(_mm256_add_pd(_mm256_fnmadd_pd(z, tv, lh), ll), tv);
    const __m256d e = Sleef_expm1d4_u10(z);
    _mm256_storeu_pd(out + i, _mm256_fmadd_pd(zlo, _mm256_add_pd(one, e), e));
  }
}
// The same with log1p of (s − f)/f, SLEEF's other entry to the logarithm.
void sleef8_log1p(const double* f, const double* s, double t, double* out, std::size_t n) {
  const __m512d tv = _mm512_set1_pd(t), one = _mm512_set1_pd(1.0);
  for (std::size_t i = 0; i < n; i += 8) {
    const __m512d a = _mm512_loadu_pd(f + i), b = _mm512_loadu_pd(s + i);
    const __m512d d = _mm512_sub_pd(b, a);
    const __m512d y = _mm512_div_pd(d, a);
    const __m512d ylo = _mm512_div_pd(_mm512_fnmadd_pd(y, a, d), a);
    const __m512d lh = Sleef_log1pd8_u10(y);
    const __m512d ll = _mm512_div_pd(ylo, _mm512_add_pd(one, y));
    const __m512d z = _mm512_div_pd(lh, tv);
    const __m512d zlo = _mm512_div_pd(_mm512_add_pd(_mm512_fnmadd_pd(z, tv, lh), ll), tv);
    const __m512d e = Sleef_expm1d8_u10(z);
    _mm512_storeu_pd(out + i, _mm512_fmadd_pd(zlo, _mm512_add_pd(one, e), e));
  }
}
#endif

#ifdef PROSPER_COMPARE_XSIMD
template <class Arch>
void xs(const double* f, const double* s, double t, double* out, std::size_t n) {
  using B = xsimd::batch<double, Arch>;
  const B tv(t), one(1.0);
  for (std::size_t i = 0; i < n; i += B::size) {
    const B a = B::load_unaligned(f + i), b = B::load_unaligned(s + i);
    const B q = b / a;
    const B qlo = xsimd::fnma(q, a, b) / a;
    const B lh = xsimd::log(q);
    const B z = lh / tv;
    const B zlo = (xsimd::fnma(z, tv, lh) + qlo / q) / tv;
    const B e = xsimd::expm1(z);
    xsimd::fma(zlo, one + e, e).store_unaligned(out + i);
  }
}
#endif

// Eigen's packet math: log and exp are vectorised for double, log1p and expm1 are not (3.4), so
// the vector form must subtract 1 after exp.
void eigen_exp_minus_one(const double* f, const double* s, double t, double* out, std::size_t n) {
  using A = Eigen::Map<const Eigen::ArrayXd>;
  const A a(f, static_cast<Eigen::Index>(n)), b(s, static_cast<Eigen::Index>(n));
  Eigen::Map<Eigen::ArrayXd> o(out, static_cast<Eigen::Index>(n));
  o = ((b / a).log() / t).exp() - 1.0;
}
// Eigen's unary expm1/log1p on double arrays (scalar calls inside the expression).
void eigen_scalar_expm1(const double* f, const double* s, double t, double* out, std::size_t n) {
  using A = Eigen::Map<const Eigen::ArrayXd>;
  const A a(f, static_cast<Eigen::Index>(n)), b(s, static_cast<Eigen::Index>(n));
  Eigen::Map<Eigen::ArrayXd> o(out, static_cast<Eigen::Index>(n));
  o = (((b - a) / a).log1p() / t).expm1();
}

// The kernel as shipped (math/detail/vector_growth.hpp): SLEEF, reciprocals instead of most
// divisions on AVX-512, lanes outside the tested domain recomputed by the scalar kernel.
template <prosper::detail::vgrowth::isa I>
void shipped(const double* f, const double* s, double t, double* out, std::size_t n) {
  prosper::detail::vgrowth::active_isa() = I;
  prosper::detail::vgrowth::rates(f, s, t, out, n);
}

void scalar_kernel(const double* f, const double* s, double t, double* out, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) out[i] = prosper::detail::growth::rate_unchecked(f[i], s[i], t);
}
}  // namespace

int main() {
  constexpr std::size_t n = 1 << 20;
  std::mt19937_64 rng(16);
  std::uniform_real_distribution<double> level(std::log(0.5), std::log(50000.0)), growth(-0.6, 3.0);
  vec f(n), s(n), ref(n), out(n);
  for (std::size_t i = 0; i < n; ++i) {
    f[i] = std::exp(level(rng));
    s[i] = f[i] * (i % 4 == 0 ? std::exp(growth(rng) * 4) : 1.0 + growth(rng) / 10);
  }
  const double t = 3.0;
  scalar_kernel(f.data(), s.data(), t, ref.data(), n);
  struct entry { const char* name; std::function<void(const double*, const double*, double, double*, std::size_t)> fn; };
  std::vector<entry> entries{{"scalar long-double kernel", scalar_kernel}};
#ifdef PROSPER_COMPARE_SLEEF
  entries.push_back({"SLEEF 3.5 AVX-512 log+expm1", sleef8});
  entries.push_back({"SLEEF 3.5 AVX-512 log1p+expm1", sleef8_log1p});
  entries.push_back({"SLEEF 3.5 AVX2 log+expm1", sleef4});
#endif
#if PROSPER_VECTOR_GROWTH_SLEEF
  const auto best = prosper::detail::vgrowth::detect_isa();
  if (best == prosper::detail::vgrowth::isa::avx512)
    entries.push_back({"prosper kernel as shipped, AVX-512", shipped<prosper::detail::vgrowth::isa::avx512>});
  if (best != prosper::detail::vgrowth::isa::scalar)
    entries.push_back({"prosper kernel as shipped, AVX2", shipped<prosper::detail::vgrowth::isa::avx2>});
#endif
#ifdef PROSPER_COMPARE_XSIMD
  entries.push_back({"xsimd 8.1 AVX-512 log+expm1", xs<xsimd::avx512bw>});
  entries.push_back({"xsimd 8.1 AVX2 log+expm1", xs<xsimd::fma3<xsimd::avx2>>});
#endif
  entries.push_back({"Eigen 3.4 packet log, exp-1", eigen_exp_minus_one});
  entries.push_back({"Eigen 3.4 log1p/expm1 arrays", eigen_scalar_expm1});
  std::printf("%-34s %10s %12s %10s %10s %10s\n", "kernel (10^6 rates, t = 3)", "ms (best)",
              "Mrates/s", "max ulp", ">2 ulp", "max ulp");
  std::printf("%-34s %10s %12s %10s %10s %10s\n", "", "of 7", "", "vs scalar", "vs scalar", "vs 50-dig");
  for (const auto& e : entries) {
    double best = 1e300;
    for (int r = 0; r < 7; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      e.fn(f.data(), s.data(), t, out.data(), n);
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    double worst = 0, worst_exact = 0;
    std::size_t beyond = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double u = ulps(out[i], ref[i]);
      worst = std::max(worst, u);
      beyond += u > 2;
    }
    for (std::size_t i = 0; i < n; i += n / 10000)
      worst_exact = std::max(worst_exact, ulps(out[i], exact_rate(f[i], s[i], t)));
    std::printf("%-34s %10.2f %12.1f %10.2f %10zu %10.2f\n", e.name, best * 1e3, n / best / 1e6,
                worst, beyond, worst_exact);
  }
}
