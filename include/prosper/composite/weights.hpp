#pragma once
// Weights for a composite index (OECD/JRC Handbook 2008, step 6): equal, declared by the plan or
// an expert panel, or by category, equal per category and then equal within each, the usual
// choice when dimensions hold different numbers of indicators (COINr's default equal weights at
// each level of a two-level framework give the same numbers). Every function returns weights
// summing to 1.

#include <map>
#include <string>
#include <vector>

#include "prosper/composite/panel.hpp"

namespace prosper::composite {

/// n equal weights, 1/n each.
///
/// Example: `equal_weights(4)` is {0.25, 0.25, 0.25, 0.25}.
/// Throws std::invalid_argument for n < 1.
inline Eigen::VectorXd equal_weights(Eigen::Index n) {
  if (n < 1) detail::chk::invalid("composite::equal_weights", "needs at least one indicator, got " + std::to_string(n));
  return Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
}

/// Declared weights scaled to sum to 1.
///
/// Example: `declared_weights(Eigen::VectorXd{{4.0, 4.0, 2.0}})` is {0.4, 0.4, 0.2} (NBS's 2013
/// xiaokang weights for GDP per capita, income per capita and the Engel coefficient).
/// Throws std::invalid_argument for an empty vector, a negative or non-finite weight, or weights
/// that are all 0.
inline Eigen::VectorXd declared_weights(const weights_view& w) {
  constexpr const char* fn = "composite::declared_weights";
  if (w.size() == 0) detail::chk::invalid(fn, "weights is empty");
  for (Eigen::Index j = 0; j < w.size(); ++j)
    if (!std::isfinite(w[j]) || w[j] < 0)
      detail::chk::invalid(fn, "weights[" + std::to_string(j) + "] must be finite and ≥ 0, got " + detail::chk::num(w[j]));
  double total = 0.0;  // summed in order: Eigen's sum changes order with the SIMD width
  for (Eigen::Index j = 0; j < w.size(); ++j) total += w[j];
  if (!(total > 0)) detail::chk::invalid(fn, "weights are all zero");
  Eigen::VectorXd out(w.size());
  for (Eigen::Index j = 0; j < w.size(); ++j) out[j] = w[j] / total;
  return out;
}

/// Equal weight per category, then equal weight within it: indicator j of category c gets
/// 1/(C·n_c), where C is the number of categories and n_c the number of indicators in c.
///
/// Example: `category_weights({"economy", "economy", "environment"})` is {0.25, 0.25, 0.5}.
/// Throws std::invalid_argument for an empty list.
inline Eigen::VectorXd category_weights(const std::vector<std::string>& categories) {
  if (categories.empty()) detail::chk::invalid("composite::category_weights", "categories is empty");
  std::map<std::string, int> count;
  for (const auto& c : categories) ++count[c];
  const double groups = static_cast<double>(count.size());
  Eigen::VectorXd w(static_cast<Eigen::Index>(categories.size()));
  for (std::size_t j = 0; j < categories.size(); ++j)
    w[static_cast<Eigen::Index>(j)] = 1.0 / (groups * count[categories[j]]);
  return w;
}

}  // namespace prosper::composite
