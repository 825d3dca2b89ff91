// Compile-fail case: a floor (≥) on a lower-is-better indicator such as PM2.5 is a contradiction.
// expected-error: (no matching function for call to .prosper::target<prosper::indicator<pm25_tag, prosper::units::microgram_per_cubic_metre, prosper::direction::lower_is_better> >::at_least|constraints not satisfied)
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

[[maybe_unused]] auto ok = target<pm25>::at_most(23_ug_m3);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = target<pm25>::at_least(23_ug_m3);
#endif
