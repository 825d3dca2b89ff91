// Compile-fail case: only shares have a fraction; money does not.
// expected-error: no matching function for call to .as_fraction\(prosper::quantity<prosper::units::yuan>\)
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

[[maybe_unused]] double ok = as_fraction(5.0_pct);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] double bad = as_fraction(5.0_yuan);
#endif
