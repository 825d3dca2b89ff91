#pragma once
// The vector form of the growth kernel (math/compounding.hpp): the compound rate per year between
// many pairs of levels, and the factor of many rates, eight (AVX-512) or four (AVX2) lanes at a
// time, with the logarithm and exponential of SLEEF (Shibata & Petrogalli, "SLEEF: A Portable
// Vectorized Library of C Standard Mathematical Functions", IEEE TPDS 31(6), 2020; the u10
// functions used here are documented to be within 1.0 ulp).
//
// The scalar kernel carries its intermediate steps in long double, which has no vector form.
// The vector kernel gets close to it in double by carrying the rounding errors of its own steps
// (the error-free transformations of Ogita, Rump & Oishi, "Accurate sum and dot product", SIAM J.
// Sci. Comput. 26(6), 2005, with an FMA for the residuals):
//
//   q = s/f rounded,  q_lo/q = (s − q·f)/s        the ratio, and what its rounding lost
//   L = log(q) + q_lo/q                              ln(s/f); log of a number near 1 is exact
//                                                    to 1 ulp of the (small) result in SLEEF
//   z = L/t rounded,  z_lo = (L − z·t + L_lo)/t     ln(s/f)/t and its rounding error
//   r = expm1(z) + z_lo·(1 + expm1(z))              the rate, to first order in z_lo
//
// What is left is the error of SLEEF's log and expm1 (≤ 1 ulp each), the first amplified by the
// condition number of expm1, z·e^z/(e^z − 1) ≤ 1.6 for |z| ≤ 1. Measured against the scalar
// kernel and against 50-digit arithmetic (tests/unit/vector_growth_test.cpp,
// benchmarks/vector_math_compare.cpp) the rates are within 2 ulp of both. On AVX-512 the
// quotients are products with refined reciprocals (divisions are the slowest vector
// instruction); the FMA residuals make up for the difference. Equal levels give exactly 0.
// Lanes outside the domain where the bound has been tested — |z| > 1 (a rate above +172 % or
// below −63 % a year), a ratio of levels outside [2⁻¹⁰⁰⁰, 2¹⁰⁰⁰] (which also catches a zero, a
// NaN and levels of different signs; two negative levels are fine), levels closer than about
// 2⁻³⁰ of each other but not equal, a period that is not a positive finite number — are
// recomputed by the scalar kernel, so every element either is within the bound or equals the
// scalar result bit for bit, and the special values are exactly the scalar kernel's.
//
// The SIMD code is compiled for AVX-512 and AVX2+FMA with function target attributes and chosen
// at run time from the CPU (cpuid), so a program built for plain x86-64 still runs at the width
// of the machine it lands on. It is compiled only where SLEEF is available (CMake defines
// PROSPER_USE_SLEEF and links libsleef when it finds it; Debian: libsleef-dev). Without it, on
// other CPUs, or with PROSPER_VECTOR_ISA=scalar in the environment, every element goes through
// the scalar kernel and results equal it bit for bit.

#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "prosper/math/compounding.hpp"

#if defined(PROSPER_USE_SLEEF) && PROSPER_USE_SLEEF && defined(__x86_64__) && \
    (defined(__GNUC__) || defined(__clang__))
