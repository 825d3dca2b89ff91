#pragma once
// User-defined literals for the units plans print most. `using namespace prosper::literals;`
// brings them in; they never make a bare number into a quantity behind the user's back.

#include "prosper/quantity.hpp"

namespace prosper::literals {

#define PROSPER_DETAIL_LITERAL(suffix, unit)                                         \
  constexpr quantity<units::unit> operator""_##suffix(long double v) noexcept {       \
    return quantity<units::unit>(static_cast<double>(v));                             \
  }                                                                                   \
  constexpr quantity<units::unit> operator""_##suffix(unsigned long long v) noexcept { \
    return quantity<units::unit>(static_cast<double>(v));                             \
  }

/// Example: `7.27_wan_yuan`, `44400_yuan`, `64.0_pct`, `4.0_pp`, `23_ug_m3`.
PROSPER_DETAIL_LITERAL(yuan, yuan)
PROSPER_DETAIL_LITERAL(wan_yuan, wan_yuan)
PROSPER_DETAIL_LITERAL(yi_yuan, yi_yuan)
PROSPER_DETAIL_LITERAL(persons, person)
PROSPER_DETAIL_LITERAL(wan_persons, wan_person)
PROSPER_DETAIL_LITERAL(pct, percent)
PROSPER_DETAIL_LITERAL(permille, per_mille)
PROSPER_DETAIL_LITERAL(pp, percentage_point)
PROSPER_DETAIL_LITERAL(times, times)
PROSPER_DETAIL_LITERAL(pct_per_year, percent_per_year)
PROSPER_DETAIL_LITERAL(years, year)
PROSPER_DETAIL_LITERAL(mu, mu)
PROSPER_DETAIL_LITERAL(m2, square_metre)
PROSPER_DETAIL_LITERAL(ug_m3, microgram_per_cubic_metre)

#undef PROSPER_DETAIL_LITERAL

}  // namespace prosper::literals
