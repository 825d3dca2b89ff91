#pragma once
// The scalar math of prosper over many series at once: required CAGRs, projections and the
// Eurostat/StatCan/SDSN status classification, on Eigen arrays of raw doubles (one element per
// series, e.g. 10⁶ simulated paths or every county × indicator pair).
//
// Every compound rate and factor goes through the vector form of the growth kernel
// (math/detail/vector_growth.hpp): SLEEF's log and expm1 with compensated quotients, within
// 2 ulp of the scalar long-double kernel, and equal to it bit for bit wherever the vector form
// does not apply or where the build has no SLEEF. Each function makes one pass over its arrays in
// blocks small enough to stay in the L1 cache: the checks of a block are branch-free masks
// computed first, then the arithmetic of the whole block runs as vector code, then the statuses
// are read off the ratios. The classification is the scalar `math::assess` status for status:
// a ratio within 2⁻⁴⁰ (relative) of a band edge, where the 2-ulp difference could tip the band,
// is recomputed by the scalar kernel, so statuses, and the numbers of those rows, are the scalar
// ones exactly (tests/unit/batch_test.cpp checks 10⁶ series with edge rows).
//
// Like the scalar pure functions, the batch math functions throw on bad input, naming the
// function, the first offending index and its values; the batch classification, like
// `math::assess`, marks such rows `not_assessable` instead.
//
// Threads: every function takes an optional `execution{threads}`; the arrays are cut into one
// contiguous range of whole blocks per std::jthread. Each element is computed on its own, so the
// results are the same bits for any number of threads, and a refusal names the same (first) bad
// index.

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__linux__) && __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

#include "prosper/detail/checks.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/compounding_eigen.hpp"
#include "prosper/math/detail/vector_growth.hpp"
#include "prosper/math/required_change.hpp"

