#pragma once
// prosper::quantity<Unit>: a number that knows its unit.
//
// It is a plain `double` with a unit in its type, deliberately trivially copyable so that it is
// passed in registers like a double (Boost.Units' own quantity is not, and costs ~40 % across a
// call boundary). Every operator is constrained by a concept, so a mistake reads
// "no match for operator+ (operand types are 'prosper::quantity<prosper::units::yuan>' and
// 'prosper::quantity<prosper::units::percent>')" instead of a page of boost::units::list<…>.
//
// The rules, chosen so that the common slips of plan arithmetic do not compile:
// - a quantity is made from a raw double only explicitly, and gives its number back only
//   through `.value()` (percent never silently becomes 0.64 or 64);
// - units of one dimension and kind convert only explicitly, with factors computed at compile
//   time (`quantity<yuan>(7.27_wan_yuan)` is 72,700 元);
// - + and − need the same unit; the difference of two shares is in percentage points, and a
//   percentage-point change can be added to a percent level;
// - a quantity divided by one of the same unit is a plain number.

#include <compare>
#include <concepts>
#include <type_traits>

#include "prosper/units/detail/decimal_scaling.hpp"
#include "prosper/units/units.hpp"

namespace prosper {

using units::Unit;

/// A value in a fixed unit.
///
/// Example: `quantity<units::wan_yuan> gdp_per_capita{7.27};`
template <Unit U>
class quantity {
 public:
  using unit_type = U;

  /// Zero.
  constexpr quantity() noexcept = default;

  /// From a number already in `U`. Explicit, so a bare double never passes for a quantity.
  ///
  /// Example: `quantity<units::yuan> income{44400.0};`
  constexpr explicit quantity(double value_in_unit) noexcept : value_(value_in_unit) {}

  /// From the same dimension and kind in another unit, converted by an exact compile-time factor.
  ///
  /// Example: `quantity<units::yuan>(quantity<units::wan_yuan>{7.27}).value() == 72700.0`.
  template <Unit From>
    requires(units::convertible_unit<From, U> && !std::same_as<From, U>)
  constexpr explicit quantity(quantity<From> other) noexcept
      : value_(convert_from<From>(other.value())) {}

  /// The number in `U`.
  ///
  /// Example: `quantity<units::percent>{64.0}.value() == 64.0`.
  [[nodiscard]] constexpr double value() const noexcept { return value_; }

  /// The same quantity expressed in another unit of its dimension and kind.
  ///
  /// Example: `quantity<units::yi_yuan>{2250.0}.in<units::wan_yuan>().value() == 22'500'000.0`.
  template <Unit To>
    requires units::convertible_unit<U, To>
  [[nodiscard]] constexpr quantity<To> in() const noexcept {
    return quantity<To>(*this);
  }

  constexpr quantity operator+() const noexcept { return *this; }
  constexpr quantity operator-() const noexcept { return quantity(-value_); }

  constexpr quantity& operator*=(double k) noexcept { value_ *= k; return *this; }
  constexpr quantity& operator/=(double k) noexcept { value_ /= k; return *this; }

  /// Adds a quantity in the same unit.
  ///
  /// Example: `total += quantity<units::yi_yuan>{35.0};`
  constexpr quantity& operator+=(quantity other) noexcept { value_ += other.value_; return *this; }

  /// Subtracts a quantity in the same unit. Not for shares: 70 % − 58 % is 12 percentage points,
  /// a different unit, so a share can only be moved by percentage points (see below).
  ///
  /// Example: `budget -= quantity<units::wan_yuan>{120.0};`
  constexpr quantity& operator-=(quantity other) noexcept
    requires(!units::ShareUnit<U>)
  {
    value_ -= other.value_;
    return *this;
  }

  friend constexpr bool operator==(quantity, quantity) noexcept = default;
  friend constexpr auto operator<=>(quantity a, quantity b) noexcept { return a.value_ <=> b.value_; }

