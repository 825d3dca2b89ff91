#pragma once
// What makes a type a prosper unit, and when two units may be converted into each other.
//
// A unit is a small tag type: a Boost.Units unit for the dimension algebra, a *kind* and its
// symbols. The kind exists because Boost.Units cannot tell dimensionless things apart: a share
// (64 %), a change of a share (4 percentage points), a multiple (城乡收入倍差 2.0) and a
// per-population rate are all "dimensionless" to Boost, yet converting one into another is always
// a mistake. Two units convert into each other only when both the dimension and the kind agree.

#include <concepts>
#include <string_view>
#include <type_traits>

#include "prosper/units/boost_backend.hpp"

namespace prosper::units {

/// Kinds keep apart quantities that share a dimension but must never be converted into each other.
namespace kinds {
struct plain {};              ///< the ordinary kind: money, area, people, concentrations …
struct share {};              ///< a part of a whole: %, ‰, fraction
struct percentage_point {};   ///< a difference of two shares expressed in percent
struct multiple {};           ///< a ratio of two like quantities, printed as 倍 or without unit
struct growth_rate {};        ///< relative change per unit of time (%/年)
struct population_rate {};    ///< people per 1,000 or per 10,000 people
}  // namespace kinds

/// A prosper unit: a tag with a Boost unit, a kind, a stable ASCII name and zh/en symbols.
///
/// Example: `static_assert(Unit<prosper::units::wan_yuan>);`
template <class U>
concept Unit = requires {
  typename U::boost_unit;
  typename U::kind;
  { U::name } -> std::convertible_to<std::string_view>;
  { U::symbol_zh } -> std::convertible_to<std::string_view>;
  { U::symbol_en } -> std::convertible_to<std::string_view>;
};

/// The Boost dimension of a unit; only the backend knows what it looks like.
template <Unit U>
using dimension_of = detail::bu::dimension_of<typename U::boost_unit>;

namespace detail {
// A plain bool rather than std::same_as on the dimensions: when a conversion is refused, the
// compiler's note then names the two prosper units instead of spelling out Boost's dimension lists.
template <class A, class B>
inline constexpr bool same_dimension = std::is_same_v<dimension_of<A>, dimension_of<B>>;
template <class A, class B>
inline constexpr bool same_kind = std::is_same_v<typename A::kind, typename B::kind>;
}  // namespace detail

/// Two units measure the same dimension (元 and 亿元; 亩 and m²).
///
/// Example: `static_assert(same_dimension_as<yuan, yi_yuan>);`
template <class A, class B>
concept same_dimension_as = Unit<A> && Unit<B> && detail::same_dimension<A, B>;

/// Two units can be converted into each other: same dimension and same kind.
///
/// Example: `static_assert(!convertible_unit<percent, percentage_point>);`
template <class From, class To>
concept convertible_unit = same_dimension_as<From, To> && detail::same_kind<From, To>;

/// The exact number a value in `From` is multiplied by to express it in `To`.
///
/// Example: `conversion_factor<wan_yuan, yuan> == 10000.0`.
template <Unit From, Unit To>
  requires convertible_unit<From, To>
inline constexpr double conversion_factor =
    detail::bu::conversion_factor<typename From::boost_unit, typename To::boost_unit>;

/// Shares (%, ‰, fraction) are the only units whose differences are percentage points.
template <class U>
concept ShareUnit = Unit<U> && std::same_as<typename U::kind, kinds::share>;

}  // namespace prosper::units
