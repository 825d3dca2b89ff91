#pragma once
// Uncertainty analysis of a composite index: how far each region's score and rank move when the
// modelling choices move (OECD/JRC Handbook 2008, step 7; Saisana, Saltelli & Tarantola 2005,
// "Uncertainty and sensitivity analysis techniques as tools for the quality assessment of
// composite indicators", Journal of the Royal Statistical Society A 168(2), 307–323; COINr's
// get_sensitivity with SA_type = "UA", bluefoxr/COINr R/sensitivity.R).
//
// Each of N seeded Monte Carlo runs draws, in this order:
// 1. a normalisation, uniformly from the alternatives given (the nominal one if none);
// 2. an aggregation, uniformly from the alternatives given (the nominal one if none);
// 3. weights around the nominal ones: each wⱼ·(1 + U(−f, f)), COINr's get_noisy_weights with
//    NoiseFactor f, or a Dirichlet draw with mean w and concentration κ (Var wⱼ = wⱼ(1 − wⱼ)/(κ + 1));
//    either way rescaled to sum to 1;
// 4. thresholds: every target (distance to target) and goalpost multiplied by its own
//    1 + U(−t, t), when t > 0;
// then rebuilds the index and ranks it. Each region gets its nominal score and rank, and the
// median and the 5 % and 95 % quantiles of its scores and ranks over the runs (R's quantile type
// 7, as COINr's RankStats). Ranks compare across runs whatever the normalisation; scores do only
// when every alternative shares a scale (min–max, distance to target and goalposts all run
// 0–100 by default; z-scores do not).
//
// Draws come from std::mt19937_64 through prosper's own transforms (prosper/math/detail/
// random.hpp), and every sum runs in a fixed order, so a seed gives the same answer on every
// compiler.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "prosper/composite/aggregate.hpp"
#include "prosper/composite/normalise.hpp"
#include "prosper/composite/panel.hpp"
#include "prosper/composite/weights.hpp"
#include "prosper/math/detail/random.hpp"