namespace prosper::math::batch {

/// How a batch function spreads its work: on `threads` threads (1: the calling thread only;
/// 0: one per hardware thread). The results do not depend on it.
///
/// Example: `batch::required_cagr(bases, targets, 3.0, batch::execution{0})` uses every core.
struct execution {
  unsigned threads = 1;
};

namespace detail_batch {
namespace chk = prosper::detail::checks;
namespace vg = prosper::detail::vgrowth;

// Rows per block: the classification's seven block-sized double buffers (28 KiB) stay within a
// 48 KiB L1 data cache.
inline constexpr Eigen::Index block = 512;

inline void check_sizes(const char* function, Eigen::Index a, Eigen::Index b) {
  if (a != b)
    chk::invalid(function, "arrays must have the same size, got " + std::to_string(a) + " and " +
                               std::to_string(b));
}
inline std::string at(Eigen::Index i) { return " at index " + std::to_string(i); }

inline unsigned thread_count(execution ex, Eigen::Index n) {
  unsigned t = ex.threads != 0 ? ex.threads : std::max(1u, std::thread::hardware_concurrency());
  // Below a few blocks per thread, starting threads costs more than it saves.
  const auto useful = static_cast<unsigned>(std::max<Eigen::Index>(1, n / (8 * block)));
  return std::min(t, useful);
}

// Runs body(begin, end) over [0, n): on the calling thread, or on `threads` jthreads that each
// take one contiguous range of whole blocks. Returns the smallest index any body returned
// (a body returns n when its range is clean), so refusals name the first bad index whatever the
// partition.
template <class Body>
Eigen::Index for_ranges(Eigen::Index n, execution ex, const Body& body) {
  const unsigned t = thread_count(ex, n);
  if (t <= 1) return body(Eigen::Index{0}, n);
  const Eigen::Index blocks = (n + block - 1) / block;
  std::vector<Eigen::Index> first_bad(t, n);
  {
    std::vector<std::jthread> pool;
    pool.reserve(t);
    for (unsigned k = 0; k < t; ++k) {
      const Eigen::Index b0 = blocks * k / t * block, b1 = std::min(n, blocks * (k + 1) / t * block);
      pool.emplace_back([&, k, b0, b1] { first_bad[k] = body(b0, b1); });
    }
  }  // the jthreads join here
  return *std::min_element(first_bad.begin(), first_bad.end());
}

inline std::size_t sz(Eigen::Index n) { return static_cast<std::size_t>(n); }

// Asks the kernel to back a large, not yet touched output array with transparent huge pages
// (2 MiB) where it offers them on request (Linux's THP "madvise" mode, Debian's default): the
// first write to a fresh 8 MB array otherwise takes 2,048 page faults, which cost more than the
// arithmetic. NumPy does the same for every array of 4 MiB or more (numpy/core/src/multiarray/
// alloc.c, `indicate_hugepages`). Only advice: it changes no value and may be ignored.
inline void prefer_huge_pages([[maybe_unused]] const void* p, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(MADV_HUGEPAGE)
  if (bytes < (std::size_t{1} << 22)) return;
  const auto a = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t page = 4096, start = (a + page - 1) & ~(page - 1), end = a + bytes;
  if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
#endif
}
// A fresh array of n doubles with that advice, for outputs that the kernel then fills.
inline Eigen::ArrayXd fresh(Eigen::Index n) {
  Eigen::ArrayXd a(n);
  prefer_huge_pages(a.data(), sz(n) * sizeof(double));
  return a;
}

// Branch-free positivity check of a block, so that it vectorises: every element finite and > 0.
inline bool all_positive(const double* a, const double* b, Eigen::Index n) noexcept {
  bool ok = true;
  for (Eigen::Index i = 0; i < n; ++i)
    ok &= (a[i] > 0) & (b[i] > 0) & (a[i] < HUGE_VAL) & (b[i] < HUGE_VAL);
  return ok;
}
inline Eigen::Index first_not_positive(const double* a, const double* b, Eigen::Index n) noexcept {
  for (Eigen::Index i = 0; i < n; ++i)
    if (!(a[i] > 0 && b[i] > 0 && a[i] < HUGE_VAL && b[i] < HUGE_VAL)) return i;
  return n;
}
}  // namespace detail_batch

/// Element-wise `math::required_cagr(base[i], target[i], years)`: fractions per year, within
/// 2 ulp of the scalar function (equal to it without SLEEF).
///
/// Example: `batch::required_cagr(bases, targets, 3.0)` for every county's income target.
/// Throws `value_error` at the first element with a value ≤ 0 or non-finite (naming its
/// index), `argument_error` for years ≤ 0 or arrays of different sizes.
inline Eigen::ArrayXd required_cagr(const Eigen::ArrayXd& base, const Eigen::ArrayXd& target,
                                    double years, execution ex = {}) {
  namespace db = detail_batch;
  constexpr const char* fn = "math::batch::required_cagr";
  db::check_sizes(fn, base.size(), target.size());
  prosper::detail::checks::period(fn, "years", years);
  const Eigen::Index n = base.size();
  Eigen::ArrayXd out = db::fresh(n);
  const Eigen::Index bad = db::for_ranges(n, ex, [&](Eigen::Index begin, Eigen::Index end) {
    for (Eigen::Index b0 = begin; b0 < end; b0 += db::block) {
      const Eigen::Index m = std::min(db::block, end - b0);
      if (!db::all_positive(base.data() + b0, target.data() + b0, m))
        return b0 + db::first_not_positive(base.data() + b0, target.data() + b0, m);
      db::vg::rates(base.data() + b0, target.data() + b0, years, out.data() + b0, db::sz(m));
    }
    return n;
  });
  if (bad < n)
    prosper::detail::checks::domain(
        fn, "base and target must be finite and > 0 for a compound rate" + db::at(bad) + " (base " +
                prosper::detail::checks::num(base[bad]) + ", target " +
                prosper::detail::checks::num(target[bad]) + ")");
  return out;
}

/// Element-wise `math::required_cagr(base[i], target[i], years[i])` with a period per series.
///
/// Example: `batch::required_cagr(bases, targets, periods)`.
/// Throws as the common-period form, naming the first bad index.
inline Eigen::ArrayXd required_cagr(const Eigen::ArrayXd& base, const Eigen::ArrayXd& target,
                                    const Eigen::ArrayXd& years, execution ex = {}) {
  namespace db = detail_batch;
  constexpr const char* fn = "math::batch::required_cagr";
  db::check_sizes(fn, base.size(), target.size());
  db::check_sizes(fn, base.size(), years.size());
  const Eigen::Index n = base.size();
  Eigen::ArrayXd out = db::fresh(n);
  const Eigen::Index bad = db::for_ranges(n, ex, [&](Eigen::Index begin, Eigen::Index end) {
    for (Eigen::Index b0 = begin; b0 < end; b0 += db::block) {
      const Eigen::Index m = std::min(db::block, end - b0);
      const double *b = base.data() + b0, *t = target.data() + b0, *y = years.data() + b0;
      if (!db::all_positive(b, t, m) || !db::all_positive(y, y, m)) {
        for (Eigen::Index i = 0; i < m; ++i)
          if (!(std::isfinite(y[i]) && y[i] > 0) || db::first_not_positive(b + i, t + i, 1) == 0)
            return b0 + i;
      }
      db::vg::rates(b, t, y, out.data() + b0, db::sz(m));
    }
    return n;
  });
  if (bad < n) {
    if (!(std::isfinite(years[bad]) && years[bad] > 0))
      prosper::detail::checks::invalid(fn, "years must be > 0" + db::at(bad) + ", got " +
                                               prosper::detail::checks::num(years[bad]));
    prosper::detail::checks::domain(
        fn, "base and target must be finite and > 0 for a compound rate" + db::at(bad) + " (base " +
                prosper::detail::checks::num(base[bad]) + ", target " +
                prosper::detail::checks::num(target[bad]) + ")");
  }
  return out;
}

/// Element-wise `math::project_at_rate(value[i], rate[i], years)`: value·(1 + rate)^years,
/// within 3 ulp of the scalar function (two roundings more than the factor's 2 ulp bound
/// cannot add more than one).
///
/// Example: `batch::project_at_rate(latest, observed_rates, 2.0)`.
/// Throws `value_error` at the first non-finite element or rate ≤ −100 %.
inline Eigen::ArrayXd project_at_rate(const Eigen::ArrayXd& value, const Eigen::ArrayXd& rate,
                                      double years, execution ex = {}) {
  namespace db = detail_batch;
  constexpr const char* fn = "math::batch::project_at_rate";
  db::check_sizes(fn, value.size(), rate.size());
  prosper::detail::checks::finite(fn, "years", years);
  if (years < 0) prosper::detail::checks::invalid(fn, "years must be ≥ 0, got " + prosper::detail::checks::num(years));
  const Eigen::Index n = value.size();
  Eigen::ArrayXd out = db::fresh(n);
  const Eigen::Index bad = db::for_ranges(n, ex, [&](Eigen::Index begin, Eigen::Index end) {
    for (Eigen::Index b0 = begin; b0 < end; b0 += db::block) {
      const Eigen::Index m = std::min(db::block, end - b0);
      const double *v = value.data() + b0, *r = rate.data() + b0;
      bool ok = true;
      for (Eigen::Index i = 0; i < m; ++i)
        ok &= (std::abs(v[i]) < HUGE_VAL) & (r[i] > -1.0) & (r[i] < HUGE_VAL);
      if (!ok)
        for (Eigen::Index i = 0; i < m; ++i)
          if (!(std::isfinite(v[i]) && std::isfinite(r[i]) && r[i] > -1.0)) return b0 + i;
      double* o = out.data() + b0;
      db::vg::factors(r, years, o, db::sz(m));
      for (Eigen::Index i = 0; i < m; ++i) o[i] *= v[i];
    }
    return n;
  });
  if (bad < n)
    prosper::detail::checks::domain(fn, "value must be finite and rate finite and > −100 %" + db::at(bad) +
                                            " (value " + prosper::detail::checks::num(value[bad]) + ", rate " +
                                            prosper::detail::checks::num(rate[bad]) + ")");
  return out;
}

/// Element-wise `math::project_constant_cagr` for two-point series: the CAGR from `base` (in
/// `base_year`) to `current` (in `current_year`), continued to `target_year`; within 4 ulp of
/// the scalar function (the rate's 2 ulp, scaled by years·rate/(1 + rate) < 1, and the
/// factor's 2).
///
/// Example: `batch::project_constant_cagr(bases, currents, 2022, 2023, 2025)`.
/// Throws `value_error` at the first element with a value ≤ 0 or non-finite, and
/// `argument_error` unless base_year < current_year ≤ target_year.
inline Eigen::ArrayXd project_constant_cagr(const Eigen::ArrayXd& base,
                                            const Eigen::ArrayXd& current, int base_year,
                                            int current_year, int target_year, execution ex = {}) {
  namespace db = detail_batch;
  constexpr const char* fn = "math::batch::project_constant_cagr";
  db::check_sizes(fn, base.size(), current.size());
  if (!(base_year < current_year && current_year <= target_year))
    prosper::detail::checks::invalid(fn, "needs base year < current year ≤ target year, got " +
                                             std::to_string(base_year) + ", " + std::to_string(current_year) +
                                             ", " + std::to_string(target_year));
  const Eigen::Index n = base.size();
  Eigen::ArrayXd out = db::fresh(n);
  // Year differences in double: years far apart overflow int.
  const double elapsed = double(current_year) - double(base_year),
               ahead = double(target_year) - double(current_year);
  const Eigen::Index bad = db::for_ranges(n, ex, [&](Eigen::Index begin, Eigen::Index end) {
    double rate[db::block];
    for (Eigen::Index b0 = begin; b0 < end; b0 += db::block) {
      const Eigen::Index m = std::min(db::block, end - b0);
      const double *b = base.data() + b0, *c = current.data() + b0;
      if (!db::all_positive(b, c, m)) return b0 + db::first_not_positive(b, c, m);
      db::vg::rates(b, c, elapsed, rate, db::sz(m));
      double* o = out.data() + b0;
      db::vg::factors(rate, ahead, o, db::sz(m));
      for (Eigen::Index i = 0; i < m; ++i) o[i] *= c[i];
    }
    return n;
  });
  if (bad < n)
    prosper::detail::checks::domain(fn, "base and current must be finite and > 0 for a compound rate" +
                                            db::at(bad) + " (base " + prosper::detail::checks::num(base[bad]) +
                                            ", current " + prosper::detail::checks::num(current[bad]) + ")");
  return out;
}

/// The result of a batch classification: one status per series and, where the status rests on
/// a ratio, the numbers behind it. Rows without a ratio (achieved, threshold checks, not
/// assessable) hold 0 in the numeric arrays and `false` in `has_ratio`; nothing is NaN.
struct classification {
  std::vector<progress_status> status;
  Eigen::ArrayXd observed_rate;  ///< CAGR (eurostat, statcan) or linear step per year (sdsn)
  Eigen::ArrayXd required_rate;
  Eigen::ArrayXd ratio;
  Eigen::Array<bool, Eigen::Dynamic, 1> has_ratio;
};

namespace detail_batch {

// What a classification needs to know besides the arrays, decided once per call.
struct classify_setup {
  int bound = 0;  // the direction a bound imposes, 0 for point and maintain
  bool strict = false;
  bool sdsn = false;
  int ds = 0;  // the sign of the desired direction
  double tol = 0, elapsed = 1, total = 1;
  bool replace_zeros = false;
  double zero_magnitude = 0;
  progress_thresholds th{};
};

inline classify_setup setup_classify(const char* fn, prosper::direction dir, target_kind kind,
                                     int base_year, int current_year, int target_year,
                                     const assessment_options& options) {
  prosper::validate_options(fn, options);
  const auto m = options.method;
  if (m != assessment_method::eurostat && m != assessment_method::statcan &&
      m != assessment_method::sdsn)
    chk::invalid(fn, "supports the ratio methods eurostat, statcan and sdsn, got " + std::string(to_string(m)));
  classify_setup s;
  switch (kind) {
    case target_kind::point:
    case target_kind::maintain: break;
    case target_kind::at_least: s.bound = 1; break;
    case target_kind::greater_than: s.bound = 1; s.strict = true; break;
    case target_kind::at_most: s.bound = -1; break;
    case target_kind::less_than: s.bound = -1; s.strict = true; break;
    default: chk::invalid(fn, "supports point, bound and maintain targets, got " + std::string(to_string(kind)));
  }
  if (!(base_year < current_year && current_year <= target_year))
    chk::invalid(fn, "needs base year < current year ≤ target year, got " + std::to_string(base_year) + ", " +
                         std::to_string(current_year) + ", " + std::to_string(target_year));
  s.sdsn = m == assessment_method::sdsn;
  s.ds = direction_sign(dir);
  s.tol = options.achieved_tolerance;
  s.elapsed = double(current_year) - double(base_year);  // in double: int can overflow
  s.total = double(target_year) - double(base_year);
  s.replace_zeros = options.zero_replacement.has_value();
  s.zero_magnitude = s.replace_zeros ? std::abs(*options.zero_replacement) : 0.0;
  s.th = options.thresholds;
  return s;
}

// The arrays a classification writes, as raw pointers (rows [0, n) of the caller's arrays).
struct classify_out {
  progress_status* status;
  double *observed, *required, *ratio;
  bool* has_ratio;
  double* cagr;  // the required CAGR of every row, or null
};

// Row codes in the block buffers: a status, or `pending` for a row whose status rests on its
// ratio. Doubles, like every block buffer, so that each loop has lanes of one width and GCC and
// Clang vectorise it at -O2 (whose cost model vectorises only loops with a trip count known to
// be a multiple of the vector width: every loop below runs over a whole block).
inline constexpr double pending = 255.0;

// A band edge with the interval around it in which a 2-ulp difference from the scalar kernel
// could move a ratio across it: rows with a ratio inside are recomputed by the scalar kernel.
// An exact 0 is the scalar kernel's 0 (both return 0 for equal levels, and otherwise both have
// the sign of the exact rate), so around an edge of 0 only ratios at the edge of underflow count.
struct edge_guard {
  double lo, hi;
  bool zero;
  explicit edge_guard(double edge) noexcept
      : lo(edge == 0 ? -0x1p-900 : edge - 0x1p-40 * std::abs(edge)),
        hi(edge == 0 ? 0x1p-900 : edge + 0x1p-40 * std::abs(edge)), zero(edge == 0) {}
  bool near(double r) const noexcept { return (r >= lo) & (r <= hi) & ((r != 0) | !zero); }
};

// The row as the scalar classification computes it, from the ratio on: the reference the
// vector rows must equal, used where they cannot promise to.
inline void scalar_compound_row(const classify_setup& s, double bb, double xx, double tt, int d,
                                const classify_out& o, Eigen::Index i) {
  o.observed[i] = o.required[i] = o.ratio[i] = 0.0;
  o.has_ratio[i] = false;
  const auto r = detail_assess::compound_ratio(bb, xx, tt, s.elapsed, s.total, d);
  if (r.required == 0) {
    o.status[i] = progress_status::moving_away;
    return;
  }
  if (!std::isfinite(r.ratio)) {
    o.status[i] = progress_status::not_assessable;
    return;
  }
  o.observed[i] = r.observed;
  o.required[i] = r.required;
  o.ratio[i] = r.ratio;
  o.has_ratio[i] = true;
  o.status[i] = detail_assess::band(r.ratio, s.th.on_track, s.th.moderate, s.th.insufficient);
}

// Copies a block's results to the caller's array with non-temporal stores where it is 16-byte
// aligned (Eigen's arrays are): the results are not read again soon, and a normal store would
// first read every cache line it writes (Intel, "Optimization Reference Manual", on streaming
// stores). The caller fences once at the end of its range.
inline void write_out(double* dst, const double (&src)[block]) noexcept {
#if defined(__SSE2__)
  if (reinterpret_cast<std::uintptr_t>(dst) % 16 == 0) {
    for (Eigen::Index i = 0; i < block; i += 2) _mm_stream_pd(dst + i, _mm_load_pd(src + i));
    return;
  }
#endif
  std::memcpy(dst, src, sizeof src);
}
inline void fence_writes() noexcept {
#if defined(__SSE2__)
  _mm_sfence();
#endif
}

// Vectors of W doubles in the GCC/Clang vector extension: one source for the block loops,
// compiled at the width of the dispatched instruction set (AVX-512: 8, AVX2: 4, otherwise the
// baseline's 2). Written explicitly because GCC's -O2 cost model leaves loops with selects
// scalar.
template <int W>
struct lanes {
  typedef double v __attribute__((vector_size(W * 8)));
  typedef std::int64_t m __attribute__((vector_size(W * 8)));
  // The same vector at any address of a double, for loads and stores.
  typedef double u __attribute__((vector_size(W * 8), aligned(8), may_alias));
};
// Expressions rather than helper functions: a function returning a vector wider than the
// baseline's draws GCC's -Wpsabi even when it is always inlined.
#define PROSPER_BATCH_LOAD(p) (*reinterpret_cast<const typename L::u*>(p))
#define PROSPER_BATCH_STORE(p, x) (*reinterpret_cast<typename L::u*>(p) = (x))
#define PROSPER_BATCH_SPLAT(x) (V{} + (x))
#define PROSPER_BATCH_ABS(x) ((x) < 0 ? -(x) : (x))

// One whole block of `block` rows. The settings that are the same for every row are template
// parameters, so that each loop is straight-line vector code.
template <bool Compound, bool Strict, bool FixedDirection, int W>
[[gnu::always_inline]] inline void classify_block_body(const classify_setup& s, const double* base,
                                                       const double* current, const double* target,
                                                       const classify_out& o) {
  using V = typename lanes<W>::v;
  using M = typename lanes<W>::m;
  constexpr Eigen::Index n = block;
  using L = lanes<W>;
  const V inf = PROSPER_BATCH_SPLAT(HUGE_VAL), one = PROSPER_BATCH_SPLAT(1.0), zero = PROSPER_BATCH_SPLAT(0.0), minus_one = PROSPER_BATCH_SPLAT(-1.0);
  const V na = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::not_assessable)),
          achieved = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::achieved)),
          moving_away = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::moving_away)),
          pend = PROSPER_BATCH_SPLAT(pending), nan = PROSPER_BATCH_SPLAT(std::numeric_limits<double>::quiet_NaN());
  alignas(64) double bb[n], xx[n], tt[n], obs[n], req[n], code[n], dsg[n], val[n], rat[n], cagr_ok[n];
  alignas(64) double cb[n], ct[n];  // the pairs of the required CAGR column
  const bool want_cagr = o.cagr != nullptr;
  const V fixed_d = PROSPER_BATCH_SPLAT(s.bound != 0 ? s.bound : s.ds), tol = PROSPER_BATCH_SPLAT(s.tol);
  const V zmag = PROSPER_BATCH_SPLAT(s.zero_magnitude), minus_zmag = PROSPER_BATCH_SPLAT(-s.zero_magnitude);
  const M all = M{} - 1, none = M{};
  const M replace = s.replace_zeros ? all : none;
  // 1. Checks, as masks: the status of every row that does not need a ratio, and the (zero-
  //    replaced) values of those that do. Rows that need no ratio get the harmless (1, 1, 1).
  for (Eigen::Index i = 0; i < n; i += W) {
    const V b = PROSPER_BATCH_LOAD(base + i), x = PROSPER_BATCH_LOAD(current + i), t = PROSPER_BATCH_LOAD(target + i);
    const M finite = (PROSPER_BATCH_ABS(b) < inf) & (PROSPER_BATCH_ABS(x) < inf) & (PROSPER_BATCH_ABS(t) < inf);
    V d = fixed_d;
    if constexpr (!FixedDirection) d = t > b ? one : t < b ? minus_one : zero;
    M met_up, met_down;
    if constexpr (Strict) {
      met_up = x > t - tol;
      met_down = x < t + tol;
    } else {
      met_up = x >= t - tol;
      met_down = x <= t + tol;
    }
    const M met = ((d > 0) & met_up) | ((d < 0) & met_down) | ((d == 0) & (PROSPER_BATCH_ABS(x - t) <= tol));
    const M away = (d == 0) | (d * (t - b) <= 0);
    M usable = all;
    V b2 = b, x2 = x, t2 = t;
    if constexpr (Compound) {
      // Zeros, only with the caller's replacement, signed like the other values (as the scalar).
      const M negative = (b < 0) | ((b == 0) & (x < 0));
      const V zr = negative ? minus_zmag : zmag;
      usable = replace | ((b != 0) & (x != 0) & (t != 0));
      b2 = b != 0 ? b : zr;
      x2 = x != 0 ? x : zr;
      t2 = t != 0 ? t : zr;
      usable &= ((b2 > 0) & (x2 > 0) & (t2 > 0)) | ((b2 < 0) & (x2 < 0) & (t2 < 0));
    }
    const M needs = finite & ~met & ~away & usable;
    PROSPER_BATCH_STORE(code + i, finite ? (met ? achieved : away ? moving_away : usable ? pend : na) : na);
    PROSPER_BATCH_STORE(dsg + i, d);
    PROSPER_BATCH_STORE(bb + i, needs ? b2 : one);
    PROSPER_BATCH_STORE(xx + i, needs ? x2 : one);
    PROSPER_BATCH_STORE(tt + i, needs ? t2 : one);
    // The required CAGR column (when asked for) comes from the same kernel call as the status:
    // rows needing a ratio take their own pair (under Eurostat/StatCan), the others their raw
    // pair where it allows a rate. A replaced zero makes the raw pair refuse a rate, so the two
    // differ only where the column holds NaN.
    if (want_cagr) {
      const M ok = (PROSPER_BATCH_ABS(b) < inf) & (PROSPER_BATCH_ABS(t) < inf) &
                   (((b > 0) & (t > 0)) | ((b < 0) & (t < 0)));
      const M own = Compound ? needs : none;
      PROSPER_BATCH_STORE(cagr_ok + i, ok ? one : zero);
      PROSPER_BATCH_STORE(cb + i, own ? b2 : ok ? b : one);
      PROSPER_BATCH_STORE(ct + i, own ? t2 : ok ? t : one);
    }
  }
  // 2. Arithmetic over the whole block.
  if constexpr (Compound) {
    if (want_cagr) {
      vg::rates(cb, ct, s.total, req, sz(n));
    } else {
      vg::rates(bb, tt, s.total, req, sz(n));
    }
    if (s.elapsed == 1.0 && vg::active_isa() != vg::isa::scalar) {
      // Over one year the rate is the relative change itself, (x − b)/b: within half an ulp
      // where x and b are within a factor of two (the difference is exact there, Sterbenz's
      // lemma), which is all real annual data; other rows take the kernel. (The scalar path
      // keeps the kernel, to stay bit-identical to the scalar functions.)
      M far = none;
      for (Eigen::Index i = 0; i < n; i += W) {
        const V x = PROSPER_BATCH_LOAD(xx + i), b = PROSPER_BATCH_LOAD(bb + i);
        PROSPER_BATCH_STORE(obs + i, (x - b) / b);
        const V ax = PROSPER_BATCH_ABS(x), ab = PROSPER_BATCH_ABS(b);  // one sign: rows without a ratio hold (1, 1)
        far |= ~((ax >= 0.5 * ab) & (ax <= 2.0 * ab));
      }
      bool any = false;
      for (int k = 0; k < W; ++k) any |= far[k] != 0;
      if (any)
        for (Eigen::Index i = 0; i < n; ++i) {
          const double ax = std::abs(xx[i]), ab = std::abs(bb[i]);
          if (!(ax >= 0.5 * ab && ax <= 2.0 * ab)) obs[i] = prosper::detail::growth::rate_unchecked(bb[i], xx[i], 1.0);
        }
    } else {
      vg::rates(bb, xx, s.elapsed, obs, sz(n));
    }
  } else {
    const V elapsed = PROSPER_BATCH_SPLAT(s.elapsed), total = PROSPER_BATCH_SPLAT(s.total);
    for (Eigen::Index i = 0; i < n; i += W) {
      const V b = PROSPER_BATCH_LOAD(bb + i);
      PROSPER_BATCH_STORE(obs + i, (PROSPER_BATCH_LOAD(xx + i) - b) / elapsed);
      PROSPER_BATCH_STORE(req + i, (PROSPER_BATCH_LOAD(tt + i) - b) / total);
    }
    if (want_cagr) {
      vg::rates(cb, ct, s.total, val, sz(n));
      for (Eigen::Index i = 0; i < n; i += W)
        PROSPER_BATCH_STORE(val + i, PROSPER_BATCH_LOAD(cagr_ok + i) != 0 ? PROSPER_BATCH_LOAD(val + i) : nan);
      write_out(o.cagr, val);
    }
  }
  // 3. Ratios and statuses. `val` now marks the rows with a ratio (1) and those the scalar
  //    kernel must redo (2).
  const edge_guard g_on(s.th.on_track), g_mod(s.th.moderate), g_ins(s.th.insufficient);
  const V on_lo = PROSPER_BATCH_SPLAT(g_on.lo), on_hi = PROSPER_BATCH_SPLAT(g_on.hi), mod_lo = PROSPER_BATCH_SPLAT(g_mod.lo),
          mod_hi = PROSPER_BATCH_SPLAT(g_mod.hi), ins_lo = PROSPER_BATCH_SPLAT(g_ins.lo), ins_hi = PROSPER_BATCH_SPLAT(g_ins.hi);
  const M on_zero = g_on.zero ? none : all, mod_zero = g_mod.zero ? none : all,
          ins_zero = g_ins.zero ? none : all;
  const V th_on = PROSPER_BATCH_SPLAT(s.th.on_track), th_mod = PROSPER_BATCH_SPLAT(s.th.moderate), th_ins = PROSPER_BATCH_SPLAT(s.th.insufficient);
  const V st_on = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::on_track)),
          st_mod = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::moderate_progress)),
          st_ins = PROSPER_BATCH_SPLAT(static_cast<double>(progress_status::insufficient_progress));
  M redo_any = none;
  for (Eigen::Index i = 0; i < n; i += W) {
    const V c = PROSPER_BATCH_LOAD(code + i), q = PROSPER_BATCH_LOAD(req + i), ob = PROSPER_BATCH_LOAD(obs + i);
    const M own = c == pend;
    if constexpr (Compound)
      if (want_cagr) PROSPER_BATCH_STORE(cb + i, PROSPER_BATCH_LOAD(cagr_ok + i) != 0 ? q : nan);
    V sgn = one;
    if constexpr (Compound) sgn = PROSPER_BATCH_LOAD(bb + i) < 0 ? minus_one : one;
    const V r = sgn * PROSPER_BATCH_LOAD(dsg + i) * ob / PROSPER_BATCH_ABS(q);
    const M finite = PROSPER_BATCH_ABS(r) < inf;
    M redo = none;
    if constexpr (Compound)
      redo = own & (((r >= on_lo) & (r <= on_hi) & ((r != 0) | on_zero)) |
                    ((r >= mod_lo) & (r <= mod_hi) & ((r != 0) | mod_zero)) |
                    ((r >= ins_lo) & (r <= ins_hi) & ((r != 0) | ins_zero)) |
                    ~(PROSPER_BATCH_ABS(q) > 0x1p-900) | ~finite);
    const M has = own & finite & ~redo;
    // detail_assess::band as selects: the later ones take precedence, as the earlier returns
    // do there.
    V band = moving_away;
    band = r >= th_ins ? st_ins : band;
    band = r >= th_mod ? st_mod : band;
    band = r >= th_on ? st_on : band;
    PROSPER_BATCH_STORE(code + i, own ? (has ? band : na) : c);
    PROSPER_BATCH_STORE(obs + i, has ? ob : zero);
    PROSPER_BATCH_STORE(req + i, has ? q : zero);
    PROSPER_BATCH_STORE(rat + i, has ? r : zero);
    PROSPER_BATCH_STORE(val + i, redo ? PROSPER_BATCH_SPLAT(2.0) : has ? one : zero);
    redo_any |= redo;
  }
  if (Compound && want_cagr) write_out(o.cagr, cb);
  write_out(o.observed, obs);
  write_out(o.required, req);
  write_out(o.ratio, rat);
  for (Eigen::Index i = 0; i < n; ++i) o.status[i] = static_cast<progress_status>(static_cast<int>(code[i]));
  for (Eigen::Index i = 0; i < n; ++i) o.has_ratio[i] = val[i] == 1.0;
  bool any_redo = false;
  for (int k = 0; k < W; ++k) any_redo |= redo_any[k] != 0;
  if (any_redo)
    for (Eigen::Index i = 0; i < n; ++i)
      if (val[i] == 2.0) scalar_compound_row(s, bb[i], xx[i], tt[i], static_cast<int>(dsg[i]), o, i);
}