#define PROSPER_VECTOR_GROWTH_SLEEF 1
#include <immintrin.h>
// SLEEF 3.x's entry points for one instruction set each. sleef.h declares them only when the
// whole translation unit is compiled for that instruction set, which would defeat run-time
// dispatch, so they are declared here under names of prosper's own, bound to SLEEF's symbols by
// an asm label (so that a program may also include sleef.h), with the target attribute that
// tells the compiler that they take their vectors in AVX registers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
namespace prosper::detail::vgrowth::sleef {
[[gnu::target("avx512f")]] __m512d log8(__m512d) __asm__("Sleef_logd8_u10avx512f");
[[gnu::target("avx512f")]] __m512d expm1_8(__m512d) __asm__("Sleef_expm1d8_u10avx512f");
[[gnu::target("avx512f")]] __m512d log1p8(__m512d) __asm__("Sleef_log1pd8_u10avx512f");
[[gnu::target("avx512f")]] __m512d exp8(__m512d) __asm__("Sleef_expd8_u10avx512f");
[[gnu::target("avx2,fma")]] __m256d log4(__m256d) __asm__("Sleef_logd4_u10avx2");
[[gnu::target("avx2,fma")]] __m256d expm1_4(__m256d) __asm__("Sleef_expm1d4_u10avx2");
[[gnu::target("avx2,fma")]] __m256d log1p4(__m256d) __asm__("Sleef_log1pd4_u10avx2");
[[gnu::target("avx2,fma")]] __m256d exp4(__m256d) __asm__("Sleef_expd4_u10avx2");
}  // namespace prosper::detail::vgrowth::sleef
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#else
#define PROSPER_VECTOR_GROWTH_SLEEF 0
#endif

namespace prosper::detail::vgrowth {

/// The code path of the vector kernel: the scalar kernel element by element, or SLEEF at one
/// vector width.
enum class isa { scalar, avx2, avx512 };

/// The widest path this build and this CPU support; PROSPER_VECTOR_ISA=scalar|avx2|avx512 in
/// the environment narrows it (for tests and measurements; it never widens beyond the CPU).
///
/// Example: `detail::vgrowth::detect_isa() == isa::avx512` on a Sapphire Rapids build with SLEEF.
inline isa detect_isa() noexcept {
#if PROSPER_VECTOR_GROWTH_SLEEF
  isa best = isa::scalar;
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) best = isa::avx2;
  if (__builtin_cpu_supports("avx512f")) best = isa::avx512;
  if (const char* want = std::getenv("PROSPER_VECTOR_ISA")) {
    if (std::strcmp(want, "scalar") == 0) return isa::scalar;
    if (std::strcmp(want, "avx2") == 0 && best != isa::scalar) return isa::avx2;
  }
  return best;
#else
  return isa::scalar;
#endif
}

/// The path in use: detected once, and settable by tests to compare the paths in one process.
///
/// Example: `detail::vgrowth::active_isa() = isa::scalar;` makes the batch functions exact.
inline isa& active_isa() noexcept {
  static isa chosen = detect_isa();
  return chosen;
}

/// |z| = |ln(second/first)|/years above which a rate is left to the scalar kernel: there the
/// condition number of expm1 exceeds 1.6 and the 2-ulp bound has not been tested.
inline constexpr double rate_z_limit = 1.0;
/// |years·ln(1 + rate)| above which a factor is left to the scalar kernel, for the same reason.
inline constexpr double factor_w_limit = 1.0;

#if PROSPER_VECTOR_GROWTH_SLEEF

// The ratio of levels the vector path accepts: far from underflow and overflow, and positive
// (which also refuses a zero, a NaN and levels of different signs).
inline constexpr double ratio_min = 0x1p-1000, ratio_max = 0x1p1000;
// The compensation q_lo/q must be small beside log(q) for the two to act as one number in two
// parts; for levels closer than about 2⁻³⁰ of each other (but not equal) they are not, and the
// scalar kernel takes the lane.
inline constexpr double lo_share = 0x1p-20;

// 1/x to about 1 ulp: the 14-bit estimate of AVX-512F refined twice by Newton's iteration
// x·(2 − a·x), each step doubling the correct bits (Intel, "Intel 64 and IA-32 Architectures
// Optimization Reference Manual", on replacing divisions by reciprocal approximations).
[[gnu::target("avx512f")]] inline __m512d reciprocal_avx512(__m512d a) noexcept {
  const __m512d one = _mm512_set1_pd(1.0);
  __m512d x = _mm512_maskz_rcp14_pd(0xFF, a);  // the masked form: GCC 12 warns on the plain one
  x = _mm512_fmadd_pd(x, _mm512_fnmadd_pd(a, x, one), x);
  x = _mm512_fmadd_pd(x, _mm512_fnmadd_pd(a, x, one), x);
  return x;
}