 private:
  // Scaling down divides by the exact inverse factor instead of multiplying by its rounded
  // reciprocal, and powers of ten move the decimal point of the shortest decimal form, so that
  // 978,371 元 → 97.8371 万元 → 978,371 元 exactly (units/detail/decimal_scaling.hpp). A constant
  // expression cannot print a double, so there the arithmetic alone is used (within one ulp).
  template <Unit From>
  static constexpr double convert_from(double v) noexcept {
    constexpr double factor = units::conversion_factor<From, U>;
    constexpr double inverse = units::conversion_factor<U, From>;
    if (std::is_constant_evaluated()) return factor >= 1.0 ? v * factor : v / inverse;
    return units::detail::scale(v, factor, inverse);
  }

  double value_ = 0.0;
};

/// The unit that the difference of two `U` quantities is measured in: percentage points for
/// shares, `U` itself otherwise.
template <Unit U>
using difference_unit_t =
    std::conditional_t<units::ShareUnit<U>, units::percentage_point, U>;

/// The number a difference of two `U` values is multiplied by to be in `difference_unit_t<U>`:
/// 100 for a fraction, 0.1 for ‰, 1 for % and every unit that is not a share.
///
/// Example: `static_assert(difference_factor<units::fraction> == 100.0);`
template <Unit U>
inline constexpr double difference_factor = [] {
  if constexpr (units::ShareUnit<U>)
    return units::conversion_factor<U, units::percent>;
  else
    return 1.0;
}();

/// Sum of two quantities in the same unit.
///
/// Example: `quantity<units::yi_yuan>{310.0} + quantity<units::yi_yuan>{35.0}` is 345 亿元.
template <Unit U>
constexpr quantity<U> operator+(quantity<U> a, quantity<U> b) noexcept {
  return quantity<U>(a.value() + b.value());
}

/// Difference of two quantities in the same unit; for shares the result is in percentage points.
///
/// Example: `70.0_pct - 58.0_pct == 12.0_pp`.
template <Unit U>
constexpr quantity<difference_unit_t<U>> operator-(quantity<U> a, quantity<U> b) noexcept {
  return quantity<difference_unit_t<U>>((a.value() - b.value()) * difference_factor<U>);
}

/// A percent level moved by a number of percentage points.
///
/// Example: `58.0_pct + 4.0_pp == 62.0_pct`.
constexpr quantity<units::percent> operator+(quantity<units::percent> level,
                                             quantity<units::percentage_point> change) noexcept {
  return quantity<units::percent>(level.value() + change.value());
}
constexpr quantity<units::percent> operator+(quantity<units::percentage_point> change,
                                             quantity<units::percent> level) noexcept {
  return level + change;
}
constexpr quantity<units::percent> operator-(quantity<units::percent> level,
                                             quantity<units::percentage_point> change) noexcept {
  return quantity<units::percent>(level.value() - change.value());
}

/// A percent level moved in place by percentage points.
///
/// Example: `auto u = 64.0_pct; u += 4.0_pp;` leaves 68 %.
constexpr quantity<units::percent>& operator+=(quantity<units::percent>& level,
                                               quantity<units::percentage_point> change) noexcept {
  return level = level + change;
}
constexpr quantity<units::percent>& operator-=(quantity<units::percent>& level,
                                               quantity<units::percentage_point> change) noexcept {
  return level = level - change;
}

/// The product of two quantities expressed in a named result unit `R` whose dimension is the
/// product of theirs: a per-capita amount times a population is a total. The factor between
/// the units is exact and computed at compile time.
///
/// Example: `product<units::wan_yuan>(quantity<units::yuan_per_person>{44400.0},
/// quantity<units::wan_person>{250.0})` is 11,100,000 万元 (1110 亿元).
template <Unit R, Unit A, Unit B>
  requires units::product_unit_of<R, A, B>
constexpr quantity<R> product(quantity<A> a, quantity<B> b) noexcept {
  return quantity<R>(a.value() * b.value() * units::product_factor<A, B, R>);
}

/// The quotient of two quantities expressed in a named result unit `R` whose dimension is the
/// quotient of theirs: a total over a population is a per-capita amount.
///
/// Example: `quotient<units::yuan_per_person>(quantity<units::wan_yuan>{11'100'000.0},
/// quantity<units::wan_person>{250.0})` is 44,400 元/人.
template <Unit R, Unit A, Unit B>
  requires units::quotient_unit_of<R, A, B>
constexpr quantity<R> quotient(quantity<A> a, quantity<B> b) noexcept {
  return quantity<R>(a.value() / b.value() * units::quotient_factor<A, B, R>);
}

/// A per-capita amount as plans print it, in 元 or 万元 (人均可支配收入 44400 元), read as an
/// amount per person, so that it multiplies with a population into a total (`product`).
///
/// Example: `product<units::yi_yuan>(per_person(44400_yuan), quantity<units::wan_person>{250.0})`
/// is 1110 亿元.
constexpr quantity<units::yuan_per_person> per_person(quantity<units::yuan> per_capita) noexcept {
  return quantity<units::yuan_per_person>(per_capita.value());
}
constexpr quantity<units::wan_yuan_per_person> per_person(quantity<units::wan_yuan> per_capita) noexcept {
  return quantity<units::wan_yuan_per_person>(per_capita.value());
}

/// Scaling by a plain number keeps the unit.
///
/// Example: `2.0 * quantity<units::yuan>{100.0}` is 200 元.
template <Unit U>
constexpr quantity<U> operator*(quantity<U> q, double k) noexcept {
  return quantity<U>(q.value() * k);
}
template <Unit U>
constexpr quantity<U> operator*(double k, quantity<U> q) noexcept {
  return quantity<U>(k * q.value());
}
template <Unit U>
constexpr quantity<U> operator/(quantity<U> q, double k) noexcept {
  return quantity<U>(q.value() / k);
}

/// The ratio of two quantities in the same unit is a plain number (57000 元 / 44400 元 ≈ 1.284).
///
/// Example: `quantity<units::yuan>{57000.0} / quantity<units::yuan>{44400.0}`.
template <Unit U>
constexpr double operator/(quantity<U> a, quantity<U> b) noexcept {
  return a.value() / b.value();
}

/// A share as a plain fraction, the one sanctioned way from percent to a raw number for formulas.
///
/// Example: `as_fraction(64.0_pct) == 0.64`.
template <units::ShareUnit U>
constexpr double as_fraction(quantity<U> share) noexcept {
  return share.value() * units::conversion_factor<U, units::fraction>;
}

/// A share from a plain fraction.
///
/// Example: `from_fraction<units::percent>(0.0832).value() == 8.32` (up to rounding).
template <units::ShareUnit U>
constexpr quantity<U> from_fraction(double f) noexcept {
  return quantity<U>(f * units::conversion_factor<units::fraction, U>);
}

/// A growth rate as a plain fraction per year, the one sanctioned way to feed %/年 to a formula.
///
/// Example: `as_fraction(quantity<units::percent_per_year>{8.32}) == 0.0832`.
constexpr double as_fraction(quantity<units::percent_per_year> rate) noexcept {
  return rate.value() / 100.0;
}

/// A growth rate from a plain fraction per year.
///
/// Example: `rate_from_fraction(0.0832).value() == 8.32` (up to rounding).
constexpr quantity<units::percent_per_year> rate_from_fraction(double fraction) noexcept {
  return quantity<units::percent_per_year>(fraction * 100.0);
}

/// Any `quantity<U>`.
template <class T>
concept Quantity = requires { typename T::unit_type; } &&
                   std::same_as<T, quantity<typename T::unit_type>>;

/// Quantities of one dimension and kind, whatever their units.
template <class Q, class U>
concept QuantityOf = Quantity<Q> && units::convertible_unit<typename Q::unit_type, U>;

}  // namespace prosper
