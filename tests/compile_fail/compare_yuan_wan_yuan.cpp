// Compile-fail case: comparing 元 with 万元 needs a conversion first.
// expected-error: no match for .operator<. \(operand types are .prosper::quantity<prosper::units::yuan>. and .prosper::quantity<prosper::units::wan_yuan>.\)
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

[[maybe_unused]] bool ok = 44400_yuan < quantity<u::yuan>(5.7_wan_yuan);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] bool bad = 44400_yuan < 5.7_wan_yuan;
#endif
