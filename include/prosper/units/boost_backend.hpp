#pragma once
// The only header that sees Boost.Units. Boost.Units gives us the dimension algebra and exact,
// constexpr conversion factors; everything users touch is prosper's own trivially copyable
// quantity (see quantity.hpp), so Boost's type soup never reaches an error message and Boost's
// non-trivial copy constructor never reaches an ABI boundary.
//
// Base-dimension and base-unit ordinals start at 101: Boost's own metric units already use small
// positive ordinals (hectare uses 12), and negative ones are reserved for the library.

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/metric/hour.hpp>
#include <boost/units/base_units/metric/year.hpp>
#include <boost/units/conversion.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/get_dimension.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/physical_dimensions/area.hpp>
#include <boost/units/physical_dimensions/length.hpp>
#include <boost/units/physical_dimensions/mass.hpp>
#include <boost/units/physical_dimensions/time.hpp>
#include <boost/units/scale.hpp>
#include <boost/units/scaled_base_unit.hpp>
#include <boost/units/static_rational.hpp>
#include <boost/units/systems/si/area.hpp>
#include <boost/units/systems/si/length.hpp>
#include <boost/units/systems/si/mass.hpp>
#include <boost/units/systems/si/time.hpp>
#include <boost/units/unit.hpp>

namespace prosper::units::detail::bu {

namespace b = boost::units;

// Dimensions Boost does not have. Money, people, standard-coal energy and counted things
// (enterprises, parks, cases) are each their own dimension, so 元 + 人 or 个 + 元 cannot compile.
struct currency_base_dimension : b::base_dimension<currency_base_dimension, 101> {};
struct population_base_dimension : b::base_dimension<population_base_dimension, 102> {};
struct coal_energy_base_dimension : b::base_dimension<coal_energy_base_dimension, 103> {};
struct count_base_dimension : b::base_dimension<count_base_dimension, 104> {};

using currency_dimension = currency_base_dimension::dimension_type;
using population_dimension = population_base_dimension::dimension_type;
using coal_energy_dimension = coal_energy_base_dimension::dimension_type;
using count_dimension = count_base_dimension::dimension_type;

struct yuan_base_unit : b::base_unit<yuan_base_unit, currency_dimension, 101> {
  static constexpr const char* name() { return "yuan"; }
  static constexpr const char* symbol() { return "CNY"; }
};
struct person_base_unit : b::base_unit<person_base_unit, population_dimension, 102> {
  static constexpr const char* name() { return "person"; }
  static constexpr const char* symbol() { return "person"; }
};
struct tce_base_unit : b::base_unit<tce_base_unit, coal_energy_dimension, 103> {
  static constexpr const char* name() { return "tonne of standard coal"; }
  static constexpr const char* symbol() { return "tce"; }
};
struct item_base_unit : b::base_unit<item_base_unit, count_dimension, 104> {
  static constexpr const char* name() { return "item"; }
  static constexpr const char* symbol() { return "item"; }
};
// 亩 is a unit of the existing area dimension, converted to m² like Boost's hectare.
struct mu_base_unit : b::base_unit<mu_base_unit, b::area_dimension, 105> {
  static constexpr const char* name() { return "mu"; }
  static constexpr const char* symbol() { return "mu"; }
};

// The coherent system every other unit converts through.
using system = b::make_system<yuan_base_unit, person_base_unit, tce_base_unit, item_base_unit,
                              b::si::meter_base_unit, b::si::kilogram_base_unit,
                              b::si::second_base_unit>::type;

using dimensionless = b::unit<b::dimensionless_type, system>;
using yuan = b::unit<currency_dimension, system>;
using person = b::unit<population_dimension, system>;
using tce = b::unit<coal_energy_dimension, system>;
using item = b::unit<count_dimension, system>;
using square_metre = b::unit<b::area_dimension, system>;
using metre = b::unit<b::length_dimension, system>;
using kilogram = b::unit<b::mass_dimension, system>;
using second = b::unit<b::time_dimension, system>;
using mu = mu_base_unit::unit_type;
using year = b::metric::year_base_unit::unit_type;
using hour = b::metric::hour_base_unit::unit_type;

template <class U, long Exponent>
using scaled = typename b::make_scaled_unit<U, b::scale<10, b::static_rational<Exponent>>>::type;

template <class A, class B>
using divide = typename b::divide_typeof_helper<A, B>::type;

template <class A, class B>
using multiply = typename b::multiply_typeof_helper<A, B>::type;

template <class U>
using dimension_of = typename b::get_dimension<U>::type;

/// The coherent unit of U's dimension in prosper's system (元, m², 1 …): the common yardstick
/// through which every pair of units of that dimension converts.
template <class U>
using reference_of = b::unit<dimension_of<U>, system>;

/// The factor that turns a number in `U` into a number in its reference unit (亿元 → 元: 10⁸),
/// computed by Boost at compile time.
template <class U>
inline constexpr double reference_factor = b::conversion_factor(U{}, reference_of<U>{});

/// The factor that turns a number in `From` into a number in `To`. It goes through the reference
/// unit rather than asking Boost for the pair directly: Boost computes m² → 亩 (the inverse of a
/// defined conversion) with `std::pow`, which clang does not accept in a constant expression, and
/// the string-keyed registry converts the same way, so the two cannot disagree. A quotient of two
/// exact powers of ten is the correctly rounded power of ten.
template <class From, class To>
inline constexpr double conversion_factor = reference_factor<From> / reference_factor<To>;

}  // namespace prosper::units::detail::bu

// Must be at global scope: the macros open namespace boost::units themselves. 1 亩 = 10000/15 m²
// exactly (the statutory definition: 15 亩 = 1 hectare), printed by the plan's readers as 666.67.
BOOST_UNITS_DEFINE_CONVERSION_FACTOR(prosper::units::detail::bu::mu_base_unit,
                                     boost::units::si::area, double, 10000.0 / 15.0);
BOOST_UNITS_DEFAULT_CONVERSION(prosper::units::detail::bu::mu_base_unit, boost::units::si::area);
