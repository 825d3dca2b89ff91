#pragma once
// A named region with a value and its population: what the many-region constraints (max/min
// across counties, the uplift that closes a gap, population-weighted inequality) take, so that a
// county calculator stays typed from its inputs to its answers and every answer names its
// region. A value of a typed indicator goes in as it is.

#include <string>
#include <utility>

#include "prosper/indicator.hpp"
#include "prosper/quantity.hpp"

namespace prosper {

/// A named region with a value and, for the weighted functions, its population.
///
/// Example: `region<units::yuan>{"莲都区", 60000_yuan, quantity<units::wan_person>{57.0}}`, or
/// from a typed indicator value: `region{"莲都区", indicator_value<county_income>{60000_yuan}}`.
template <Unit U>
struct region {
  std::string name;
  quantity<U> value;
  /// Zero when not given; functions that weight by population refuse all-zero populations.
  quantity<units::wan_person> population{};

  region() = default;
  region(std::string name_, quantity<U> value_, quantity<units::wan_person> population_ = {})
      : name(std::move(name_)), value(value_), population(population_) {}
  /// From a value of a typed indicator in unit `U`.
  template <Indicator I>
    requires std::same_as<typename I::unit, U>
  region(std::string name_, indicator_value<I> value_, quantity<units::wan_person> population_ = {})
      : region(std::move(name_), value_.as_quantity(), population_) {}
};

template <Unit U>
region(std::string, quantity<U>, quantity<units::wan_person> = {}) -> region<U>;
template <Indicator I>
region(std::string, indicator_value<I>, quantity<units::wan_person> = {})
    -> region<typename I::unit>;

}  // namespace prosper
