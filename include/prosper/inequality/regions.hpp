#pragma once
// The inequality indices over named, typed regions (`prosper::region<U>`), weighted by their
// populations, so that a county calculator need not take its values out into raw Eigen vectors.
// Each function is the vector function of the same name (gini.hpp, theil.hpp, dispersion.hpp) on
// the regions' values with their populations as weights; the units cancel in every index.

#include <Eigen/Core>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/region.hpp"

namespace prosper::inequality {

namespace detail {

// The regions' values and populations as vectors; every region must have a population, since
// an index weighted by a population of zero would silently leave the region out.
template <Unit U>
void values_and_weights(const char* function, const std::vector<region<U>>& regions,
                        Eigen::VectorXd& x, Eigen::VectorXd& w) {
  namespace chk = prosper::detail::checks;
  if (regions.empty()) chk::invalid(function, "no regions given");
  const auto n = static_cast<Eigen::Index>(regions.size());
  x.resize(n);
  w.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto& r = regions[static_cast<std::size_t>(i)];
    x[i] = r.value.value();
    w[i] = r.population.value();
    if (!(w[i] > 0))
      chk::invalid(function, "region '" + r.name + "' has no population (" + chk::num(w[i]) +
                                 " 万人); population-weighted indices need every region's");
  }
}

}  // namespace detail

/// The population-weighted Gini coefficient of the regions' values.
///
/// Example: two regions of 40,000 and 60,000 元 with 1 and 1 万人 give 0.1.
/// Throws `argument_error` for no regions or a region without population, and what `gini`
/// throws for bad values.
template <Unit U>
double gini(const std::vector<region<U>>& regions,
            gini_correction correction = gini_correction::none) {
  Eigen::VectorXd x, w;
  detail::values_and_weights("inequality::gini", regions, x, w);
  return gini(x, w, correction);
}

/// The population-weighted Theil T index of the regions' values.
///
/// Example: `theil_t(regions)` for the counties of a city.
template <Unit U>
double theil_t(const std::vector<region<U>>& regions) {
  Eigen::VectorXd x, w;
  detail::values_and_weights("inequality::theil_t", regions, x, w);
  return theil_t(x, w);
}

/// The population-weighted mean log deviation of the regions' values.
///
/// Example: `mld(regions)` for the counties of a city.
template <Unit U>
double mld(const std::vector<region<U>>& regions) {
  Eigen::VectorXd x, w;
  detail::values_and_weights("inequality::mld", regions, x, w);
  return mld(x, w);
}

/// The population-weighted coefficient of variation of the regions' values.
///
/// Example: two regions of 40,000 and 60,000 元 with equal populations give 0.2.
template <Unit U>
double coefficient_of_variation(const std::vector<region<U>>& regions) {
  Eigen::VectorXd x, w;
  detail::values_and_weights("inequality::coefficient_of_variation", regions, x, w);
  return coefficient_of_variation(x, w);
}

}  // namespace prosper::inequality
