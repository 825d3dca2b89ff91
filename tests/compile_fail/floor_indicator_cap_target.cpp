// Compile-fail case: a cap (≤) on a higher-is-better indicator is a contradiction.
// expected-error: (no matching function for call to .prosper::target<prosper::indicator<urbanisation_tag, prosper::units::percent, prosper::direction::higher_is_better> >::at_most|constraints not satisfied)
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

[[maybe_unused]] auto ok = target<urbanisation>::at_least(68.0_pct);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = target<urbanisation>::at_most(68.0_pct);
#endif
