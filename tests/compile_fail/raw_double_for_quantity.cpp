// Compile-fail case: a bare number is not a quantity: which unit would 7.27 be in?
// expected-error: could not convert .7.2[0-9]*e\+0. from .double. to .prosper::quantity<prosper::units::wan_yuan>.
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

[[maybe_unused]] double ok = per_capita(7.27_wan_yuan);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] double bad = per_capita(7.27);
#endif
