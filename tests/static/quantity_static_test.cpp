// Compile-time tests: the build is the test. Negative checks go through concepts so that a
// "no" is an honest SFINAE answer, not a hard error.
#include <type_traits>

#include "prosper/literals.hpp"
#include "prosper/target.hpp"

namespace {
using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept subtractable = requires(A a, B b) { a - b; };
template <class A, class B>
concept comparable = requires(A a, B b) { a < b; };

// Every public unit gives a trivially copyable, double-sized quantity.
template <class... U>
constexpr bool all_trivial(u::unit_list<U...>) {
  return ((std::is_trivially_copyable_v<quantity<U>> && sizeof(quantity<U>) == sizeof(double) &&
           std::is_standard_layout_v<quantity<U>>) && ...);
}
static_assert(all_trivial(u::all_units{}));

// Conversions are exact, explicit and computed at compile time.
static_assert(quantity<u::yuan>(7.27_wan_yuan).value() == 72700.0);
static_assert(quantity<u::wan_yuan>(72700_yuan).value() == 7.27);
static_assert(quantity<u::yuan>(1.5_yi_yuan).value() == 1.5e8);
static_assert(quantity<u::square_metre>(15_mu).value() == 10000.0);
static_assert(quantity<u::persons_per_thousand>(quantity<u::persons_per_ten_thousand>{36.0}).value() == 3.6);
static_assert(!std::is_convertible_v<quantity<u::wan_yuan>, quantity<u::yuan>>);
static_assert(std::is_constructible_v<quantity<u::yuan>, quantity<u::wan_yuan>>);

// The constructor trait tells the truth, unlike Boost.Units' (boostorg/units#36).
static_assert(!std::is_constructible_v<quantity<u::yuan>, quantity<u::percent>>);
static_assert(!std::is_constructible_v<quantity<u::percent>, quantity<u::percentage_point>>);
static_assert(!std::is_constructible_v<quantity<u::fraction>, quantity<u::times>>);
static_assert(!std::is_constructible_v<quantity<u::percent>, quantity<u::percent_per_year>>);

// No implicit way in or out of a raw double.
static_assert(!std::is_convertible_v<double, quantity<u::yuan>>);
static_assert(!std::is_convertible_v<quantity<u::percent>, double>);
static_assert(!std::is_convertible_v<quantity<u::fraction>, double>);

// Arithmetic: same unit only; shares subtract to percentage points.
static_assert(addable<quantity<u::yuan>, quantity<u::yuan>>);
static_assert(!addable<quantity<u::yuan>, quantity<u::percent>>);
static_assert(!addable<quantity<u::wan_yuan>, quantity<u::yi_yuan>>);
static_assert(!addable<quantity<u::yuan>, double>);
static_assert(!addable<quantity<u::fraction>, quantity<u::percentage_point>>);
static_assert(addable<quantity<u::percent>, quantity<u::percentage_point>>);
static_assert(std::is_same_v<decltype(70.0_pct - 58.0_pct), quantity<u::percentage_point>>);
static_assert((70.0_pct - 58.0_pct).value() == 12.0);
static_assert((58.0_pct + 4.0_pp).value() == 62.0);
static_assert(!comparable<quantity<u::yuan>, quantity<u::wan_yuan>>);
static_assert(std::is_same_v<decltype(57000_yuan / 44400_yuan), double>);
static_assert(as_fraction(64.0_pct) == 0.64);

// Indicators: two percent indicators never meet.
using urbanisation = indicator<struct urbanisation_tag, u::percent, direction::higher_is_better>;
using forest_cover = indicator<struct forest_cover_tag, u::percent, direction::higher_is_better>;
using pm25 = indicator<struct pm25_tag, u::microgram_per_cubic_metre, direction::lower_is_better>;
static_assert(Indicator<urbanisation>);
static_assert(std::is_trivially_copyable_v<indicator_value<urbanisation>>);
static_assert(std::is_trivially_copyable_v<target<urbanisation>>);
static_assert(!subtractable<indicator_value<urbanisation>, indicator_value<forest_cover>>);
static_assert(!comparable<indicator_value<urbanisation>, indicator_value<forest_cover>>);
static_assert(std::is_same_v<decltype(indicator_value<urbanisation>{68.0_pct} -
                                      indicator_value<urbanisation>{64.0_pct}),
                             quantity<u::percentage_point>>);

// Targets: a floor on a lower-is-better indicator does not exist.
template <class I>
concept has_floor = requires { target<I>::at_least(typename indicator_value<I>::quantity_type{}); };
template <class I>
concept has_cap = requires { target<I>::at_most(typename indicator_value<I>::quantity_type{}); };
static_assert(has_floor<urbanisation> && !has_cap<urbanisation>);
static_assert(has_cap<pm25> && !has_floor<pm25>);
static_assert(*is_met(target<pm25>::maintain(23_ug_m3), indicator_value<pm25>{22_ug_m3}));
}  // namespace
