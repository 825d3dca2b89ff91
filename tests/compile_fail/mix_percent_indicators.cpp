// Compile-fail case: urbanisation and forest cover are both percentages, but different indicators.
// expected-error: no match for .operator-. \(operand types are .prosper::indicator_value<prosper::indicator<urbanisation_tag, prosper::units::percent, prosper::direction::higher_is_better> >. and .prosper::indicator_value<prosper::indicator<forest_cover_tag, prosper::units::percent, prosper::direction::higher_is_better> >.\)
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

[[maybe_unused]] auto ok = indicator_value<urbanisation>{68.0_pct} - indicator_value<urbanisation>{64.0_pct};
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = indicator_value<urbanisation>{68.0_pct} - indicator_value<forest_cover>{64.0_pct};
#endif
