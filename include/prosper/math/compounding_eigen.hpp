#pragma once
// The growth kernel of math/compounding.hpp on Eigen arrays: the compound rate between two arrays
// of levels and the factor of an array of rates. The batch functions (math/batch.hpp) and the
// many-region ratio math (ratio/max_min.hpp) call these. They run the kernel's vector form
// (math/detail/vector_growth.hpp): within 2 ulp of the scalar kernel, and equal to it bit for bit
// where the vector form does not apply or the build has no SLEEF. Kept apart from
// compounding.hpp so that the Boost-only core does not need Eigen.

#include <Eigen/Core>

#include "prosper/math/compounding.hpp"
#include "prosper/math/detail/vector_growth.hpp"

namespace prosper::detail::growth {

/// Element-wise `rate_unchecked(first[i], second[i], years)` within 2 ulp; the inputs are
/// checked by the caller.
///
/// Example: `rates_unchecked(Eigen::ArrayXd{{7.27}}, Eigen::ArrayXd{{9.24}}, 3.0)[0]` ≈ 0.0832.
template <class First, class Second>
Eigen::ArrayXd rates_unchecked(const Eigen::ArrayBase<First>& first,
                               const Eigen::ArrayBase<Second>& second, double years) {
  // Ref binds a plain array without a copy and evaluates an expression into a temporary.
  const Eigen::Ref<const Eigen::ArrayXd> a(first.derived()), b(second.derived());
  Eigen::ArrayXd out(a.size());
  vgrowth::rates(a.data(), b.data(), years, out.data(), static_cast<std::size_t>(a.size()));
  return out;
}

/// Element-wise `rate_unchecked(first[i], second[i], years[i])` within 2 ulp, a period per
/// element.
///
/// Example: `rates_unchecked(bases, targets, periods)`.
template <class First, class Second, class Years>
Eigen::ArrayXd rates_unchecked(const Eigen::ArrayBase<First>& first,
                               const Eigen::ArrayBase<Second>& second,
                               const Eigen::ArrayBase<Years>& years) {
  const Eigen::Ref<const Eigen::ArrayXd> a(first.derived()), b(second.derived()), t(years.derived());
  Eigen::ArrayXd out(a.size());
  vgrowth::rates(a.data(), b.data(), t.data(), out.data(), static_cast<std::size_t>(a.size()));
  return out;
}

/// Element-wise `factor_unchecked(rate[i], years)` within 2 ulp.
///
/// Example: `factors_unchecked(Eigen::ArrayXd{{0.15}}, 5.0)[0]` ≈ 2.0114.
template <class Rates>
Eigen::ArrayXd factors_unchecked(const Eigen::ArrayBase<Rates>& rate, double years) {
  const Eigen::Ref<const Eigen::ArrayXd> r(rate.derived());
  Eigen::ArrayXd out(r.size());
  vgrowth::factors(r.data(), years, out.data(), static_cast<std::size_t>(r.size()));
  return out;
}

}  // namespace prosper::detail::growth
