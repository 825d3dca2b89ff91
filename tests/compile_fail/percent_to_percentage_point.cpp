// Compile-fail case: a level (64 %) is not a change (4 pp), though both print as percent.
// expected-error: no matching function for call to .prosper::quantity<prosper::units::percentage_point>::quantity\(prosper::quantity<prosper::units::percent>
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

[[maybe_unused]] auto ok = 68.0_pct - 64.0_pct;
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] quantity<u::percentage_point> bad(64.0_pct);
#endif