template <int W>
[[gnu::always_inline]] inline void classify_block_width(const classify_setup& s, const double* base,
                                                        const double* current, const double* target,
                                                        const classify_out& o) {
  const bool fixed = s.bound != 0 || s.ds != 0;
  if (!s.sdsn) {
    if (s.strict)
      fixed ? classify_block_body<true, true, true, W>(s, base, current, target, o)
            : classify_block_body<true, true, false, W>(s, base, current, target, o);
    else
      fixed ? classify_block_body<true, false, true, W>(s, base, current, target, o)
            : classify_block_body<true, false, false, W>(s, base, current, target, o);
  } else {
    if (s.strict)
      fixed ? classify_block_body<false, true, true, W>(s, base, current, target, o)
            : classify_block_body<false, true, false, W>(s, base, current, target, o);
    else
      fixed ? classify_block_body<false, false, true, W>(s, base, current, target, o)
            : classify_block_body<false, false, false, W>(s, base, current, target, o);
  }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
[[gnu::target("avx2,fma")]] inline void classify_block_avx2(const classify_setup& s, const double* base,
                                                            const double* current, const double* target,
                                                            const classify_out& o) {
  classify_block_width<4>(s, base, current, target, o);
}
#endif

inline void classify_full_block(const classify_setup& s, const double* base, const double* current,
                                const double* target, const classify_out& o) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  switch (vg::active_isa()) {
    // The block loops run at AVX2 width on AVX-512 machines too: GCC 12 compiles the mask
    // logic of the vector extension at 512 bits through k-registers and back, which measured
    // 1.8× slower than 256 bits here; the growth kernel itself uses all 512.
    case vg::isa::avx512:
    case vg::isa::avx2: return classify_block_avx2(s, base, current, target, o);
    case vg::isa::scalar: break;
  }
#endif
  classify_block_width<2>(s, base, current, target, o);
}
#undef PROSPER_BATCH_LOAD
#undef PROSPER_BATCH_STORE
#undef PROSPER_BATCH_SPLAT
#undef PROSPER_BATCH_ABS

