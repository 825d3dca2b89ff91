#pragma once
// The named units of prosper, with the symbols Chinese statistical publications print and their
// English equivalents. Each is a tag type; `prosper::quantity<prosper::units::wan_yuan>` is what a
// user holds. Boost.Units only appears as `boost_unit`, which users never need to name.

#include <string_view>

#include "prosper/units/unit.hpp"

namespace prosper::units {

namespace detail::define {
namespace bu = prosper::units::detail::bu;
// The backend units these tags are built from. Kept in one place so every tag below reads as a
// plain list.
using yuan = bu::yuan;
using wan_yuan = bu::scaled<bu::yuan, 4>;
using yi_yuan = bu::scaled<bu::yuan, 8>;
using person = bu::person;
using wan_person = bu::scaled<bu::person, 4>;
using one = bu::dimensionless;
using tonne = bu::scaled<bu::kilogram, 3>;
using cubic_metre = bu::multiply<bu::square_metre, bu::metre>;
using kilometre = bu::scaled<bu::metre, 3>;
}  // namespace detail::define

#define PROSPER_DETAIL_UNIT_SYMBOLS(ascii, zh, en)      \
  static constexpr std::string_view name = ascii;       \
  static constexpr std::string_view symbol_zh = zh;     \
  static constexpr std::string_view symbol_en = en

namespace d = detail::define;
namespace b = detail::bu;

// Money. Currency is its own dimension, so 元 never meets 人 or 亩 in an addition.
struct yuan {
  using boost_unit = d::yuan; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("yuan", "元", "CNY");
};
struct wan_yuan {
  using boost_unit = d::wan_yuan; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("wan_yuan", "万元", "10k CNY");
};
struct yi_yuan {
  using boost_unit = d::yi_yuan; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("yi_yuan", "亿元", "100M CNY");
};

// People and counted things.
struct person {
  using boost_unit = d::person; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("person", "人", "persons");
};
struct wan_person {
  using boost_unit = d::wan_person; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("wan_person", "万人", "10k persons");
};
/// 个: a count of things (parks, childcare places, villages).
struct item {
  using boost_unit = b::item; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("item", "个", "items");
};
/// 家: a count of organisations (enterprises, institutions).
struct establishment {
  using boost_unit = b::item; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("establishment", "家", "establishments");
};
/// 件: a count of cases (lawsuits, incidents).
struct case_count {
  using boost_unit = b::item; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("case", "件", "cases");
};

// Area.
struct square_metre {
  using boost_unit = b::square_metre; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("m2", "平方米", "m²");
};
/// 亩: 1 亩 = 10000/15 m² ≈ 666.67 m².
struct mu {
  using boost_unit = b::mu; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("mu", "亩", "mu");
};
struct wan_mu {
  using boost_unit = b::scaled<b::mu, 4>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("wan_mu", "万亩", "10k mu");
};

// Dimensionless numbers, kept apart by kind.
/// A share expressed as a plain fraction (0.64).
struct fraction {
  using boost_unit = d::one; using kind = kinds::share;
  PROSPER_DETAIL_UNIT_SYMBOLS("fraction", "", "");
};
struct percent {
  using boost_unit = b::scaled<d::one, -2>; using kind = kinds::share;
  PROSPER_DETAIL_UNIT_SYMBOLS("percent", "%", "%");
  static constexpr bool symbol_attaches = true;
};
struct per_mille {
  using boost_unit = b::scaled<d::one, -3>; using kind = kinds::share;
  PROSPER_DETAIL_UNIT_SYMBOLS("per_mille", "‰", "‰");
  static constexpr bool symbol_attaches = true;
};
/// The difference of two percentages: 58 % → 70 % is +12 percentage points, not +12 %.
struct percentage_point {
  using boost_unit = b::scaled<d::one, -2>; using kind = kinds::percentage_point;
  PROSPER_DETAIL_UNIT_SYMBOLS("pp", "个百分点", "pp");
};
/// A ratio of two like quantities (城乡居民收入倍差 2.0, 最高最低倍差 1.5).
struct times {
  using boost_unit = d::one; using kind = kinds::multiple;
  PROSPER_DETAIL_UNIT_SYMBOLS("times", "倍", "×");
};
/// Growth per year, in percent (8.32 %/年).
struct percent_per_year {
  using boost_unit = b::divide<b::scaled<d::one, -2>, b::year>; using kind = kinds::growth_rate;
  PROSPER_DETAIL_UNIT_SYMBOLS("pct_per_year", "%/年", "%/yr");
  static constexpr bool symbol_attaches = true;
};
struct persons_per_thousand {
  using boost_unit = b::scaled<d::one, -3>; using kind = kinds::population_rate;
  PROSPER_DETAIL_UNIT_SYMBOLS("per_1000_people", "人/千人", "per 1,000 people");
};
struct persons_per_ten_thousand {
  using boost_unit = b::scaled<d::one, -4>; using kind = kinds::population_rate;
  PROSPER_DETAIL_UNIT_SYMBOLS("per_10000_people", "人/万人", "per 10,000 people");
};

// Time and speed.
struct year {
  using boost_unit = b::year; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("year", "年", "years");
};
/// 小时: travel times ("通达上海2小时").
struct hour {
  using boost_unit = b::hour; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("hour", "小时", "h");
};
struct km_per_hour {
  using boost_unit = b::divide<d::kilometre, b::hour>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("km_per_h", "公里/小时", "km/h");
};

// Concentrations and intensities.
struct microgram_per_cubic_metre {
  using boost_unit = b::divide<b::scaled<b::kilogram, -9>, d::cubic_metre>;
  using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("ug_per_m3", "微克/立方米", "μg/m³");
};
struct square_metre_per_person {
  using boost_unit = b::divide<b::square_metre, d::person>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("m2_per_person", "平方米/人", "m²/person");
};
struct square_metre_per_wan_yuan {
  using boost_unit = b::divide<b::square_metre, d::wan_yuan>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("m2_per_wan_yuan", "平方米/万元", "m²/10k CNY");
};
struct square_metre_per_ten_thousand_people {
  using boost_unit = b::divide<b::square_metre, d::wan_person>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("m2_per_10000_people", "平方米/万人", "m² per 10,000 people");
};
struct yuan_per_person {
  using boost_unit = b::divide<d::yuan, d::person>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("yuan_per_person", "元/人", "CNY/person");
};
struct wan_yuan_per_person {
  using boost_unit = b::divide<d::wan_yuan, d::person>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("wan_yuan_per_person", "万元/人", "10k CNY/person");
};
struct wan_yuan_per_mu {
  using boost_unit = b::divide<d::wan_yuan, b::mu>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("wan_yuan_per_mu", "万元/亩", "10k CNY/mu");
};
struct tce_per_wan_yuan {
  using boost_unit = b::divide<b::tce, d::wan_yuan>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("tce_per_wan_yuan", "吨标准煤/万元", "tce/10k CNY");
};
struct tonne_per_wan_yuan {
  using boost_unit = b::divide<d::tonne, d::wan_yuan>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("t_per_wan_yuan", "吨/万元", "t/10k CNY");
};
struct cases_per_ten_thousand_people {
  using boost_unit = b::divide<b::item, d::wan_person>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("cases_per_10000_people", "件/万人", "cases per 10,000 people");
};
struct items_per_thousand_people {
  using boost_unit = b::divide<b::item, b::scaled<d::person, 3>>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("items_per_1000_people", "个/千人", "per 1,000 people");
};
struct persons_per_yi_yuan {
  using boost_unit = b::divide<d::person, d::yi_yuan>; using kind = kinds::plain;
  PROSPER_DETAIL_UNIT_SYMBOLS("persons_per_yi_yuan", "人/亿元", "persons per 100M CNY");
};

#undef PROSPER_DETAIL_UNIT_SYMBOLS

/// Every named unit, for code that must visit them all (the runtime registry, the static tests).
template <class... U>
struct unit_list {};
using all_units = unit_list<
    yuan, wan_yuan, yi_yuan, person, wan_person, item, establishment, case_count, square_metre, mu,
    wan_mu, fraction, percent, per_mille, percentage_point, times, percent_per_year,
    persons_per_thousand, persons_per_ten_thousand, year, hour, km_per_hour, microgram_per_cubic_metre,
    square_metre_per_person, square_metre_per_wan_yuan, square_metre_per_ten_thousand_people,
    yuan_per_person, wan_yuan_per_person, wan_yuan_per_mu, tce_per_wan_yuan, tonne_per_wan_yuan,
    cases_per_ten_thousand_people, items_per_thousand_people, persons_per_yi_yuan>;

}  // namespace prosper::units
