#pragma once
// Internals shared by the inequality headers: sorting with weights and weighted means.

#include <Eigen/Core>
#include <algorithm>
#include <numeric>
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