// One block of at most `block` rows: a whole block in place, the last, shorter one padded with
// the harmless row (1, 1, 1) and copied out.
inline void classify_block(const classify_setup& s, const double* base, const double* current,
                           const double* target, Eigen::Index n, const classify_out& o) {
  if (n == block) return classify_full_block(s, base, current, target, o);
  alignas(64) double b[block], x[block], t[block], observed[block], required[block], ratio[block], cagr[block];
  progress_status status[block];
  bool has_ratio[block];
  for (Eigen::Index i = 0; i < block; ++i) {
    b[i] = i < n ? base[i] : 1.0;
    x[i] = i < n ? current[i] : 1.0;
    t[i] = i < n ? target[i] : 1.0;
  }
  const classify_out local{status, observed, required, ratio, has_ratio, o.cagr ? cagr : nullptr};
  classify_full_block(s, b, x, t, local);
  std::copy_n(status, n, o.status);
  std::copy_n(observed, n, o.observed);
  std::copy_n(required, n, o.required);
  std::copy_n(ratio, n, o.ratio);
  std::copy_n(has_ratio, n, o.has_ratio);
  if (o.cagr) std::copy_n(cagr, n, o.cagr);
}

inline void classify_into(const char* fn, prosper::direction dir, target_kind kind,
                          const Eigen::ArrayXd& base, const Eigen::ArrayXd& current,
                          const Eigen::ArrayXd& target, int base_year, int current_year,
                          int target_year, const assessment_options& options, classification& out,
                          Eigen::ArrayXd* cagr, execution ex) {
  check_sizes(fn, base.size(), current.size());
  check_sizes(fn, base.size(), target.size());
  const classify_setup s = setup_classify(fn, dir, kind, base_year, current_year, target_year, options);
  const Eigen::Index n = base.size();
  // Arrays of the right size are reused as they are (every element is written below); others
  // are allocated without zeroing, with the huge-page advice before their first write.
  if (out.status.size() != sz(n)) {
    out.status = {};
    out.status.reserve(sz(n));
    prefer_huge_pages(out.status.data(), sz(n) * sizeof(progress_status));
    out.status.resize(sz(n));
  }
  if (out.observed_rate.size() != n) out.observed_rate = fresh(n);
  if (out.required_rate.size() != n) out.required_rate = fresh(n);
  if (out.ratio.size() != n) out.ratio = fresh(n);
  if (out.has_ratio.size() != n) {
    out.has_ratio.resize(n);
    prefer_huge_pages(out.has_ratio.data(), sz(n));
  }
  if (cagr && cagr->size() != n) *cagr = fresh(n);
  for_ranges(n, ex, [&](Eigen::Index begin, Eigen::Index end) {
    for (Eigen::Index b0 = begin; b0 < end; b0 += block) {
      const classify_out o{out.status.data() + b0, out.observed_rate.data() + b0,
                           out.required_rate.data() + b0, out.ratio.data() + b0,
                           out.has_ratio.data() + b0, cagr ? cagr->data() + b0 : nullptr};
      classify_block(s, base.data() + b0, current.data() + b0, target.data() + b0,
                     std::min(block, end - b0), o);
    }
    fence_writes();
    return n;
  });
}
}  // namespace detail_batch