[[gnu::target("avx512f")]] inline void rates_avx512(const double* first, const double* second,
                                                    const double* years, bool years_per_element,
                                                    double* out, std::size_t n) noexcept {
  const __m512d one = _mm512_set1_pd(1.0), lo = _mm512_set1_pd(ratio_min),
                hi = _mm512_set1_pd(ratio_max), zmax = _mm512_set1_pd(rate_z_limit),
                zero = _mm512_setzero_pd(), inf = _mm512_set1_pd(HUGE_VAL);
  const __m512d common_t = _mm512_set1_pd(years_per_element ? 1.0 : *years);
  const __m512d common_inv_t = _mm512_set1_pd(years_per_element ? 1.0 : 1.0 / *years);
  const __m512d small = _mm512_set1_pd(lo_share);
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m512d f = _mm512_loadu_pd(first + i), s = _mm512_loadu_pd(second + i);
    const __m512d t = years_per_element ? _mm512_loadu_pd(years + i) : common_t;
    // Divisions are the slowest vector instructions (one per 16 cycles on recent Intel cores),
    // so the quotients are products with reciprocals: rcp14 refined by two Newton steps is
    // within an ulp or two of 1/x, and every quotient is compensated by its exact FMA residual
    // below, so the rounding of q and z does not reach the result.
    const __m512d inv_f = reciprocal_avx512(f), inv_s = reciprocal_avx512(s);
    const __m512d inv_t = years_per_element ? reciprocal_avx512(t) : common_inv_t;
    const __m512d q = _mm512_mul_pd(s, inv_f);
    const __m512d l_lo = _mm512_mul_pd(_mm512_fnmadd_pd(q, f, s), inv_s);  // q_lo / q
    const __m512d l = sleef::log8(q);
    const __m512d z = _mm512_mul_pd(l, inv_t);
    const __m512d z_lo = _mm512_mul_pd(_mm512_add_pd(_mm512_fnmadd_pd(z, t, l), l_lo), inv_t);
    const __m512d e = sleef::expm1_8(z);
    // Equal levels give exactly 0, as in the scalar kernel (not ±1e-16 from the reciprocal).
    const __mmask8 equal = _mm512_cmp_pd_mask(f, s, _CMP_EQ_OQ);
    const __m512d r = _mm512_mask_blend_pd(equal, _mm512_fmadd_pd(z_lo, _mm512_add_pd(one, e), e), zero);
    _mm512_storeu_pd(out + i, r);
    const __m512d abs_z = _mm512_abs_pd(z);
    const __mmask8 ok = _mm512_cmp_pd_mask(q, lo, _CMP_GE_OQ) & _mm512_cmp_pd_mask(q, hi, _CMP_LE_OQ) &
                        _mm512_cmp_pd_mask(abs_z, zmax, _CMP_LE_OQ) &
                        _mm512_cmp_pd_mask(t, zero, _CMP_GT_OQ) & _mm512_cmp_pd_mask(t, inf, _CMP_LT_OQ) &
                        (equal | _mm512_cmp_pd_mask(_mm512_abs_pd(l_lo),
                                                    _mm512_mul_pd(_mm512_abs_pd(l), small), _CMP_LE_OQ));
    if (ok != 0xFF)
      for (unsigned k = 0; k < 8; ++k)
        if (!((ok >> k) & 1u))
          out[i + k] = growth::rate_unchecked(first[i + k], second[i + k], years_per_element ? years[i + k] : *years);
  }
  for (; i < n; ++i) out[i] = growth::rate_unchecked(first[i], second[i], years_per_element ? years[i] : *years);
}

