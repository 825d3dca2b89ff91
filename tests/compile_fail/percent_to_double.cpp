// Compile-fail case: a percentage never silently becomes 64 or 0.64.
// expected-error: cannot convert .prosper::quantity<prosper::units::percent>. to .double.
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

[[maybe_unused]] double ok = as_fraction(64.0_pct);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] double bad = 64.0_pct;
#endif