/// Classifies many two-point series at once: element i gets the status that
/// `math::assess(goal{target_year, kind, target[i]}, {base_year, base[i]},
/// {{current_year, current[i]}}, dir, options)` gives, for the ratio methods eurostat, statcan and
/// sdsn and the target kinds point, at_least, greater_than, at_most, less_than and maintain.
/// Options honoured: thresholds, zero_replacement and achieved_tolerance. Statuses equal the
/// scalar ones; rates and ratios are within 2 ulp of them (equal under sdsn and without SLEEF).
///
/// Example: `batch::classify(direction::higher_is_better, target_kind::point, bases, currents,
/// targets, 2022, 2023, 2025, preset(assessment_method::statcan))`.
/// Throws `argument_error` for another method or kind, sizes that differ, or years out of
/// order, or options outside their domain (validate_options); bad values only make their row
/// `not_assessable`.
inline classification classify(prosper::direction dir, target_kind kind, const Eigen::ArrayXd& base,
                               const Eigen::ArrayXd& current, const Eigen::ArrayXd& target,
                               int base_year, int current_year, int target_year,
                               const assessment_options& options, execution ex = {}) {
  classification out;
  detail_batch::classify_into("math::batch::classify", dir, kind, base, current, target, base_year,
                              current_year, target_year, options, out, nullptr, ex);
  return out;
}

