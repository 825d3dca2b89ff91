#pragma once
// Aggregation of normalised scores into one composite score per region, and ranks (OECD/JRC
// Handbook 2008, step 6; COINr's a_amean and a_gmean, bluefoxr/COINr R/aggregate.R):
//
//     arithmetic:  CI_r = Σⱼ wⱼ·x̃_rj / Σⱼ wⱼ
//     geometric:   CI_r = exp(Σⱼ wⱼ·ln x̃_rj / Σⱼ wⱼ),   every x̃_rj > 0
//
// The arithmetic mean lets a strength compensate a weakness one-for-one; the geometric mean
// penalises imbalance, and needs scores above 0 (COINr stops on a zero; so does prosper, naming
// the cell). Ranks follow COINr's rank_df: 1 for the highest score, ties sharing the smallest rank
// (R's ties.method = "min"). Sums run in a fixed order, so the scores are the same on every
// compiler.

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "prosper/composite/normalise.hpp"

namespace prosper::composite {

/// How normalised scores are combined.
enum class aggregation {
  arithmetic,  ///< weighted arithmetic mean (fully compensatory)
  geometric,   ///< weighted geometric mean (partly compensatory; scores must be > 0)
};

/// A stable ASCII name.
///
/// Example: `to_string(aggregation::geometric) == "geometric"`.
constexpr std::string_view to_string(aggregation a) noexcept {
  return a == aggregation::geometric ? "geometric" : "arithmetic";
}

namespace detail {

inline void check_weights(std::string_view fn, const weights_view& w, Eigen::Index cols) {
  if (w.size() != cols)
    chk::invalid(fn, "weights have " + std::to_string(w.size()) + " entries but there are " +
                         std::to_string(cols) + " indicators");
  for (Eigen::Index j = 0; j < w.size(); ++j)
    if (!std::isfinite(w[j]) || w[j] < 0)
      chk::invalid(fn, "weights[" + std::to_string(j) + "] must be finite and ≥ 0, got " + chk::num(w[j]));
  if (!(w.sum() > 0)) chk::invalid(fn, "weights are all zero");
}

/// Scores of every row, in a fixed summation order; `logs` holds ln x̃ for geometric.
inline void aggregate_into(const Eigen::MatrixXd& scores, const weights_view& w, aggregation a,
                           Eigen::VectorXd& out) {
  double total = 0.0;
  for (Eigen::Index j = 0; j < w.size(); ++j) total += w[j];
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    double s = 0.0;
    for (Eigen::Index j = 0; j < scores.cols(); ++j) s += w[j] * scores(i, j);
    out[i] = a == aggregation::geometric ? std::exp(s / total) : s / total;
  }
}

/// Competition ranks, 1 for the highest score, ties sharing the smallest rank.
inline void rank_into(const Eigen::VectorXd& scores, std::vector<Eigen::Index>& order,
                      Eigen::VectorXd& ranks) {
  order.resize(static_cast<std::size_t>(scores.size()));
  std::iota(order.begin(), order.end(), Eigen::Index{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](Eigen::Index a, Eigen::Index b) { return scores[a] > scores[b]; });
  for (std::size_t k = 0; k < order.size(); ++k) {
    const bool tie = k > 0 && scores[order[k]] == scores[order[k - 1]];
    ranks[order[k]] = tie ? ranks[order[k - 1]] : static_cast<double>(k + 1);
  }
}

}  // namespace detail

/// Combines normalised scores (regions × indicators) into one score per region.
///
/// Example: scores {{20, 80}, {50, 50}} with weights {1, 1} give {50, 50} arithmetically and
/// {40, 50} geometrically (√(20·80) = 40): the geometric mean penalises the imbalance.
/// Throws std::invalid_argument for weights of the wrong length, negative, non-finite or all 0,
/// or a non-finite score; std::domain_error for a score ≤ 0 under geometric aggregation.
inline Eigen::VectorXd aggregate(const Eigen::MatrixXd& scores, const weights_view& weights,
                                 aggregation a) {
  constexpr const char* fn = "composite::aggregate";
  detail::check_weights(fn, weights, scores.cols());
  for (Eigen::Index i = 0; i < scores.rows(); ++i)
    for (Eigen::Index j = 0; j < scores.cols(); ++j) {
      if (!std::isfinite(scores(i, j)))
        detail::chk::invalid(fn, "score (" + std::to_string(i) + ", " + std::to_string(j) + ") is " +
                                     detail::chk::num(scores(i, j)));
      if (a == aggregation::geometric && !(scores(i, j) > 0) && weights[j] > 0)
        detail::chk::domain(fn, "geometric aggregation takes the logarithm of score (" + std::to_string(i) +
                                    ", " + std::to_string(j) + ") = " + detail::chk::num(scores(i, j)) +
                                    "; normalise onto a range above 0, such as min-max onto [1, 100]");
    }
  Eigen::VectorXd out(scores.rows());
  if (a == aggregation::geometric) {
    Eigen::MatrixXd logs(scores.rows(), scores.cols());
    for (Eigen::Index i = 0; i < scores.rows(); ++i)
      for (Eigen::Index j = 0; j < scores.cols(); ++j)
        logs(i, j) = weights[j] > 0 ? std::log(scores(i, j)) : 0.0;
    detail::aggregate_into(logs, weights, a, out);
  } else {
    detail::aggregate_into(scores, weights, a, out);
  }
  return out;
}

/// Ranks of scores: 1 for the highest, ties sharing the smallest rank (COINr's rank_df).
///
/// Example: `ranks(Eigen::VectorXd{{70, 90, 70, 50}})` is {2, 1, 2, 4}.
/// Throws std::invalid_argument for a non-finite score.
inline Eigen::VectorXd ranks(const Eigen::VectorXd& scores) {
  for (Eigen::Index i = 0; i < scores.size(); ++i)
    if (!std::isfinite(scores[i]))
      detail::chk::invalid("composite::ranks", "score " + std::to_string(i) + " is " + detail::chk::num(scores[i]));
  std::vector<Eigen::Index> order;
  Eigen::VectorXd r(scores.size());
  detail::rank_into(scores, order, r);
  return r;
}

/// A composite index: each region's score and rank.
struct composite_index_result {
  Eigen::VectorXd scores;  ///< one per region, in the panel's order
  Eigen::VectorXd ranks;   ///< 1 for the best
};

/// Normalises a panel, weights and aggregates it: the composite index in one call.
///
/// Example: the panel {{2, 10}, {4, 20}, {6, 30}} with the second indicator lower-is-better,
/// min–max and equal weights, scores every region 50 (each is best on one side as much as it is
/// worst on the other), all ranked 1.
/// Throws as normalise and aggregate.
inline composite_index_result composite_index(const panel& p, const normalisation_spec& spec,
                                              const weights_view& weights, aggregation a) {
  composite_index_result r;
  r.scores = aggregate(normalise(p, spec), weights, a);
  r.ranks = ranks(r.scores);
  return r;
}

}  // namespace prosper::composite