[[gnu::target("avx2,fma")]] inline void rates_avx2(const double* first, const double* second,
                                                   const double* years, bool years_per_element,
                                                   double* out, std::size_t n) noexcept {
  const __m256d one = _mm256_set1_pd(1.0), lo = _mm256_set1_pd(ratio_min),
                hi = _mm256_set1_pd(ratio_max), zmax = _mm256_set1_pd(rate_z_limit),
                zero = _mm256_setzero_pd(), inf = _mm256_set1_pd(HUGE_VAL),
                sign = _mm256_set1_pd(-0.0), small = _mm256_set1_pd(lo_share);
  const __m256d common_t = _mm256_set1_pd(years_per_element ? 1.0 : *years);
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const __m256d f = _mm256_loadu_pd(first + i), s = _mm256_loadu_pd(second + i);
    const __m256d t = years_per_element ? _mm256_loadu_pd(years + i) : common_t;
    const __m256d q = _mm256_div_pd(s, f);
    const __m256d l_lo = _mm256_div_pd(_mm256_fnmadd_pd(q, f, s), s);
    const __m256d l = sleef::log4(q);
    const __m256d z = _mm256_div_pd(l, t);
    const __m256d z_lo = _mm256_div_pd(_mm256_add_pd(_mm256_fnmadd_pd(z, t, l), l_lo), t);
    const __m256d e = sleef::expm1_4(z);
    const __m256d equal = _mm256_cmp_pd(f, s, _CMP_EQ_OQ);
    const __m256d r = _mm256_blendv_pd(_mm256_fmadd_pd(z_lo, _mm256_add_pd(one, e), e), zero, equal);
    _mm256_storeu_pd(out + i, r);
    const __m256d lo_ok = _mm256_or_pd(
        equal, _mm256_cmp_pd(_mm256_andnot_pd(sign, l_lo),
                             _mm256_mul_pd(_mm256_andnot_pd(sign, l), small), _CMP_LE_OQ));
    const __m256d okv = _mm256_and_pd(
        _mm256_and_pd(_mm256_and_pd(_mm256_cmp_pd(q, lo, _CMP_GE_OQ), _mm256_cmp_pd(q, hi, _CMP_LE_OQ)),
                      _mm256_and_pd(_mm256_cmp_pd(_mm256_andnot_pd(sign, z), zmax, _CMP_LE_OQ), lo_ok)),
        _mm256_and_pd(_mm256_cmp_pd(t, zero, _CMP_GT_OQ), _mm256_cmp_pd(t, inf, _CMP_LT_OQ)));
    const int ok = _mm256_movemask_pd(okv);
    if (ok != 0xF)
      for (unsigned k = 0; k < 4; ++k)
        if (!((static_cast<unsigned>(ok) >> k) & 1u))
          out[i + k] = growth::rate_unchecked(first[i + k], second[i + k], years_per_element ? years[i + k] : *years);
  }
  for (; i < n; ++i) out[i] = growth::rate_unchecked(first[i], second[i], years_per_element ? years[i] : *years);
}

// factor = exp(w) with w = years·log1p(rate) carried with its rounding error:
// exp(w_hi + w_lo) = exp(w_hi)·(1 + w_lo) to first order.
[[gnu::target("avx512f")]] inline void factors_avx512(const double* rate, double years, double* out,
                                                      std::size_t n) noexcept {
  const __m512d t = _mm512_set1_pd(years), minus_one = _mm512_set1_pd(-1.0),
                wmax = _mm512_set1_pd(factor_w_limit), inf = _mm512_set1_pd(HUGE_VAL);
  const bool years_ok = std::isfinite(years) && years >= 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m512d r = _mm512_loadu_pd(rate + i);
    const __m512d l = sleef::log1p8(r);
    const __m512d w = _mm512_mul_pd(t, l);
    const __m512d w_lo = _mm512_fmsub_pd(t, l, w);
    const __m512d e = sleef::exp8(w);
    _mm512_storeu_pd(out + i, _mm512_fmadd_pd(e, w_lo, e));
    const __mmask8 ok = _mm512_cmp_pd_mask(r, minus_one, _CMP_GT_OQ) & _mm512_cmp_pd_mask(r, inf, _CMP_LT_OQ) &
                        _mm512_cmp_pd_mask(_mm512_abs_pd(w), wmax, _CMP_LE_OQ);
    if (ok != 0xFF || !years_ok)
      for (unsigned k = 0; k < 8; ++k)
        if (!years_ok || !((ok >> k) & 1u)) out[i + k] = growth::factor_unchecked(rate[i + k], years);
  }
  for (; i < n; ++i) out[i] = growth::factor_unchecked(rate[i], years);
}

