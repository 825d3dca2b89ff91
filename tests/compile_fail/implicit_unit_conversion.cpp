// Compile-fail case: 万元 to 元 is exact but explicit.
// expected-error: conversion from .(prosper::)?quantity<prosper::units::wan_yuan>. to non-scalar type .(prosper::)?quantity<prosper::units::yuan>. requested
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

[[maybe_unused]] quantity<u::yuan> ok(7.27_wan_yuan);
#ifdef PROSPER_SHOULD_FAIL
[[maybe_unused]] quantity<u::yuan> bad = 7.27_wan_yuan;
#endif
