#pragma once
// The Lishui plan's indicators as types, so that user code holds `indicator_value<lishui::
// urbanisation_rate>` and cannot mix it with `indicator_value<lishui::forest_cover>` or compare
// PM2.5 against a floor. The numbers are not repeated here: `lishui::milestones<I>()` reads them
// from the embedded catalog (plan/lishui.hpp) through `plan::typed`, which checks each type's
// unit and direction against the catalog's, so the typed and the record views cannot disagree.
//
// Each unit is the catalog's resolved unit. Where the table's printed unit leaves its
// denominator in the indicator's name (9 规上工业亩均税收 printed 万元 is 万元/亩; 41, 46, 49, 54,
// 55 likewise), the catalog records the full unit and keeps the print in `unit_printed`. Ratios
// printed without a unit (倍差, 之比) are `times`; the Engel and Gini coefficients are fractions.

#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "prosper/plan/lishui.hpp"
#include "prosper/plan/typed.hpp"
#include "prosper/target.hpp"

namespace prosper::lishui {

namespace u = prosper::units;

// clang-format off
/// 1 人均地区生产总值: Per-capita GDP.
struct per_capita_gdp_tag { static constexpr std::string_view id = "1"; };
using per_capita_gdp = indicator<per_capita_gdp_tag, u::wan_yuan, direction::higher_is_better>;

/// 2 居民人均可支配收入: Per-capita disposable income of residents.
struct disposable_income_tag { static constexpr std::string_view id = "2"; };
using disposable_income = indicator<disposable_income_tag, u::yuan, direction::higher_is_better>;

/// 3 农村居民人均可支配收入: Per-capita disposable income of rural residents.
struct rural_disposable_income_tag { static constexpr std::string_view id = "3"; };
using rural_disposable_income = indicator<rural_disposable_income_tag, u::yuan, direction::higher_is_better>;

/// 4 生态系统生产总值: Gross ecosystem product (GEP).
struct gross_ecosystem_product_tag { static constexpr std::string_view id = "4"; };
using gross_ecosystem_product = indicator<gross_ecosystem_product_tag, u::yi_yuan, direction::higher_is_better>;

/// 5 “两山贷”余额: Outstanding "Two Mountains" loans.
struct two_mountains_loans_tag { static constexpr std::string_view id = "5"; };
using two_mountains_loans = indicator<two_mountains_loans_tag, u::yi_yuan, direction::higher_is_better>;

/// 6 “生态贷”余额: Outstanding "ecological" loans.
struct ecological_loans_tag { static constexpr std::string_view id = "6"; };
using ecological_loans = indicator<ecological_loans_tag, u::yi_yuan, direction::higher_is_better>;

/// 7 全员劳动生产率: Overall labour productivity.
struct labour_productivity_tag { static constexpr std::string_view id = "7"; };
using labour_productivity = indicator<labour_productivity_tag, u::wan_yuan_per_person, direction::higher_is_better>;

/// 8 工业增加值占GDP比重: Industrial value added as a share of GDP.
struct industry_share_of_gdp_tag { static constexpr std::string_view id = "8"; };
using industry_share_of_gdp = indicator<industry_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 9 规上工业亩均税收: Tax revenue per mu of land of industrial enterprises above designated size.
struct industrial_tax_per_mu_tag { static constexpr std::string_view id = "9"; };
using industrial_tax_per_mu = indicator<industrial_tax_per_mu_tag, u::wan_yuan_per_mu, direction::higher_is_better>;

/// 10 R&D经费支出占GDP比重: R&D expenditure as a share of GDP.
struct rd_share_of_gdp_tag { static constexpr std::string_view id = "10"; };
using rd_share_of_gdp = indicator<rd_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 11 高技术制造业增加值占规上工业比重: High-tech manufacturing value added as a share of industry above designated size.
struct high_tech_manufacturing_share_tag { static constexpr std::string_view id = "11"; };
using high_tech_manufacturing_share = indicator<high_tech_manufacturing_share_tag, u::percent, direction::higher_is_better>;

/// 12 数字经济增加值占GDP比重: Digital economy value added as a share of GDP.
struct digital_economy_share_of_gdp_tag { static constexpr std::string_view id = "12"; };
using digital_economy_share_of_gdp = indicator<digital_economy_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 12.1 数字经济核心产业增加值占GDP比重: Of which: value added of core digital-economy industries as a share of GDP.
struct core_digital_industries_share_of_gdp_tag { static constexpr std::string_view id = "12.1"; };
using core_digital_industries_share_of_gdp = indicator<core_digital_industries_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 13 单位GDP建设用地使用面积: Construction land used per unit of GDP.
struct construction_land_per_gdp_tag { static constexpr std::string_view id = "13"; };
using construction_land_per_gdp = indicator<construction_land_per_gdp_tag, u::square_metre_per_wan_yuan, direction::lower_is_better>;

/// 14 旅游产业增加值占GDP比重: Tourism value added as a share of GDP.
struct tourism_share_of_gdp_tag { static constexpr std::string_view id = "14"; };
using tourism_share_of_gdp = indicator<tourism_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 15 农家乐民宿经营收入增速: Growth rate of operating revenue of agritourism households and homestays.
struct agritourism_revenue_growth_tag { static constexpr std::string_view id = "15"; };
using agritourism_revenue_growth = indicator<agritourism_revenue_growth_tag, u::percent, direction::higher_is_better>;

/// 16 居民人均消费支出: Per-capita consumption expenditure of residents.
struct consumption_expenditure_tag { static constexpr std::string_view id = "16"; };
using consumption_expenditure = indicator<consumption_expenditure_tag, u::yuan, direction::higher_is_better>;

/// 17 城乡居民收入倍差: Urban/rural income ratio.
struct urban_rural_income_ratio_tag { static constexpr std::string_view id = "17"; };
using urban_rural_income_ratio = indicator<urban_rural_income_ratio_tag, u::times, direction::lower_is_better>;

/// 18 地区人均GDP最高最低倍差: Ratio of the highest to the lowest county per-capita GDP.
struct county_gdp_per_capita_max_min_ratio_tag { static constexpr std::string_view id = "18"; };
using county_gdp_per_capita_max_min_ratio = indicator<county_gdp_per_capita_max_min_ratio_tag, u::times, direction::lower_is_better>;

/// 19 地区人均可支配收入最高最低倍差: Ratio of the highest to the lowest county per-capita disposable income.
struct county_income_max_min_ratio_tag { static constexpr std::string_view id = "19"; };
using county_income_max_min_ratio = indicator<county_income_max_min_ratio_tag, u::times, direction::lower_is_better>;

/// 20 居民人均可支配收入与全省平均之比: Per-capita disposable income of residents relative to the provincial average.
struct income_relative_to_province_tag { static constexpr std::string_view id = "20"; };
using income_relative_to_province = indicator<income_relative_to_province_tag, u::times, direction::higher_is_better>;

/// 21 跨境电子商务进出口额: Cross-border e-commerce imports and exports.
struct cross_border_ecommerce_tag { static constexpr std::string_view id = "21"; };
using cross_border_ecommerce = indicator<cross_border_ecommerce_tag, u::yi_yuan, direction::higher_is_better>;

/// 22 3个“1小时交通圈”人口覆盖率: Population coverage of the three one-hour transport circles.
struct one_hour_transport_coverage_tag { static constexpr std::string_view id = "22"; };
using one_hour_transport_coverage = indicator<one_hour_transport_coverage_tag, u::percent, direction::higher_is_better>;

/// 23 城乡公交一体化率: Urban-rural public transport integration rate.
struct public_transport_integration_tag { static constexpr std::string_view id = "23"; };
using public_transport_integration = indicator<public_transport_integration_tag, u::percent, direction::higher_is_better>;

/// 24 常住人口城镇化率: Urbanisation rate of the resident population.
struct urbanisation_rate_tag { static constexpr std::string_view id = "24"; };
using urbanisation_rate = indicator<urbanisation_rate_tag, u::percent, direction::higher_is_better>;

/// 25 A级景区村庄数量: Number of A-grade scenic villages.
struct a_grade_scenic_villages_tag { static constexpr std::string_view id = "25"; };
using a_grade_scenic_villages = indicator<a_grade_scenic_villages_tag, u::item, direction::higher_is_better>;

/// 26 设区城市PM2.5平均浓度: Average PM2.5 concentration in the prefecture-level city.
struct pm25_concentration_tag { static constexpr std::string_view id = "26"; };
using pm25_concentration = indicator<pm25_concentration_tag, u::microgram_per_cubic_metre, direction::lower_is_better>;

/// 27 地表水达到或优于Ⅲ类水质比例: Share of surface water of Grade III quality or better.
struct surface_water_grade_iii_share_tag { static constexpr std::string_view id = "27"; };
using surface_water_grade_iii_share = indicator<surface_water_grade_iii_share_tag, u::percent, direction::higher_is_better>;

/// 28 生活垃圾分类覆盖面: Coverage of household waste sorting.
struct waste_sorting_coverage_tag { static constexpr std::string_view id = "28"; };
using waste_sorting_coverage = indicator<waste_sorting_coverage_tag, u::percent, direction::higher_is_better>;

/// 29 县级以上城市公园绿地服务半径覆盖率: Service-radius coverage of park green space in cities at county level and above.
struct park_service_radius_coverage_tag { static constexpr std::string_view id = "29"; };
using park_service_radius_coverage = indicator<park_service_radius_coverage_tag, u::percent, direction::higher_is_better>;

/// 30 单位GDP能耗: Energy consumption per unit of GDP.
struct energy_intensity_tag { static constexpr std::string_view id = "30"; };
using energy_intensity = indicator<energy_intensity_tag, u::tce_per_wan_yuan, direction::lower_is_better>;

/// 31 单位GDP碳排放: Carbon dioxide emissions per unit of GDP.
struct carbon_intensity_tag { static constexpr std::string_view id = "31"; };
using carbon_intensity = indicator<carbon_intensity_tag, u::tonne_per_wan_yuan, direction::lower_is_better>;

/// 32 劳动报酬占GDP比重: Compensation of employees as a share of GDP.
struct labour_compensation_share_of_gdp_tag { static constexpr std::string_view id = "32"; };
using labour_compensation_share_of_gdp = indicator<labour_compensation_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 33 居民人均可支配收入与人均GDP之比: Ratio of per-capita disposable income of residents to per-capita GDP.
struct income_to_gdp_per_capita_ratio_tag { static constexpr std::string_view id = "33"; };
using income_to_gdp_per_capita_ratio = indicator<income_to_gdp_per_capita_ratio_tag, u::times, direction::higher_is_better>;

/// 34.1 10—50万元群体比例: Share of households with annual disposable income of 100,000–500,000 yuan (three-person household basis).
struct households_100k_500k_share_tag { static constexpr std::string_view id = "34.1"; };
using households_100k_500k_share = indicator<households_100k_500k_share_tag, u::percent, direction::higher_is_better>;

/// 34.2 20—60万元群体比例: Share of households with annual disposable income of 200,000–600,000 yuan (three-person household basis).
struct households_200k_600k_share_tag { static constexpr std::string_view id = "34.2"; };
using households_200k_600k_share = indicator<households_200k_600k_share_tag, u::percent, direction::higher_is_better>;

/// 35 低收入农户人均可支配收入: Per-capita disposable income of low-income rural households.
struct low_income_rural_household_income_tag { static constexpr std::string_view id = "35"; };
using low_income_rural_household_income = indicator<low_income_rural_household_income_tag, u::yuan, direction::higher_is_better>;

/// 36 恩格尔系数: Engel coefficient.
struct engel_coefficient_tag { static constexpr std::string_view id = "36"; };
using engel_coefficient = indicator<engel_coefficient_tag, u::fraction, direction::lower_is_better>;

/// 37 基尼系数: Gini coefficient.
struct gini_coefficient_tag { static constexpr std::string_view id = "37"; };
using gini_coefficient = indicator<gini_coefficient_tag, u::fraction, direction::neutral>;

/// 38.1 城镇调查失业率: Surveyed urban unemployment rate.
struct surveyed_unemployment_rate_tag { static constexpr std::string_view id = "38.1"; };
using surveyed_unemployment_rate = indicator<surveyed_unemployment_rate_tag, u::percent, direction::lower_is_better>;

/// 38.2 城镇登记失业率: Registered urban unemployment rate.
struct registered_unemployment_rate_tag { static constexpr std::string_view id = "38.2"; };
using registered_unemployment_rate = indicator<registered_unemployment_rate_tag, u::percent, direction::lower_is_better>;

/// 39 最低生活保障标准: Minimum living allowance standard.
struct minimum_living_allowance_tag { static constexpr std::string_view id = "39"; };
using minimum_living_allowance = indicator<minimum_living_allowance_tag, u::yuan, direction::higher_is_better>;

/// 40 技能人才占从业人员比重: Skilled workers as a share of employed persons.
struct skilled_workers_share_tag { static constexpr std::string_view id = "40"; };
using skilled_workers_share = indicator<skilled_workers_share_tag, u::percent, direction::higher_is_better>;

/// 41 每万人拥有公共文化设施面积: Floor area of public cultural facilities per 10,000 population.
struct cultural_facility_area_tag { static constexpr std::string_view id = "41"; };
using cultural_facility_area = indicator<cultural_facility_area_tag, u::square_metre_per_ten_thousand_people, direction::higher_is_better>;

/// 42 居民综合阅读率: Comprehensive reading rate of residents.
struct reading_rate_tag { static constexpr std::string_view id = "42"; };
using reading_rate = indicator<reading_rate_tag, u::percent, direction::higher_is_better>;

/// 43 文明好习惯养成实现率: Rate of good civic habits formed.
struct civic_habits_rate_tag { static constexpr std::string_view id = "43"; };
using civic_habits_rate = indicator<civic_habits_rate_tag, u::percent, direction::higher_is_better>;

/// 44 社会诚信度: Degree of social trustworthiness.
struct social_trust_tag { static constexpr std::string_view id = "44"; };
using social_trust = indicator<social_trust_tag, u::percent, direction::higher_is_better>;

/// 45 人均文化娱乐消费支出占比: Cultural and recreational spending as a share of per-capita consumption expenditure.
struct cultural_spending_share_tag { static constexpr std::string_view id = "45"; };
using cultural_spending_share = indicator<cultural_spending_share_tag, u::percent, direction::higher_is_better>;

/// 46 人均体育场地面积: Per-capita area of sports grounds.
struct sports_ground_area_per_capita_tag { static constexpr std::string_view id = "46"; };
using sports_ground_area_per_capita = indicator<sports_ground_area_per_capita_tag, u::square_metre_per_person, direction::higher_is_better>;

/// 47 国民体质合格率: Share of population meeting the national physical fitness standard.
struct physical_fitness_pass_rate_tag { static constexpr std::string_view id = "47"; };
using physical_fitness_pass_rate = indicator<physical_fitness_pass_rate_tag, u::percent, direction::higher_is_better>;

/// 48 文化及相关产业增加值占GDP比重: Value added of culture and related industries as a share of GDP.
struct culture_industries_share_of_gdp_tag { static constexpr std::string_view id = "48"; };
using culture_industries_share_of_gdp = indicator<culture_industries_share_of_gdp_tag, u::percent, direction::higher_is_better>;

/// 49 每千人口拥有婴幼儿照护设施托位数: Childcare places for children under three per 1,000 population.
struct childcare_places_tag { static constexpr std::string_view id = "49"; };
using childcare_places = indicator<childcare_places_tag, u::items_per_thousand_people, direction::higher_is_better>;

/// 50 普惠性幼儿园在园幼儿占比: Share of kindergarten children enrolled in inclusive kindergartens.
struct inclusive_kindergarten_share_tag { static constexpr std::string_view id = "50"; };
using inclusive_kindergarten_share = indicator<inclusive_kindergarten_share_tag, u::percent, direction::higher_is_better>;

/// 51 儿童平均预期受教育年限: Expected years of schooling of children.
struct expected_years_of_schooling_tag { static constexpr std::string_view id = "51"; };
using expected_years_of_schooling = indicator<expected_years_of_schooling_tag, u::year, direction::higher_is_better>;

/// 52 高等教育毛入学率: Gross enrolment ratio in higher education.
struct higher_education_enrolment_tag { static constexpr std::string_view id = "52"; };
using higher_education_enrolment = indicator<higher_education_enrolment_tag, u::percent, direction::higher_is_better>;

/// 53 人均预期寿命: Life expectancy.
struct life_expectancy_tag { static constexpr std::string_view id = "53"; };
using life_expectancy = indicator<life_expectancy_tag, u::year, direction::higher_is_better>;

/// 54 每千人口拥有执业(助理)医师数: Licensed (assistant) physicians per 1,000 population.
struct physicians_per_thousand_tag { static constexpr std::string_view id = "54"; };
using physicians_per_thousand = indicator<physicians_per_thousand_tag, u::persons_per_thousand, direction::higher_is_better>;

/// 55 每万老年人口拥有持证养老护理员数: Certified elderly-care workers per 10,000 older people.
struct elderly_care_workers_tag { static constexpr std::string_view id = "55"; };
using elderly_care_workers = indicator<elderly_care_workers_tag, u::persons_per_ten_thousand, direction::higher_is_better>;

/// 56 城镇住房保障受益覆盖率: Coverage of urban housing security.
struct housing_security_coverage_tag { static constexpr std::string_view id = "56"; };
using housing_security_coverage = indicator<housing_security_coverage_tag, u::percent, direction::higher_is_better>;

/// 57 公众食品和药品安全满意度: Public satisfaction with food and drug safety.
struct food_drug_safety_satisfaction_tag { static constexpr std::string_view id = "57"; };
using food_drug_safety_satisfaction = indicator<food_drug_safety_satisfaction_tag, u::percent, direction::higher_is_better>;

/// 58 个人卫生支出占卫生总费用比例: Out-of-pocket health spending as a share of total health expenditure.
struct out_of_pocket_health_share_tag { static constexpr std::string_view id = "58"; };
using out_of_pocket_health_share = indicator<out_of_pocket_health_share_tag, u::percent, direction::lower_is_better>;

/// 59 民生支出占一般公共预算支出比例: Livelihood spending as a share of general public budget expenditure.
struct livelihood_spending_share_tag { static constexpr std::string_view id = "59"; };
using livelihood_spending_share = indicator<livelihood_spending_share_tag, u::percent, direction::higher_is_better>;

/// 60 房价与居民人均可支配收入之比: Ratio of house prices to per-capita disposable income of residents.
struct house_price_to_income_ratio_tag { static constexpr std::string_view id = "60"; };
using house_price_to_income_ratio = indicator<house_price_to_income_ratio_tag, u::times, direction::lower_is_better>;

/// 61 高峰时段公共汽电车平均运营时速: Average operating speed of buses and trolleybuses at peak hours.
struct bus_peak_speed_tag { static constexpr std::string_view id = "61"; };
using bus_peak_speed = indicator<bus_peak_speed_tag, u::km_per_hour, direction::higher_is_better>;

/// 62 全面从严治党成效度: Effectiveness of exercising full and rigorous Party self-governance.
struct party_governance_effectiveness_tag { static constexpr std::string_view id = "62"; };
using party_governance_effectiveness = indicator<party_governance_effectiveness_tag, u::percent, direction::higher_is_better>;

/// 63 亿元生产总值生产安全事故死亡率: Work-safety accident deaths per 100 million yuan of GDP.
struct work_accident_deaths_per_gdp_tag { static constexpr std::string_view id = "63"; };
using work_accident_deaths_per_gdp = indicator<work_accident_deaths_per_gdp_tag, u::persons_per_yi_yuan, direction::lower_is_better>;

/// 64 万人成讼率: Lawsuits filed per 10,000 population.
struct lawsuits_per_ten_thousand_tag { static constexpr std::string_view id = "64"; };
using lawsuits_per_ten_thousand = indicator<lawsuits_per_ten_thousand_tag, u::cases_per_ten_thousand_people, direction::lower_is_better>;

/// 65 律师万人比: Lawyers per 10,000 population.
struct lawyers_per_ten_thousand_tag { static constexpr std::string_view id = "65"; };
using lawyers_per_ten_thousand = indicator<lawyers_per_ten_thousand_tag, u::persons_per_ten_thousand, direction::higher_is_better>;

/// 66 群众获得感幸福感安全感满意度: Public satisfaction with their sense of gain, happiness and security.
struct public_satisfaction_tag { static constexpr std::string_view id = "66"; };
using public_satisfaction = indicator<public_satisfaction_tag, u::percent, direction::higher_is_better>;

/// 67 整体智治实现率: Realisation rate of holistic smart governance.
struct smart_governance_rate_tag { static constexpr std::string_view id = "67"; };
using smart_governance_rate = indicator<smart_governance_rate_tag, u::percent, direction::higher_is_better>;
// clang-format on

/// Every typed Lishui indicator, in table order.
using all_indicators = std::tuple<
    per_capita_gdp,
    disposable_income,
    rural_disposable_income,
    gross_ecosystem_product,
    two_mountains_loans,
    ecological_loans,
    labour_productivity,
    industry_share_of_gdp,
    industrial_tax_per_mu,
    rd_share_of_gdp,
    high_tech_manufacturing_share,
    digital_economy_share_of_gdp,
    core_digital_industries_share_of_gdp,
    construction_land_per_gdp,
    tourism_share_of_gdp,
    agritourism_revenue_growth,
    consumption_expenditure,
    urban_rural_income_ratio,
    county_gdp_per_capita_max_min_ratio,
    county_income_max_min_ratio,
    income_relative_to_province,
    cross_border_ecommerce,
    one_hour_transport_coverage,
    public_transport_integration,
    urbanisation_rate,
    a_grade_scenic_villages,
    pm25_concentration,
    surface_water_grade_iii_share,
    waste_sorting_coverage,
    park_service_radius_coverage,
    energy_intensity,
    carbon_intensity,
    labour_compensation_share_of_gdp,
    income_to_gdp_per_capita_ratio,
    households_100k_500k_share,
    households_200k_600k_share,
    low_income_rural_household_income,
    engel_coefficient,
    gini_coefficient,
    surveyed_unemployment_rate,
    registered_unemployment_rate,
    minimum_living_allowance,
    skilled_workers_share,
    cultural_facility_area,
    reading_rate,
    civic_habits_rate,
    social_trust,
    cultural_spending_share,
    sports_ground_area_per_capita,
    physical_fitness_pass_rate,
    culture_industries_share_of_gdp,
    childcare_places,
    inclusive_kindergarten_share,
    expected_years_of_schooling,
    higher_education_enrolment,
    life_expectancy,
    physicians_per_thousand,
    elderly_care_workers,
    housing_security_coverage,
    food_drug_safety_satisfaction,
    out_of_pocket_health_share,
    livelihood_spending_share,
    house_price_to_income_ratio,
    bus_peak_speed,
    party_governance_effectiveness,
    work_accident_deaths_per_gdp,
    lawsuits_per_ten_thousand,
    lawyers_per_ten_thousand,
    public_satisfaction,
    smart_governance_rate>;

/// The catalog record of a typed indicator.
///
/// Example: `lishui::record<lishui::per_capita_gdp>().name_zh == "人均地区生产总值"`.
template <Indicator I>
const plan::indicator& record() {
  for (const auto& rec : plan::lishui().indicators)
    if (rec.id == I::tag::id) return rec;
  throw std::logic_error("prosper::lishui::record: no indicator with id " + std::string(I::tag::id));
}

/// The plan's milestones of `I` as typed milestones, read from the catalog through the checked
/// bridge `plan::typed`, so a unit or direction that disagrees with the catalog is an error.
///
/// Example: `lishui::milestones<lishui::per_capita_gdp>()[1].goal.value->value() == 9.24`.
template <Indicator I>
std::vector<milestone<I>> milestones() {
  return plan::typed<I>(record<I>());
}

}  // namespace prosper::lishui
