// Compile-fail case: percentage points are defined on percent levels; a fraction must be converted first.
// expected-error: no match for .operator\+. \(operand types are .prosper::quantity<prosper::units::fraction>. and .prosper::quantity<prosper::units::percentage_point>.\)
#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/target.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;
using urbanisation = indicator<struct urbanisation_tag, u::percent, direction::higher_is_better>;
using forest_cover = indicator<struct forest_cover_tag, u::percent, direction::higher_is_better>;
using pm25 = indicator<struct pm25_tag, u::microgram_per_cubic_metre, direction::lower_is_better>;
[[maybe_unused]] inline double per_capita(quantity<u::wan_yuan> gdp) { return gdp.value(); }

[[maybe_unused]] auto ok = quantity<u::percent>(quantity<u::fraction>{0.58}) + 4.0_pp;
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = quantity<u::fraction>{0.58} + 4.0_pp;
#endif
