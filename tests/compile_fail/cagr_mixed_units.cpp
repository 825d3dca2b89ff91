// Compile-fail case: base and target of a growth rate must be in one unit.
// expected-error: no matching function for call to .required_cagr\(prosper::quantity<prosper::units::wan_yuan>, prosper::quantity<prosper::units::yuan>, double\)
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

[[maybe_unused]] auto ok = required_cagr(7.27_wan_yuan, quantity<u::wan_yuan>(92400_yuan), 3.0);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = required_cagr(7.27_wan_yuan, 92400_yuan, 3.0);
#endif
