#pragma once
// Theil's T (GE(1)) and the mean log deviation (MLD, GE(0)), with between/within decompositions.
//
//     T = Σ pᵢ (xᵢ/μ) ln(xᵢ/μ),     MLD = Σ pᵢ ln(μ/xᵢ),     pᵢ = wᵢ/W,  μ = Σ pᵢxᵢ.
//
// Zeros: T uses the limit 0·ln 0 = 0 and keeps the zeros in μ. R's ineq drops zeros and
// recomputes the mean, which turns Theil(0, 1) from ln 2 into 0; PySAL adds a tiny number.
// Both change the answer. MLD has no such limit (−ln 0 = ∞), so it refuses zeros.
//
// Decomposition by groups g with population shares p_g and income shares s_g:
//
//     T   = Σ s_g T_g + Σ s_g ln(s_g/p_g)      (within + between)
//     MLD = Σ p_g L_g + Σ p_g ln(p_g/s_g)
//
// The between terms are Kullback–Leibler divergences, never negative; the within terms are
// weighted sums of non-negative indices. A group whose incomes are all 0 has s_g = 0, so it
// contributes 0·T_g and 0·ln 0 = 0 to T; its own T_g is reported as 0 (all its members are
// equal). Nothing replaces a zero share by 1, the PySAL TheilD bug that made the within term
// −0.693 for (0,0,0,10,10,10).

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>
#include <map>
#include <string>
#include <vector>

#include "prosper/inequality/detail/common.hpp"

namespace prosper::inequality {

namespace detail {

// Both indices are computed at the working scale of detail::scaled (values and weights divided
// by a power of two near their largest element), so that values or weights near 1e308 cannot
// overflow the total, and every term is written so that no quotient leaves the double range:
//
//     T   = Σ sᵢ ln(xᵢ/μ),    sᵢ = wᵢxᵢ / Σ wⱼxⱼ (the income share, in [0, 1]),
//     MLD = Σ pᵢ ln(μ/xᵢ),    pᵢ = wᵢ / Σ wⱼ,
//
// with the logarithms of quotients taken by log_ratio, which falls back to a difference of
// logarithms when the quotient would overflow or turn subnormal.
inline double theil_t_impl(const char* function, const vector_view& x, const vector_view& w) {
  const scaled s = checked_scale(function, x, w);
  if (all_equal(x, w)) return 0.0;
  wide t = 0.0L;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (w[i] == 0 || x[i] == 0) continue;  // 0·ln 0 = 0
    const wide share = s.w(w, i) * s.x(x, i) / s.total;
    t += share * s.log_relative(x, i);
  }
  return std::max(static_cast<double>(t), 0.0);
}

inline double mld_impl(const char* function, const vector_view& x, const vector_view& w) {
  const scaled s = checked_scale(function, x, w);
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (x[i] == 0 && w[i] > 0)
      chk::domain(function, "values[" + std::to_string(i) +
                                "] is 0 and the mean log deviation takes ln 0; use theil_t, or "
                                "drop zero incomes explicitly");
  }
  if (all_equal(x, w)) return 0.0;
  wide l = 0.0L;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (w[i] == 0) continue;
    l -= s.w(w, i) * s.log_relative(x, i);  // ln(μ/xᵢ) = −ln(xᵢ/μ)
  }
  return std::max(static_cast<double>(l / s.weight), 0.0);
}

}  // namespace detail

/// Theil's T index of non-negative values; zeros count in the mean and add 0·ln 0 = 0.
///
/// Example: `theil_t(Eigen::VectorXd{{0, 1}})` is ln 2 ≈ 0.6931.
/// Throws argument_error for an empty vector, NaN or negative values, and
/// value_error when every value is 0.
inline double theil_t(const vector_view& x) {
  detail::chk::non_empty("theil_t", "values", x);
  return detail::theil_t_impl("theil_t", x, Eigen::VectorXd::Ones(x.size()));
}

/// The population-weighted Theil T.
///
/// Example: `theil_t(Eigen::VectorXd{{0, 1}}, Eigen::VectorXd{{1, 1}})` is ln 2.
/// Throws as the unweighted form, and argument_error for mismatched, negative, NaN or
/// all-zero weights.
inline double theil_t(const vector_view& x, const vector_view& weights) {
  return detail::theil_t_impl("theil_t", x, weights);
}

/// The mean log deviation (Theil's L) of positive values.
///
/// Example: `mld(Eigen::VectorXd{{1, 3}})` = ln 2 − ½ ln 3 ≈ 0.1438.
/// Throws argument_error for an empty vector, NaN or negative values, and
/// value_error for any zero value (−ln 0 is infinite).
inline double mld(const vector_view& x) {
  detail::chk::non_empty("mld", "values", x);
  return detail::mld_impl("mld", x, Eigen::VectorXd::Ones(x.size()));
}

/// The population-weighted mean log deviation. A zero value with zero weight is ignored.
///
/// Example: `mld(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{1, 1}})` ≈ 0.1438.
/// Throws as the unweighted form, and for bad weights.
inline double mld(const vector_view& x, const vector_view& weights) {
  return detail::mld_impl("mld", x, weights);
}

/// One group's part of a decomposition.
template <class Label>
struct group_term {
  Label group{};
  double population_share = 0.0;  ///< p_g
  double income_share = 0.0;      ///< s_g
  double index = 0.0;             ///< the group's own T_g or L_g (0 for an all-zero group)
};

