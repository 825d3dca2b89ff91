#pragma once
// Internals shared by the inequality headers: sorting with weights and weighted means.

#include <Eigen/Core>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <string>
#include <vector>

#include "prosper/detail/vector_checks.hpp"

namespace prosper::inequality {

/// A read-only view of any dense double vector: an Eigen::VectorXd, a segment of one, or
/// `Eigen::Map<const Eigen::VectorXd>(v.data(), n)` over a std::vector.
using vector_view = prosper::detail::checks::vector_view;

namespace detail {

namespace chk = prosper::detail::checks;

/// The indices of `x` in ascending order of value (stable, so ties keep their input order).
inline std::vector<Eigen::Index> ascending_order(const vector_view& x) {
  std::vector<Eigen::Index> idx(static_cast<std::size_t>(x.size()));
  std::iota(idx.begin(), idx.end(), Eigen::Index{0});
  std::stable_sort(idx.begin(), idx.end(),
                   [&](Eigen::Index a, Eigen::Index b) { return x[a] < x[b]; });
  return idx;
}

/// Checks values ≥ 0 with matching weights and returns the weighted total Σ wᵢxᵢ, refusing a
/// total of zero: every relative inequality index divides by the mean.
inline double checked_total(const char* function, const vector_view& x, const vector_view& w) {
  chk::all_non_negative(function, "values", x);
  chk::weights_for(function, x, w);
  const double total = x.dot(w);
  if (!(total > 0))
    chk::domain(function,
                "the (weighted) total is zero, so the mean is zero and the index is undefined");
  return total;
}

/// The type the indices accumulate in: long double, whose exponent range (to 1e±4932 on x86-64
/// and wherever it is IEEE quad) holds every product of two scaled doubles, so that a unit with
/// a weight of 1e-300 and a value of 1e300 still counts, and whose wider significand keeps the
/// sums of n terms within an ulp of double. Where long double is double (MSVC) the scaling
/// below still prevents overflow; only extreme, anti-correlated units lose precision there, and
/// checked_scale refuses the data when the total is no longer resolved.
using wide = long double;

/// Values and weights brought to a safe scale. Every index in this directory is invariant under
/// x → a·x and w → b·w, so it may be computed on xᵢ·2⁻ᵉ and wᵢ·2⁻ᶠ, where 2ᵉ and 2ᶠ are the
/// binades of the largest value and weight. Then every scaled value and weight is below 2, the
/// sums below 4n, and no sum, product or mean can overflow, even for values or populations near
/// 1e308 (where Σ wᵢxᵢ alone would be ∞ and the index NaN). Powers of two are used because
/// multiplying by them is exact.
struct scaled {
  int value_exponent = 0;   ///< e: value i is used as xᵢ·2⁻ᵉ
  int weight_exponent = 0;  ///< f: weight i is used as wᵢ·2⁻ᶠ
  wide total = 0.0L;        ///< Σ (wᵢ·2⁻ᶠ)(xᵢ·2⁻ᵉ), > 0
  wide weight = 0.0L;       ///< Σ wᵢ·2⁻ᶠ, > 0

  /// Value i at the working scale.
  [[nodiscard]] wide x(const vector_view& v, Eigen::Index i) const {
    return std::scalbn(static_cast<wide>(v[i]), -value_exponent);
  }
  /// Weight i at the working scale.
  [[nodiscard]] wide w(const vector_view& v, Eigen::Index i) const {
    return std::scalbn(static_cast<wide>(v[i]), -weight_exponent);
  }
  /// The mean at the working scale, μ·2⁻ᵉ.
  [[nodiscard]] wide mean() const { return total / weight; }
  /// ln(xᵢ/μ) for xᵢ > 0. When xᵢ·2⁻ᵉ is below the normal range of `wide` (possible only where
  /// long double is double) the logarithm is taken on the unscaled value,
  /// ln xᵢ − ln(μ·2⁻ᵉ) − e·ln 2, which stays finite and keeps its precision.
  [[nodiscard]] wide log_relative(const vector_view& v, Eigen::Index i) const {
    const wide xi = x(v, i);
    const wide m = mean();
    if (xi >= std::numeric_limits<wide>::min()) return std::log(xi / m);
    return std::log(static_cast<wide>(v[i])) - std::log(m) -
           value_exponent * std::numbers::ln2_v<wide>;
  }
};

/// The binade of the largest element of a non-negative vector with a positive element.
inline int top_exponent(const vector_view& v) { return std::ilogb(v.maxCoeff()); }

/// A non-negative vector with a positive element divided by the power of two of its largest
/// element, element by element (2^1074, the factor for a subnormal maximum, is not a double).
inline Eigen::VectorXd scale_down(const vector_view& v) {
  const int e = top_exponent(v);
  return v.unaryExpr([e](double t) { return std::scalbn(t, -e); });
}

/// Checks values ≥ 0 with matching weights, like `checked_total`, and returns the working scale.
/// A weighted total that is zero refuses with value_error. So does one that `wide` cannot
/// resolve (below 2²² times its smallest normal number, relative to largest value × largest
/// weight), which happens only where long double is double, when the largest values carry almost
/// no weight and the heaviest units almost no value; the message says so.
inline scaled checked_scale(const char* function, const vector_view& x, const vector_view& w) {
  chk::all_non_negative(function, "values", x);
  chk::weights_for(function, x, w);
  scaled s;
  bool income = false;  // whether some unit with weight has a positive value
  for (Eigen::Index i = 0; i < x.size(); ++i) income = income || (x[i] > 0 && w[i] > 0);
  if (!income)
    chk::domain(function,
                "the (weighted) total is zero, so the mean is zero and the index is undefined");
  s.value_exponent = top_exponent(x);
  s.weight_exponent = top_exponent(w);
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    const wide wi = s.w(w, i);
    s.weight += wi;
    s.total += wi * s.x(x, i);
  }
  // A scaled product below the normal range carries an absolute rounding error of at most the
  // smallest subnormal; against a total 2²² times the smallest normal number that is a relative
  // error below n·2⁻⁷⁴ (for double), invisible in the result.
  if (!(s.total >= std::ldexp(wide{1}, std::numeric_limits<wide>::min_exponent + 22)))
    chk::domain(function,
                "the units that hold the income carry too little weight: the weighted total is "
                "below what the working precision resolves relative to (largest value × largest "
                "weight)");
  return s;
}

/// ln(a/b) for a, b > 0 without overflow or underflow in the quotient: the quotient's logarithm
/// when it is a normal number, the difference of the logarithms otherwise.
inline wide log_ratio(wide a, wide b) {
  const wide q = a / b;
  if (q >= std::numeric_limits<wide>::min() && q <= std::numeric_limits<wide>::max())
    return std::log(q);
  return std::log(a) - std::log(b);
}

/// Whether every unit that carries weight has the same value; such data are perfectly equal,
/// and the indices return exactly 0 rather than a rounding residue of either sign.
inline bool all_equal(const vector_view& x, const vector_view& w) {
  bool seen = false;
  double first = 0.0;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (w[i] == 0) continue;
    if (!seen) {
      first = x[i];
      seen = true;
    } else if (x[i] != first) {
      return false;
    }
  }
  return true;
}

}  // namespace detail
}  // namespace prosper::inequality
