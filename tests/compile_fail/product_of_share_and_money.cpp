// Compile-fail case: a share times money is not a total in 万元 (the share must first become a
// fraction on purpose, with as_fraction).
// expected-error: no matching function for call to .product<prosper::units::wan_yuan>\(prosper::quantity<prosper::units::percent>, prosper::quantity<prosper::units::wan_yuan>\).
#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

[[maybe_unused]] auto ok = product<u::wan_yuan>(quantity<u::yuan_per_person>{44400.0},
                                                quantity<u::wan_person>{250.0});
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] auto bad = product<u::wan_yuan>(64.0_pct, 1.0_wan_yuan);
#endif
