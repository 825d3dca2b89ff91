#pragma once
// Indicators: a unit plus a tag plus a direction, all in the type.
//
// The tag is what Boost.Units cannot give: urbanisation (%) and forest cover (%) have the same
// unit, yet adding one to the other is a mistake. An `indicator_value<I>` only meets values of
// the same indicator `I`; to mix two indicators a user must take the quantities out on purpose.

#include <compare>
#include <concepts>
#include <string_view>
#include <utility>

#include "prosper/direction.hpp"
#include "prosper/quantity.hpp"

namespace prosper {

/// Describes an indicator at compile time.
///
/// Example:
/// `using per_capita_gdp = indicator<struct per_capita_gdp_tag, units::wan_yuan,
///                                   direction::higher_is_better>;`
template <class Tag, Unit U, direction D>
struct indicator {
  using tag = Tag;
  using unit = U;
  static constexpr prosper::direction desired_direction = D;
};

/// Any `indicator<Tag, Unit, Direction>` (or a type shaped like one).
template <class I>
concept Indicator = requires {
  typename I::tag;
  typename I::unit;
  requires Unit<typename I::unit>;
  { I::desired_direction } -> std::convertible_to<direction>;
};

/// A value of indicator `I`: a quantity in `I`'s unit that only meets values of `I`.
///
/// Example: `indicator_value<per_capita_gdp> v{7.27_wan_yuan};`
template <Indicator I>
class indicator_value {
 public:
  using indicator_type = I;
  using quantity_type = quantity<typename I::unit>;

  constexpr indicator_value() noexcept = default;

  /// From a quantity in the indicator's unit.
  constexpr explicit indicator_value(quantity_type q) noexcept : q_(q) {}

  /// From a quantity in another unit of the same dimension and kind, converted exactly.
  ///
  /// Example: `indicator_value<per_capita_gdp>{quantity<units::yuan>{72700.0}}` holds 7.27 万元.
  template <Unit From>
    requires(units::convertible_unit<From, typename I::unit> &&
             !std::same_as<From, typename I::unit>)
  constexpr explicit indicator_value(quantity<From> q) noexcept : q_(q) {}

  /// The value as a plain quantity, leaving the indicator's protection on purpose.
  [[nodiscard]] constexpr quantity_type as_quantity() const noexcept { return q_; }

  /// The number in the indicator's unit.
  [[nodiscard]] constexpr double value() const noexcept { return q_.value(); }

  friend constexpr bool operator==(indicator_value, indicator_value) noexcept = default;
  friend constexpr auto operator<=>(indicator_value a, indicator_value b) noexcept {
    return a.q_ <=> b.q_;
  }

 private:
  quantity_type q_{};
};

/// A quantity with the year it refers to: the typed twin of `math::observation` {year, value},
/// in the same order.
///
/// Example: `dated<quantity<units::wan_yuan>>{2022, 7.27_wan_yuan}`.
template <class V>
using dated = std::pair<int, V>;

/// A dated value of indicator `I`, the element of a typed series.
///
/// Example: `dated_value<gdp_pc>{2023, indicator_value<gdp_pc>{7.80_wan_yuan}}`.
template <Indicator I>
using dated_value = dated<indicator_value<I>>;

/// The change between two values of the same indicator (percentage points for % indicators).
///
/// Example: `indicator_value<urbanisation>{68.0_pct} - indicator_value<urbanisation>{64.0_pct}`
/// is 4 pp.
template <Indicator I>
constexpr auto operator-(indicator_value<I> a, indicator_value<I> b) noexcept {
  return a.as_quantity() - b.as_quantity();
}

/// A value of `I` moved by a change in the indicator's difference unit.
///
/// Example: `indicator_value<urbanisation>{64.0_pct} + 4.0_pp` holds 68 %.
template <Indicator I>
constexpr indicator_value<I> operator+(indicator_value<I> a,
                                       quantity<difference_unit_t<typename I::unit>> d) noexcept {
  return indicator_value<I>(a.as_quantity() + d);
}

}  // namespace prosper
