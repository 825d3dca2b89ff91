// Compile-fail case: people and money are different dimensions, whatever their scale.
// expected-error: no match for .operator\+. \(operand types are .prosper::quantity<prosper::units::wan_person>. and .prosper::quantity<prosper::units::wan_yuan>.\)
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

[[maybe_unused]] auto ok = 20.0_wan_persons + 1.0_wan_persons;
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = 20.0_wan_persons + 1.0_wan_yuan;
#endif
