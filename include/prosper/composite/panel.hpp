#pragma once
// A panel of regions × indicators for a composite index: the values, the names of the rows and
// columns, and the direction of each indicator. The composite layer follows the OECD/JRC
// Handbook on Constructing Composite Indicators (Nardo et al., OECD 2008), steps 5–7
// (normalisation, weighting and aggregation, uncertainty and sensitivity analysis), with the
// definitions of the JRC's COINr package (bluefoxr/COINr, R/normalise.R, R/aggregate.R,
// R/sensitivity.R).
//
// Missing values are not handled: COINr reweights over the indicators present, which changes
// what a region's score means; prosper asks for a complete panel (impute first) and says which
// cell is missing.

#include <Eigen/Core>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/direction.hpp"

namespace prosper::composite {

/// Regions (rows) × indicators (columns), with names and directions.
///
/// Example: `panel{values, {"莲都", "青田"}, {"GDP per capita", "PM2.5"},
/// {direction::higher_is_better, direction::lower_is_better}}`.
struct panel {
  Eigen::MatrixXd values;                      ///< regions × indicators, in each indicator's unit
  std::vector<std::string> regions;            ///< one name per row
  std::vector<std::string> indicators;         ///< one name per column
  std::vector<prosper::direction> directions;  ///< one per column; empty: all higher-is-better
};

/// A read-only view of a vector of weights.
using weights_view = Eigen::Ref<const Eigen::VectorXd>;

namespace detail {

namespace chk = prosper::detail::checks;

/// Refuses a panel whose shape and names disagree, with fewer than two regions, a neutral
/// direction or a non-finite value.
inline void check_panel(std::string_view fn, const panel& p) {
  const auto rows = static_cast<std::size_t>(p.values.rows());
  const auto cols = static_cast<std::size_t>(p.values.cols());
  if (p.regions.size() != rows)
    chk::invalid(fn, "the panel has " + std::to_string(rows) + " rows but " +
                         std::to_string(p.regions.size()) + " region names");
  if (p.indicators.size() != cols)
    chk::invalid(fn, "the panel has " + std::to_string(cols) + " columns but " +
                         std::to_string(p.indicators.size()) + " indicator names");
  if (rows < 2) chk::invalid(fn, "a composite index compares at least two regions, got " + std::to_string(rows));
  if (cols < 1) chk::invalid(fn, "the panel has no indicators");
  if (!p.directions.empty() && p.directions.size() != cols)
    chk::invalid(fn, "directions has " + std::to_string(p.directions.size()) + " entries but the panel has " +
                         std::to_string(cols) + " indicators");
  for (std::size_t j = 0; j < p.directions.size(); ++j)
    if (p.directions[j] == prosper::direction::neutral)
      chk::invalid(fn, "indicator '" + p.indicators[j] + "' is neutral; a composite needs to know which way is better");
  for (Eigen::Index i = 0; i < p.values.rows(); ++i)
    for (Eigen::Index j = 0; j < p.values.cols(); ++j)
      if (!std::isfinite(p.values(i, j)))
        chk::invalid(fn, "the value of '" + p.indicators[static_cast<std::size_t>(j)] + "' for '" +
                             p.regions[static_cast<std::size_t>(i)] + "' is " + chk::num(p.values(i, j)) +
                             "; impute missing values before building the index");
}

/// +1 for a higher-is-better indicator, −1 for lower-is-better.
inline int sign_of_indicator(const panel& p, Eigen::Index j) {
  return p.directions.empty() ? 1 : direction_sign(p.directions[static_cast<std::size_t>(j)]);
}

}  // namespace detail

}  // namespace prosper::composite