/// The required CAGR of every series and its classification, in one pass.
struct required_and_classification {
  /// `math::required_cagr(base[i], target[i], target_year − base_year)` where base and target
  /// are finite, non-zero and of one sign (the kernel accepts negative pairs), NaN elsewhere.
  Eigen::ArrayXd required_cagr;
  classification classes;  ///< what `classify` gives for the same arguments
};

/// `required_cagr` and `classify` of the same series in one pass, into `out`: the required rate
/// of each row is computed once and serves both the column and the status (`classify` alone
/// computes it too; `required_cagr` alone throws on the first bad row, where this marks the row
/// NaN and `not_assessable`). Arrays of `out` that already have the right size are reused, so a
/// loop over many scenarios of the same size allocates nothing after the first.
///
/// Example: `batch::required_and_classification r; for (auto& s : scenarios)
/// batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point, s.base,
/// s.current, s.target, 2022, 2023, 2025, preset(assessment_method::eurostat), r);`
/// Throws `argument_error` as `classify` does.
inline void required_cagr_and_classify(prosper::direction dir, target_kind kind,
                                       const Eigen::ArrayXd& base, const Eigen::ArrayXd& current,
                                       const Eigen::ArrayXd& target, int base_year,
                                       int current_year, int target_year,
                                       const assessment_options& options,
                                       required_and_classification& out, execution ex = {}) {
  detail_batch::classify_into("math::batch::required_cagr_and_classify", dir, kind, base, current,
                              target, base_year, current_year, target_year, options, out.classes,
                              &out.required_cagr, ex);
}

/// The same, returning a new result.
///
/// Example: `auto r = batch::required_cagr_and_classify(direction::higher_is_better,
/// target_kind::point, bases, currents, targets, 2022, 2023, 2025,
/// preset(assessment_method::eurostat));` then `r.required_cagr[i]`, `r.classes.status[i]`.
/// Throws `argument_error` as `classify` does.
inline required_and_classification required_cagr_and_classify(
    prosper::direction dir, target_kind kind, const Eigen::ArrayXd& base,
    const Eigen::ArrayXd& current, const Eigen::ArrayXd& target, int base_year, int current_year,
    int target_year, const assessment_options& options, execution ex = {}) {
  required_and_classification r;
  required_cagr_and_classify(dir, kind, base, current, target, base_year, current_year,
                             target_year, options, r, ex);
  return r;
}

}  // namespace prosper::math::batch
