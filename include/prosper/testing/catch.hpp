#pragma once
// Catch2 (v2) support for users' own tests of policy calculators: failures print "7.27 万元"
// instead of "{?}", and matchers compare quantities within a tolerance in the expected value's
// unit, converting the actual value first when its unit differs but is convertible.
//
// Include after <catch2/catch.hpp>. Example:
//   CHECK_THAT(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0),
//              prosper::testing::within_rel(8.321_pct_per_year, 1e-4));

#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>
#include <string>

#include "prosper/format.hpp"
#include "prosper/indicator.hpp"

namespace Catch {
template <prosper::units::Unit U>
struct StringMaker<prosper::quantity<U>> {
  static std::string convert(prosper::quantity<U> q) { return prosper::to_string(q); }
};
template <>
struct StringMaker<prosper::units::runtime_unit> {
  static std::string convert(const prosper::units::runtime_unit& u) {
    return std::string(u.name()) + " (" + u.spelling() + ")";
  }
};
template <prosper::Indicator I>
struct StringMaker<prosper::indicator_value<I>> {
  static std::string convert(prosper::indicator_value<I> v) {
    return prosper::to_string(v.as_quantity());
  }
};
}  // namespace Catch

namespace prosper::testing {

/// Matches a quantity whose value, expressed in the expected value's unit, is within
/// `rel` relative or `abs` absolute (in that unit) of the expected value.
template <Unit Expected>
class quantity_matcher {
 public:
  quantity_matcher(quantity<Expected> expected, double rel, double abs)
      : expected_(expected), rel_(rel), abs_(abs) {}

  template <Unit Actual>
    requires units::convertible_unit<Actual, Expected>
  bool match(quantity<Actual> actual) const {
    const double a = quantity<Expected>(actual).value();
    const double e = expected_.value();
    if (!std::isfinite(a)) return false;
    return std::fabs(a - e) <= abs_ || std::fabs(a - e) <= rel_ * std::fabs(e);
  }

  // Catch2 v2's MatchExpr accepts any type with match() and toString(), so no MatcherBase is
  // needed, and match() can stay a template over every convertible actual unit.
  std::string toString() const {
    std::ostringstream out;
    out << "is within ";
    if (rel_ > 0) out << rel_ << " relative ";
    if (rel_ > 0 && abs_ > 0) out << "or ";
    if (abs_ > 0) out << abs_ << ' ' << Expected::symbol_zh << " absolute ";
    out << "of " << prosper::to_string(expected_);
    return out.str();
  }

 private:
  quantity<Expected> expected_;
  double rel_;
  double abs_;
};

/// Relative tolerance matcher. Example: `CHECK_THAT(q, within_rel(8.32_pct_per_year, 1e-3))`.
template <Unit U>
quantity_matcher<U> within_rel(quantity<U> expected, double rel) {
  return {expected, rel, 0.0};
}

/// Absolute tolerance matcher, in the expected value's unit.
/// Example: `CHECK_THAT(q, within_abs(9.24_wan_yuan, 0.005))`.
template <Unit U>
quantity_matcher<U> within_abs(quantity<U> expected, double abs) {
  return {expected, 0.0, abs};
}

}  // namespace prosper::testing
