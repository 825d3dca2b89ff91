#pragma once
// The growth kernel of math/compounding.hpp on Eigen arrays: the compound rate between two arrays
// of levels and the factor of an array of rates. The batch functions (math/batch.hpp) and the
// many-region ratio math (ratio/max_min.hpp) call these, so every element goes through exactly
// the scalar kernel's formula and agrees with the scalar functions to the last bit. Kept apart
// from compounding.hpp so that the Boost-only core does not need Eigen.

#include <Eigen/Core>

#include "prosper/math/compounding.hpp"

namespace prosper::detail::growth {

/// Element-wise `rate_unchecked(first[i], second[i], years)`; the inputs are checked by the
/// caller.
///
/// Example: `rates_unchecked(Eigen::ArrayXd{{7.27}}, Eigen::ArrayXd{{9.24}}, 3.0)[0]` ≈ 0.0832.
template <class First, class Second>
Eigen::ArrayXd rates_unchecked(const Eigen::ArrayBase<First>& first,
                               const Eigen::ArrayBase<Second>& second, double years) {
  return first.binaryExpr(second, [years](double a, double b) {
    return rate_unchecked(a, b, years);
  });
}

/// Element-wise `rate_unchecked(first[i], second[i], years[i])`, a period per element.
///
/// Example: `rates_unchecked(bases, targets, periods)`.
template <class First, class Second, class Years>
Eigen::ArrayXd rates_unchecked(const Eigen::ArrayBase<First>& first,
                               const Eigen::ArrayBase<Second>& second,
                               const Eigen::ArrayBase<Years>& years) {
  Eigen::ArrayXd out(first.size());
  for (Eigen::Index i = 0; i < first.size(); ++i) out[i] = rate_unchecked(first[i], second[i], years[i]);
  return out;
}

/// Element-wise `factor_unchecked(rate[i], years)`.
///
/// Example: `factors_unchecked(Eigen::ArrayXd{{0.15}}, 5.0)[0]` ≈ 2.0114.
template <class Rates>
Eigen::ArrayXd factors_unchecked(const Eigen::ArrayBase<Rates>& rate, double years) {
  return rate.unaryExpr([years](double r) { return factor_unchecked(r, years); });
}

}  // namespace prosper::detail::growth
