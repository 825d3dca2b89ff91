#pragma once
// What makes a type a prosper unit, and when two units may be converted into each other.
//
// A unit is a small tag type: a Boost.Units unit for the dimension algebra, a *kind* and its
// symbols. The kind exists because Boost.Units cannot tell dimensionless things apart: a share
// (64 %), a change of a share (4 percentage points), a multiple (城乡收入倍差 2.0) and a
// per-population rate are all "dimensionless" to Boost, yet converting one into another is always
// a mistake. Two units convert into each other only when both the dimension and the kind agree.

#include <array>
#include <concepts>
#include <optional>
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

/// The kinds at run time, one enumerator per kind tag above, with one name table.
///
/// Example: `unit_kind_of<percent> == unit_kind::share`.
enum class unit_kind { plain, share, percentage_point, multiple, growth_rate, population_rate };

/// Every kind, in declaration order.
inline constexpr std::array<unit_kind, 6> all_unit_kinds = {
    unit_kind::plain,    unit_kind::share,       unit_kind::percentage_point,
    unit_kind::multiple, unit_kind::growth_rate, unit_kind::population_rate};

/// A stable ASCII name, used in JSON and messages.
///
/// Example: `to_string(unit_kind::percentage_point) == "percentage_point"`.
constexpr std::string_view to_string(unit_kind k) noexcept {
  switch (k) {
    case unit_kind::plain: return "plain";
    case unit_kind::share: return "share";
    case unit_kind::percentage_point: return "percentage_point";
    case unit_kind::multiple: return "multiple";
    case unit_kind::growth_rate: return "growth_rate";
    case unit_kind::population_rate: return "population_rate";
  }
  return "plain";
}

/// The kind named `s`, or nothing.
///
/// Example: `unit_kind_from_string("share") == unit_kind::share`.
constexpr std::optional<unit_kind> unit_kind_from_string(std::string_view s) noexcept {
  for (unit_kind k : all_unit_kinds)
    if (to_string(k) == s) return k;
  return std::nullopt;
}

namespace detail {
template <class Kind> struct kind_value;
template <> struct kind_value<kinds::plain> { static constexpr unit_kind value = unit_kind::plain; };
template <> struct kind_value<kinds::share> { static constexpr unit_kind value = unit_kind::share; };
template <> struct kind_value<kinds::percentage_point> {
  static constexpr unit_kind value = unit_kind::percentage_point;
};
template <> struct kind_value<kinds::multiple> { static constexpr unit_kind value = unit_kind::multiple; };
template <> struct kind_value<kinds::growth_rate> {
  static constexpr unit_kind value = unit_kind::growth_rate;
};
template <> struct kind_value<kinds::population_rate> {
  static constexpr unit_kind value = unit_kind::population_rate;
};
}  // namespace detail

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

/// The runtime kind of a typed unit.
///
/// Example: `static_assert(unit_kind_of<percentage_point> == unit_kind::percentage_point);`
template <Unit U>
inline constexpr unit_kind unit_kind_of = detail::kind_value<typename U::kind>::value;

/// Whether a unit's symbol is written against the number ("64%", "3‰", "8.32%/年") rather than
/// after a space ("7.27 万元"), as statistical tables print them. A unit says so with
/// `static constexpr bool symbol_attaches = true;`.
///
/// Example: `static_assert(symbol_attaches<percent> && !symbol_attaches<yuan>);`
template <Unit U>
inline constexpr bool symbol_attaches = [] {
  if constexpr (requires { U::symbol_attaches; })
    return U::symbol_attaches;
  else
    return false;
}();

/// `R` measures the product of an `A` and a `B` (元/人 × 万人 → 万元): same dimension, and all
/// three plain, so that shares, rates and multiples never multiply into money by accident.
///
/// Example: `static_assert(product_unit_of<wan_yuan, yuan_per_person, wan_person>);`
template <class R, class A, class B>
concept product_unit_of =
    Unit<R> && Unit<A> && Unit<B> && std::is_same_v<typename R::kind, kinds::plain> &&
    std::is_same_v<typename A::kind, kinds::plain> && std::is_same_v<typename B::kind, kinds::plain> &&
    std::is_same_v<detail::bu::dimension_of<detail::bu::multiply<typename A::boost_unit,
                                                                 typename B::boost_unit>>,
                   dimension_of<R>>;

/// `R` measures the quotient of an `A` by a `B` (万元 / 万人 → 元/人), with the same rules.
///
/// Example: `static_assert(quotient_unit_of<yuan_per_person, wan_yuan, wan_person>);`
template <class R, class A, class B>
concept quotient_unit_of =
    Unit<R> && Unit<A> && Unit<B> && std::is_same_v<typename R::kind, kinds::plain> &&
    std::is_same_v<typename A::kind, kinds::plain> && std::is_same_v<typename B::kind, kinds::plain> &&
    std::is_same_v<detail::bu::dimension_of<detail::bu::divide<typename A::boost_unit,
                                                               typename B::boost_unit>>,
                   dimension_of<R>>;

/// The number a product of a value in `A` and one in `B` is multiplied by to be in `R`.
///
/// Example: `product_factor<yuan_per_person, wan_person, wan_yuan> == 1.0`.
template <Unit A, Unit B, Unit R>
inline constexpr double product_factor =
    detail::bu::reference_factor<typename A::boost_unit> *
    detail::bu::reference_factor<typename B::boost_unit> /
    detail::bu::reference_factor<typename R::boost_unit>;

/// The number a quotient of a value in `A` by one in `B` is multiplied by to be in `R`.
///
/// Example: `quotient_factor<wan_yuan, wan_person, yuan_per_person> == 1.0`.
template <Unit A, Unit B, Unit R>
inline constexpr double quotient_factor =
    detail::bu::reference_factor<typename A::boost_unit> /
    detail::bu::reference_factor<typename B::boost_unit> /
    detail::bu::reference_factor<typename R::boost_unit>;

/// Shares (%, ‰, fraction) are the only units whose differences are percentage points.
template <class U>
concept ShareUnit = Unit<U> && std::same_as<typename U::kind, kinds::share>;

}  // namespace prosper::units
