// Compile-fail case: 万元 and 亿元 share a dimension, but adding them needs an explicit conversion.
// expected-error: no match for .operator\+. \(operand types are .prosper::quantity<prosper::units::wan_yuan>. and .prosper::quantity<prosper::units::yi_yuan>.\)
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

[[maybe_unused]] auto ok = 7.27_wan_yuan + quantity<u::wan_yuan>(1.0_yi_yuan);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = 7.27_wan_yuan + 1.0_yi_yuan;
#endif
