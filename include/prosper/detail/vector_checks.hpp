#pragma once
// Checks on Eigen vectors of incomes and weights, shared by max_min.hpp and the inequality
// headers. Kept apart from checks.hpp so that scalar-only headers do not pull in Eigen.

#include <Eigen/Core>
#include <string>
#include <string_view>

#include "prosper/detail/checks.hpp"

namespace prosper::detail::checks {

/// A read-only view of any dense double vector (VectorXd, a Map over std::vector, a segment).
using vector_view = Eigen::Ref<const Eigen::VectorXd>;

inline void non_empty(std::string_view function, std::string_view name, const vector_view& x) {
  if (x.size() == 0) invalid(function, std::string(name) + " is empty");
}

/// Every element finite and ≥ 0 (incomes, populations); the message names the first bad index.
inline void all_non_negative(std::string_view function, std::string_view name,
                             const vector_view& x) {
  non_empty(function, name, x);
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (!std::isfinite(x[i]) || x[i] < 0)
      invalid(function, std::string(name) + "[" + std::to_string(i) +
                            "] must be finite and ≥ 0, got " + num(x[i]));
  }
}

/// Every element finite and > 0 (values whose logarithm or reciprocal is taken).
inline void all_positive(std::string_view function, std::string_view name, const vector_view& x) {
  non_empty(function, name, x);
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (!std::isfinite(x[i]) || !(x[i] > 0))
      invalid(function, std::string(name) + "[" + std::to_string(i) +
                            "] must be finite and > 0, got " + num(x[i]));
  }
}

/// Weights: one per value, finite, ≥ 0, not all zero. Real (non-integer) weights are fine:
/// populations in 万人 are the usual case.
inline void weights_for(std::string_view function, const vector_view& x, const vector_view& w) {
  if (w.size() != x.size())
    invalid(function, "weights have " + std::to_string(w.size()) + " elements but values have " +
                          std::to_string(x.size()));
  all_non_negative(function, "weights", w);
  if (!(w.sum() > 0)) invalid(function, "weights are all zero");
}

}  // namespace prosper::detail::checks