[[gnu::target("avx2,fma")]] inline void factors_avx2(const double* rate, double years, double* out,
                                                     std::size_t n) noexcept {
  const __m256d t = _mm256_set1_pd(years), minus_one = _mm256_set1_pd(-1.0),
                wmax = _mm256_set1_pd(factor_w_limit), inf = _mm256_set1_pd(HUGE_VAL),
                sign = _mm256_set1_pd(-0.0);
  const bool years_ok = std::isfinite(years) && years >= 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const __m256d r = _mm256_loadu_pd(rate + i);
    const __m256d l = sleef::log1p4(r);
    const __m256d w = _mm256_mul_pd(t, l);
    const __m256d w_lo = _mm256_fmsub_pd(t, l, w);
    const __m256d e = sleef::exp4(w);
    _mm256_storeu_pd(out + i, _mm256_fmadd_pd(e, w_lo, e));
    const __m256d okv = _mm256_and_pd(
        _mm256_and_pd(_mm256_cmp_pd(r, minus_one, _CMP_GT_OQ), _mm256_cmp_pd(r, inf, _CMP_LT_OQ)),
        _mm256_cmp_pd(_mm256_andnot_pd(sign, w), wmax, _CMP_LE_OQ));
    const int ok = _mm256_movemask_pd(okv);
    if (ok != 0xF || !years_ok)
      for (unsigned k = 0; k < 4; ++k)
        if (!years_ok || !((static_cast<unsigned>(ok) >> k) & 1u))
          out[i + k] = growth::factor_unchecked(rate[i + k], years);
  }
  for (; i < n; ++i) out[i] = growth::factor_unchecked(rate[i], years);
}

#endif  // PROSPER_VECTOR_GROWTH_SLEEF

/// out[i] = the compound rate per year from first[i] to second[i] over `years` (one period for
/// all), for i < n: within 2 ulp of `growth::rate_unchecked` where the vector path applies, equal
/// to it elsewhere (see the header comment). No checks: the caller checks its inputs.
///
/// Example: `double r; rates(&base, &target, 3.0, &r, 1);` gives r ≈ 0.0832 for 7.27 → 9.24.
inline void rates(const double* first, const double* second, double years, double* out,
                  std::size_t n) noexcept {
#if PROSPER_VECTOR_GROWTH_SLEEF
  switch (active_isa()) {
    case isa::avx512: return rates_avx512(first, second, &years, false, out, n);
    case isa::avx2: return rates_avx2(first, second, &years, false, out, n);
    case isa::scalar: break;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) out[i] = growth::rate_unchecked(first[i], second[i], years);
}

/// The same with a period per element, years[i].
///
/// Example: `rates(bases, targets, periods, out, n)`.
inline void rates(const double* first, const double* second, const double* years, double* out,
                  std::size_t n) noexcept {
#if PROSPER_VECTOR_GROWTH_SLEEF
  switch (active_isa()) {
    case isa::avx512: return rates_avx512(first, second, years, true, out, n);
    case isa::avx2: return rates_avx2(first, second, years, true, out, n);
    case isa::scalar: break;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) out[i] = growth::rate_unchecked(first[i], second[i], years[i]);
}

/// out[i] = (1 + rate[i])^years for i < n: within 2 ulp of `growth::factor_unchecked` where the
/// vector path applies (|years·ln(1 + rate)| ≤ 1), equal to it elsewhere. No checks.
///
/// Example: `double f; factors(&r, 5.0, &f, 1);` gives f ≈ 2.0114 for r = 0.15.
inline void factors(const double* rate, double years, double* out, std::size_t n) noexcept {
#if PROSPER_VECTOR_GROWTH_SLEEF
  switch (active_isa()) {
    case isa::avx512: return factors_avx512(rate, years, out, n);
    case isa::avx2: return factors_avx2(rate, years, out, n);
    case isa::scalar: break;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) out[i] = growth::factor_unchecked(rate[i], years);
}

}  // namespace prosper::detail::vgrowth
