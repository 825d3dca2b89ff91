#pragma once
// Internals shared by the inequality headers: sorting with weights and weighted means.

#include <Eigen/Core>
#include <algorithm>
#include <cfloat>
#include <cmath>
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

/// Values and weights brought to a safe scale. Every index in this directory is invariant under
/// x → a·x and w → b·w, so it may be computed on xᵢ·2⁻ᵉ and wᵢ·2⁻ᶠ, where 2ᵉ and 2ᶠ are the
/// binades of the largest value and weight. Then every scaled value and weight is below 2, the
/// sums below 4n, and no sum, product or mean can overflow, even for values or populations near
/// 1e308 (where Σ wᵢxᵢ alone would be ∞ and the index NaN). Powers of two are used because
/// multiplying by them is exact: on ordinary data the scaled computation rounds exactly as the
/// unscaled one did, so published results do not move by a single bit.
struct scaled {
  int value_exponent = 0;   ///< e: value i is used as xᵢ·2⁻ᵉ
  int weight_exponent = 0;  ///< f: weight i is used as wᵢ·2⁻ᶠ
  double total = 0.0;       ///< Σ (wᵢ·2⁻ᶠ)(xᵢ·2⁻ᵉ), > 0
  double weight = 0.0;      ///< Σ wᵢ·2⁻ᶠ, > 0

  /// Value i at the working scale.
  [[nodiscard]] double x(const vector_view& v, Eigen::Index i) const {
    return std::scalbn(v[i], -value_exponent);
  }
  /// Weight i at the working scale.
  [[nodiscard]] double w(const vector_view& v, Eigen::Index i) const {
    return std::scalbn(v[i], -weight_exponent);
  }
  /// ln(xᵢ/μ) for xᵢ > 0, given the mean at the working scale, `mean` = μ·2⁻ᵉ. When xᵢ·2⁻ᵉ is
  /// subnormal or 0 (xᵢ below 1e-308 of the largest value) the logarithm is taken on the
  /// unscaled value, ln xᵢ − ln(mean) − e·ln 2, which stays finite and keeps its precision.
  [[nodiscard]] double log_relative(const vector_view& v, Eigen::Index i, double mean) const;
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
/// A weighted total that is zero refuses with value_error. So does one that is positive in exact
/// arithmetic but below the smallest double at the working scale, which needs the values and the
/// weights each to span more than the whole double range; the message says so.
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
    const double wi = s.w(w, i);
    s.weight += wi;
    s.total += wi * s.x(x, i);
  }
  if (!(s.total > 0))
    chk::domain(function,
                "the units that hold the income carry too little weight (below 1e-308 of the "
                "largest weight at values below 1e-308 of the largest value), so the weighted "
                "total is not representable in double precision");
  return s;
}

/// ln(a/b) for a, b > 0 without overflow or underflow in the quotient: the quotient's logarithm
/// when it is a normal number, the difference of the logarithms otherwise (a subnormal quotient
/// has lost relative precision, and 1e308/1e-308 is ∞).
inline double log_ratio(double a, double b) {
  const double q = a / b;
  if (q >= DBL_MIN && q <= DBL_MAX) return std::log(q);
  return std::log(a) - std::log(b);
}

inline double scaled::log_relative(const vector_view& v, Eigen::Index i, double mean) const {
  const double xi = x(v, i);
  if (xi >= DBL_MIN) return log_ratio(xi, mean);
  return std::log(v[i]) - std::log(mean) - value_exponent * std::numbers::ln2;
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