namespace prosper::composite {

/// How the weights are perturbed around the nominal ones.
enum class weight_noise {
  uniform,    ///< wⱼ·(1 + U(−f, f)), COINr's get_noisy_weights
  dirichlet,  ///< Dirichlet(κ·w): mean w, every draw a set of weights on the simplex
};

/// What the uncertainty analysis varies.
struct uncertainty_options {
  std::vector<normalisation_spec> normalisations;  ///< alternatives; empty: the nominal only
  std::vector<aggregation> aggregations;           ///< alternatives; empty: the nominal only
  weight_noise weights = weight_noise::uniform;
  double noise_factor = 0.25;    ///< f for uniform noise, in [0, 1]
  double concentration = 100.0;  ///< κ for Dirichlet noise, > 0
  double threshold_noise = 0.0;  ///< t: targets and goalposts × (1 + U(−t, t)), in [0, 1)
  int draws = 1000;
  std::uint64_t seed = prosper::detail::rng::default_seed;
  double lower_quantile = 0.05;
  double upper_quantile = 0.95;
};

/// One region's composite and rank, nominal and over the runs.
struct region_uncertainty {
  std::string region;
  double nominal_score = 0.0;
  double nominal_rank = 0.0;
  double score_median = 0.0, score_lower = 0.0, score_upper = 0.0;
  double rank_median = 0.0, rank_lower = 0.0, rank_upper = 0.0;
  double rank_mean = 0.0;
};

/// The result: per region, and every run's scores and ranks (runs × regions).
struct uncertainty_result {
  std::vector<region_uncertainty> regions;
  Eigen::MatrixXd scores;  ///< draws × regions
  Eigen::MatrixXd ranks;   ///< draws × regions
  int draws = 0;
  std::uint64_t seed = 0;
};

namespace detail {

/// Perturbed weights summing to 1 (redrawn in the practically impossible case of a zero sum).
inline void draw_weights(prosper::detail::rng::stream& rs, const Eigen::VectorXd& nominal,
                         const uncertainty_options& o, Eigen::VectorXd& w) {
  for (;;) {
    double total = 0.0;
    for (Eigen::Index j = 0; j < nominal.size(); ++j) {
      if (o.weights == weight_noise::uniform)
        w[j] = nominal[j] * (1.0 + o.noise_factor * (2.0 * rs.uniform() - 1.0));
      else
        w[j] = nominal[j] > 0 ? rs.gamma(o.concentration * nominal[j]) : 0.0;
      total += w[j];
    }
    if (total > 0) {
      for (Eigen::Index j = 0; j < w.size(); ++j) w[j] /= total;
      return;
    }
  }
}

/// The quantile of a column by R's type 7.
inline double column_quantile(std::vector<double>& v, double q) {
  std::sort(v.begin(), v.end());
  const double h = (static_cast<double>(v.size()) - 1.0) * q;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

/// Element-wise std::log in a plain loop: Eigen's vectorised log is its own polynomial, which
/// differs between SSE and AVX builds, so it would break reproducibility across machines.
inline Eigen::MatrixXd logs_of(const Eigen::MatrixXd& m) {
  Eigen::MatrixXd out(m.rows(), m.cols());
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    for (Eigen::Index i = 0; i < m.rows(); ++i) out(i, j) = std::log(m(i, j));
  return out;
}

inline bool has_thresholds(const normalisation_spec& s) {
  return s.method == normalisation::distance_to_target || s.method == normalisation::goalposts;
}

}  // namespace detail

/// Runs the uncertainty analysis of a composite index whose nominal form is
/// (`normalisation`, `weights`, `aggregation`), varying what `options` says.
///
/// Example: three regions {{2, 10}, {4, 20}, {6, 30}} (second indicator lower-is-better) tie at
/// 50 under min–max with equal weights; with weights ±25 % their ranks spread over 1–3 while
/// their median scores stay near 50; a region best on every indicator is ranked 1 in every run.
/// Throws std::invalid_argument for a malformed panel, weights or options (draws < 1, a noise
/// factor outside [0, 1], threshold noise outside [0, 1) or wide enough to push a target onto the
/// worst value or a low goalpost past its high one, quantiles outside [0, 1] or out of order, a
/// geometric aggregation with a normalisation that scores 0 or below: z-scores, min–max from 0,
/// distance to target); std::domain_error for a non-finite option, or when a run meets a score ≤ 0 under geometric
/// aggregation or an indicator without spread.
inline uncertainty_result composite_uncertainty(const panel& p, const normalisation_spec& normalisation_nominal,
                                                const weights_view& weights, aggregation aggregation_nominal,
                                                const uncertainty_options& options = {}) {
  constexpr const char* fn = "composite::composite_uncertainty";
  namespace chk = prosper::detail::checks;
  detail::check_panel(fn, p);
  detail::check_weights(fn, weights, p.values.cols());
  const auto& o = options;
  if (o.draws < 1) chk::invalid(fn, "draws must be ≥ 1, got " + std::to_string(o.draws));
  chk::finite(fn, "noise_factor", o.noise_factor);
  if (o.noise_factor < 0 || o.noise_factor > 1)
    chk::invalid(fn, "noise_factor must lie in [0, 1], got " + chk::num(o.noise_factor));
  chk::finite(fn, "concentration", o.concentration);
  if (!(o.concentration > 0)) chk::invalid(fn, "concentration must be > 0, got " + chk::num(o.concentration));
  chk::finite(fn, "threshold_noise", o.threshold_noise);
  if (o.threshold_noise < 0 || o.threshold_noise >= 1)
    chk::invalid(fn, "threshold_noise must lie in [0, 1), got " + chk::num(o.threshold_noise));
  if (!(o.lower_quantile >= 0 && o.lower_quantile <= o.upper_quantile && o.upper_quantile <= 1))
    chk::invalid(fn, "quantiles must satisfy 0 ≤ lower ≤ upper ≤ 1, got " + chk::num(o.lower_quantile) +
                         " and " + chk::num(o.upper_quantile));

  std::vector<normalisation_spec> norms = o.normalisations;
  if (norms.empty()) norms.push_back(normalisation_nominal);
  std::vector<aggregation> aggs = o.aggregations;
  if (aggs.empty()) aggs.push_back(aggregation_nominal);
  const bool any_geometric = aggregation_nominal == aggregation::geometric ||
                             std::find(aggs.begin(), aggs.end(), aggregation::geometric) != aggs.end();
  const Eigen::Index rows = p.values.rows(), cols = p.values.cols();
  const double t = o.threshold_noise;
  auto check_alternative = [&](const normalisation_spec& s) {
    detail::check_spec(fn, s, cols);
    if (any_geometric) {
      const bool zero_possible = s.method == normalisation::z_score ||
                                 (s.method == normalisation::min_max && !(s.lower > 0)) ||
                                 s.method == normalisation::distance_to_target;
      if (zero_possible)
        chk::invalid(fn, "geometric aggregation needs scores above 0, and " + std::string(to_string(s.method)) +
                             " gives the worst region 0 or less; use min-max onto [1, 100] (COINr's advice)");
    }
    if (t > 0 && s.method == normalisation::distance_to_target)
      for (Eigen::Index j = 0; j < cols; ++j) {
        const auto ju = static_cast<std::size_t>(j);
        const double worst = detail::sign_of_indicator(p, j) > 0 ? p.values.col(j).minCoeff() : p.values.col(j).maxCoeff();
        const double a = s.targets[ju] * (1 - t), b = s.targets[ju] * (1 + t);
        if (std::min(a, b) <= worst && worst <= std::max(a, b))
          chk::invalid(fn, "threshold noise of ±" + chk::percent(t) + " % can move the target of '" +
                               p.indicators[ju] + "' onto its worst value " + chk::num(worst));
      }
    if (t > 0 && s.method == normalisation::goalposts)
      for (std::size_t j = 0; j < s.goalpost_low.size(); ++j) {
        const double l = s.goalpost_low[j], h = s.goalpost_high[j];
        if (!(std::max(l * (1 - t), l * (1 + t)) < std::min(h * (1 - t), h * (1 + t))))
          chk::invalid(fn, "threshold noise of ±" + chk::percent(t) + " % can push the low goalpost of '" +
                               p.indicators[j] + "' past its high one");
      }
  };
  check_alternative(normalisation_nominal);
  for (const auto& s : norms) check_alternative(s);

  uncertainty_result out;
  out.draws = o.draws;
  out.seed = o.seed;
  const composite_index_result nominal = composite_index(p, normalisation_nominal, weights, aggregation_nominal);

  // Normalised panels (and their logarithms) that do not change from run to run.
  std::vector<Eigen::MatrixXd> fixed(norms.size()), fixed_log(norms.size());
  for (std::size_t k = 0; k < norms.size(); ++k) {
    if (t > 0 && detail::has_thresholds(norms[k])) continue;
    fixed[k] = normalise(p, norms[k]);
    if (any_geometric) fixed_log[k] = detail::logs_of(fixed[k]);
  }
  const Eigen::VectorXd w_nominal = declared_weights(weights);
  out.scores.resize(o.draws, rows);
  out.ranks.resize(o.draws, rows);
  prosper::detail::rng::stream rs(o.seed);
  Eigen::VectorXd w(cols), score(rows), rank(rows);
  Eigen::MatrixXd work(rows, cols);
  std::vector<Eigen::Index> order;
  for (int n = 0; n < o.draws; ++n) {
    const std::size_t k = norms.size() > 1 ? static_cast<std::size_t>(rs.index(norms.size())) : 0;
    const aggregation a = aggs.size() > 1 ? aggs[static_cast<std::size_t>(rs.index(aggs.size()))] : aggs[0];
    detail::draw_weights(rs, w_nominal, o, w);
    const Eigen::MatrixXd* matrix = nullptr;
    if (t > 0 && detail::has_thresholds(norms[k])) {
      normalisation_spec s = norms[k];
      for (auto& v : s.targets) v *= 1.0 + t * (2.0 * rs.uniform() - 1.0);
      for (std::size_t j = 0; j < s.goalpost_low.size(); ++j) {
        s.goalpost_low[j] *= 1.0 + t * (2.0 * rs.uniform() - 1.0);
        s.goalpost_high[j] *= 1.0 + t * (2.0 * rs.uniform() - 1.0);
      }
      for (Eigen::Index j = 0; j < cols; ++j) detail::normalise_column(fn, p, s, j, work);
      if (a == aggregation::geometric) work = detail::logs_of(work);
      matrix = &work;
    } else {
      matrix = a == aggregation::geometric ? &fixed_log[k] : &fixed[k];
    }
    if (a == aggregation::geometric)
      for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j)
          if (!std::isfinite((*matrix)(i, j)) && w[j] > 0)
            chk::domain(fn, "run " + std::to_string(n) + " scores '" + p.regions[static_cast<std::size_t>(i)] +
                                "' 0 on '" + p.indicators[static_cast<std::size_t>(j)] +
                                "' under " + std::string(to_string(norms[k].method)) +
                                ", which geometric aggregation cannot take");
    detail::aggregate_into(*matrix, w, a, score);
    detail::rank_into(score, order, rank);
    out.scores.row(n) = score.transpose();
    out.ranks.row(n) = rank.transpose();
  }

  std::vector<double> column(static_cast<std::size_t>(o.draws));
  for (Eigen::Index i = 0; i < rows; ++i) {
    region_uncertainty r;
    r.region = p.regions[static_cast<std::size_t>(i)];
    r.nominal_score = nominal.scores[i];
    r.nominal_rank = nominal.ranks[i];
    for (int n = 0; n < o.draws; ++n) column[static_cast<std::size_t>(n)] = out.scores(n, i);
    r.score_median = detail::column_quantile(column, 0.5);
    r.score_lower = detail::column_quantile(column, o.lower_quantile);
    r.score_upper = detail::column_quantile(column, o.upper_quantile);
    double sum = 0.0;
    for (int n = 0; n < o.draws; ++n) {
      column[static_cast<std::size_t>(n)] = out.ranks(n, i);
      sum += out.ranks(n, i);
    }
    r.rank_mean = sum / o.draws;
    r.rank_median = detail::column_quantile(column, 0.5);
    r.rank_lower = detail::column_quantile(column, o.lower_quantile);
    r.rank_upper = detail::column_quantile(column, o.upper_quantile);
    out.regions.push_back(std::move(r));
  }
  return out;
}

}  // namespace prosper::composite