/// An index split into between-group and within-group inequality.
template <class Label>
struct decomposition {
  double total = 0.0;                     ///< between + within, equal to the index of the whole
  double between = 0.0;                   ///< ≥ 0
  double within = 0.0;                    ///< ≥ 0
  std::vector<group_term<Label>> groups;  ///< in ascending order of label
};

namespace detail {

enum class ge_order { theil_t, mld };

template <class Label>
decomposition<Label> decompose(const char* function, ge_order order, const vector_view& x,
                               const std::vector<Label>& labels, const vector_view& w) {
  if (static_cast<Eigen::Index>(labels.size()) != x.size())
    chk::invalid(function, "groups have " + std::to_string(labels.size()) +
                               " labels but values have " + std::to_string(x.size()));
  const scaled s = checked_scale(function, x, w);
  if (order == ge_order::mld) {
    // Checked on the whole first: an all-zero group would otherwise slip past the group-level
    // check and put ln(p_g/0) = ∞ into the between term.
    for (Eigen::Index i = 0; i < x.size(); ++i)
      if (x[i] == 0 && w[i] > 0)
        chk::domain(function,
                    "values[" + std::to_string(i) + "] is 0 and the mean log deviation takes ln 0");
  }
  std::map<Label, std::vector<Eigen::Index>> members;
  for (Eigen::Index i = 0; i < x.size(); ++i)
    members[labels[static_cast<std::size_t>(i)]].push_back(i);

  decomposition<Label> out;
  for (const auto& [label, idx] : members) {
    const auto n = static_cast<Eigen::Index>(idx.size());
    Eigen::VectorXd xg(n);
    Eigen::VectorXd wg(n);
    for (Eigen::Index k = 0; k < n; ++k) {
      xg[k] = x[idx[static_cast<std::size_t>(k)]];
      wg[k] = w[idx[static_cast<std::size_t>(k)]];
    }
    group_term<Label> term;
    term.group = label;
    // Shares at the working scale of the whole (detail::scaled), so that they cannot overflow.
    wide wsum = 0.0L;
    wide ysum = 0.0L;
    for (const Eigen::Index i : idx) {
      wsum += s.w(w, i);
      ysum += s.w(w, i) * s.x(x, i);
    }
    term.population_share = static_cast<double>(wsum / s.weight);
    term.income_share = static_cast<double>(ysum / s.total);
    // A group without weight is absent from the population; an all-zero group has no mean.
    // Both contribute nothing and are reported with an index of 0.
    if (wsum > 0 && ysum > 0)
      term.index =
          order == ge_order::theil_t ? theil_t_impl(function, xg, wg) : mld_impl(function, xg, wg);
    if (order == ge_order::theil_t) {
      out.within += term.income_share * term.index;
      if (term.income_share > 0)
        out.between += static_cast<double>(ysum / s.total * log_ratio(ysum / s.total, wsum / s.weight));
    } else {
      out.within += term.population_share * term.index;
      if (term.population_share > 0)
        out.between += static_cast<double>(wsum / s.weight * log_ratio(wsum / s.weight, ysum / s.total));
    }
    out.groups.push_back(term);
  }
  // Both terms are non-negative in exact arithmetic; clamp the rounding residue of equal groups.
  out.between = std::max(out.between, 0.0);
  out.within = std::max(out.within, 0.0);
  out.total = out.between + out.within;
  return out;
}

}  // namespace detail

/// Theil T split into between-group and within-group inequality, population-weighted.
/// `groups[i]` is unit i's group (a county's urban/rural flag, a city's county name).
///
/// Example: values {0, 0, 0, 10, 10, 10} in groups {0, 0, 0, 1, 1, 1} give between = ln 2 and
/// within = 0 (not −0.693).
/// Throws argument_error for mismatched lengths, bad values or weights, and
/// value_error when the total is 0.
template <class Label>
decomposition<Label> theil_t_decomposition(const vector_view& x, const std::vector<Label>& groups,
                                           const vector_view& weights) {
  return detail::decompose("theil_t_decomposition", detail::ge_order::theil_t, x, groups, weights);
}

/// The same with every unit weighing 1.
///
/// Example: `theil_t_decomposition(x, std::vector<int>{0, 0, 1, 1})`.
template <class Label>
decomposition<Label> theil_t_decomposition(const vector_view& x, const std::vector<Label>& groups) {
  detail::chk::non_empty("theil_t_decomposition", "values", x);
  return detail::decompose("theil_t_decomposition", detail::ge_order::theil_t, x, groups,
                           Eigen::VectorXd::Ones(x.size()));
}

/// The mean log deviation split into between-group and within-group inequality.
///
/// Example: values {1, 3, 2, 6} in groups {a, a, b, b} give within = MLD(1, 3) ≈ 0.1438 and a
/// between term from the group means 2 and 4.
/// Throws as theil_t_decomposition, and value_error for any zero value with weight.
template <class Label>
decomposition<Label> mld_decomposition(const vector_view& x, const std::vector<Label>& groups,
                                       const vector_view& weights) {
  return detail::decompose("mld_decomposition", detail::ge_order::mld, x, groups, weights);
}

/// The same with every unit weighing 1.
///
/// Example: `mld_decomposition(x, std::vector<std::string>{"urban", "urban", "rural"})`.
template <class Label>
decomposition<Label> mld_decomposition(const vector_view& x, const std::vector<Label>& groups) {
  detail::chk::non_empty("mld_decomposition", "values", x);
  return detail::decompose("mld_decomposition", detail::ge_order::mld, x, groups,
                           Eigen::VectorXd::Ones(x.size()));
}

}  // namespace prosper::inequality
