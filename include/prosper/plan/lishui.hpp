#pragma once
// The Lishui 2021–2025 common-prosperity plan as data: the appendix indicator table (附件:目标指标)
// and every quantitative target of the body text: sections 一 to 九, items 1–45 (section 十's
// items 46–50 are about organisation and set none).
//
// Every string and number here was copied from `data/lishui-common-prosperity-plan-2021-2025.txt`,
// the plan as published on 2022-02-28, and `tests/unit/lishui_test.cpp` checks them against that
// text: each table cell in table order, each body phrase verbatim in its own item. Where the table
// prints no number ("稳步下降", "根据省定目标", "——") the data holds none either; the reading of
// each cell is the `printed` string, and `kind`/`value` are only its machine form.
//
// The published text uses ASCII parentheses, commas and colons where the official print has
// full-width ones. Names, cells and phrases keep the ASCII forms so that each is found verbatim.

#include <optional>
#include <string>

#include "prosper/direction.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::plan {

namespace detail {

/// Builds the Lishui plan; called once by `lishui()`.
inline plan make_lishui() {
  using enum prosper::target_kind;
  using enum prosper::direction;

  // The table's eight 类别, as printed, with an English rendering.
  const std::string eco = "生态富民惠民";
  const std::string eco_en = "Ecology enriching and benefiting the people";
  const std::string inn = "创新引领产业振兴";
  const std::string inn_en = "Innovation-led industrial revitalisation";
  const std::string reg = "统筹区域协调发展";
  const std::string reg_en = "Coordinated regional development";
  const std::string gar = "花园城市乡村建设";
  const std::string gar_en = "Garden cities and garden countryside";
  const std::string inc = "富民增收机制创新";
  const std::string inc_en = "Innovative mechanisms for raising incomes";
  const std::string cul = "精神文明全民共创";
  const std::string cul_en = "Cultural and ethical progress created by all";
  const std::string pub = "公共服务优质共享";
  const std::string pub_en = "High-quality public services shared by all";
  const std::string soc = "社会和谐共建共治";
  const std::string soc_en = "Social harmony through joint building and governance";

  // The table's 指标属性: evaluation, distinctive (Lishui-specific) and observation indicators.
  const std::string eval = "评价指标";
  const std::string feat = "特色指标";
  const std::string obs = "观察指标";

  // The footnote under the table. It names four rows (人均地区生产总值 = 1, 地区人均GDP最高最低倍差
  // = 18, 居民人均可支配收入与人均GDP之比 = 33, 常住人口城镇化率 = 24) and only those carry it.
  const std::string census =
      "注:人均地区生产总值、地区人均GDP最高最低倍差、居民人均可支配收入与人均GDP之比、"
      "常住人口城镇化率等指标根据第七次人口普查数据测算制订。";

  plan p;
  p.name_zh = "丽水加快跨越式高质量发展建设共同富裕示范区行动方案(2021—2025年)";
  p.name_en =
      "Lishui Action Plan for Leapfrog High-Quality Development and Building a Common "
      "Prosperity Demonstration Zone (2021–2025)";
  p.region_zh = "丽水市";
  p.region_en = "Lishui";
  p.base_year = 2022;
  p.target_year = 2025;
  p.source = "丽水市委办, published 2022-02-28";

  // clang-format off
  p.indicators = {
    // ---- 生态富民惠民 ----------------------------------------------------------------------
    {"1", "人均地区生产总值", "Per-capita GDP", eco, eco_en, eval, "万元", higher_is_better,
     {{2022, point, 7.27, std::nullopt, "7.27"}, {2025, point, 9.24, std::nullopt, "9.24"}},
     census},
    {"2", "居民人均可支配收入", "Per-capita disposable income of residents", eco, eco_en, eval,
     "元", higher_is_better,
     {{2022, point, 44400, std::nullopt, "44400"}, {2025, point, 57000, std::nullopt, "57000"}},
     ""},
    {"3", "农村居民人均可支配收入", "Per-capita disposable income of rural residents", eco,
     eco_en, feat, "元", higher_is_better,
     {{2022, point, 28600, std::nullopt, "28600"}, {2025, point, 38000, std::nullopt, "38000"}},
     ""},
    {"4", "生态系统生产总值", "Gross ecosystem product (GEP)", eco, eco_en, feat, "亿元",
     higher_is_better,
     {{2022, point, 4800, std::nullopt, "4800"}, {2025, point, 5000, std::nullopt, "5000"}}, ""},
    {"5", "“两山贷”余额", "Outstanding \"Two Mountains\" loans", eco, eco_en, feat, "亿元",
     higher_is_better,
     {{2022, point, 13, std::nullopt, "13"}, {2025, point, 35, std::nullopt, "35"}}, ""},
    {"6", "“生态贷”余额", "Outstanding \"ecological\" loans", eco, eco_en, feat, "亿元",
     higher_is_better,
     {{2022, point, 230, std::nullopt, "230"}, {2025, point, 310, std::nullopt, "310"}}, ""},

    // ---- 创新引领产业振兴 --------------------------------------------------------------------
    {"7", "全员劳动生产率", "Overall labour productivity", inn, inn_en, eval, "万元/人",
     higher_is_better,
     {{2022, point, 12.1, std::nullopt, "12.1"}, {2025, point, 14.7, std::nullopt, "14.7"}}, ""},
    {"8", "工业增加值占GDP比重", "Industrial value added as a share of GDP", inn, inn_en, feat,
     "%", higher_is_better,
     {{2022, point, 30.4, std::nullopt, "30.4"}, {2025, point, 35, std::nullopt, "35"}}, ""},
    {"9", "规上工业亩均税收",
     "Tax revenue per mu of land of industrial enterprises above designated size", inn, inn_en,
     eval, "万元", higher_is_better,
     {{2022, point, 19.8, std::nullopt, "19.8"}, {2025, point, 27, std::nullopt, "27"}}, ""},
    {"10", "R&D经费支出占GDP比重", "R&D expenditure as a share of GDP", inn, inn_en, eval, "%",
     higher_is_better,
     {{2022, point, 2.4, std::nullopt, "2.4"}, {2025, point, 3.0, std::nullopt, "3.0"}}, ""},
    {"11", "高技术制造业增加值占规上工业比重",
     "High-tech manufacturing value added as a share of industry above designated size", inn,
     inn_en, eval, "%", higher_is_better,
     {{2022, point, 5.9, std::nullopt, "5.9"}, {2025, point, 8.5, std::nullopt, "8.5"}}, ""},
    // The table prints "——" for 2022: no value was set for the base year.
    {"12", "数字经济增加值占GDP比重", "Digital economy value added as a share of GDP", inn,
     inn_en, eval, "%", higher_is_better,
     {{2022, not_set, std::nullopt, std::nullopt, "——"}, {2025, point, 50, std::nullopt, "50"}},
     ""},
    // A sub-row printed "其中:…" ("of which"); the connector is not part of the name, so it is
    // dropped, the way the brackets around 38.2's name are.
    {"12.1", "数字经济核心产业增加值占GDP比重",
     "Of which: value added of core digital-economy industries as a share of GDP", inn, inn_en,
     eval, "%", higher_is_better,
     {{2022, point, 3.5, std::nullopt, "3.5"}, {2025, point, 5, std::nullopt, "5"}}, ""},
    {"13", "单位GDP建设用地使用面积", "Construction land used per unit of GDP", inn, inn_en, eval,
     "平方米/万元", lower_is_better,
     {{2022, point, 32.66, std::nullopt, "32.66"}, {2025, point, 28.38, std::nullopt, "28.38"}},
     ""},
    {"14", "旅游产业增加值占GDP比重", "Tourism value added as a share of GDP", inn, inn_en, feat,
     "%", higher_is_better,
     {{2022, point, 9.3, std::nullopt, "9.3"}, {2025, point, 10, std::nullopt, "10"}}, ""},
    // 10 → 10: the plan asks the growth rate to stay at 10% a year, so 2025 is `maintain`.
    {"15", "农家乐民宿经营收入增速",
     "Growth rate of operating revenue of agritourism households and homestays", inn, inn_en,
     feat, "%", higher_is_better,
     {{2022, point, 10, std::nullopt, "10"}, {2025, maintain, 10, std::nullopt, "10"}}, ""},
    {"16", "居民人均消费支出", "Per-capita consumption expenditure of residents", inn, inn_en,
     eval, "元", higher_is_better,
     {{2022, point, 31380, std::nullopt, "31380"}, {2025, point, 39530, std::nullopt, "39530"}},
     ""},

    // ---- 统筹区域协调发展 --------------------------------------------------------------------
    {"17", "城乡居民收入倍差", "Urban/rural income ratio", reg, reg_en, eval, "", lower_is_better,
     {{2022, at_most, 2.0, std::nullopt, "≤2.0"}, {2025, at_most, 1.95, std::nullopt, "≤1.95"}},
     ""},
    {"18", "地区人均GDP最高最低倍差",
     "Ratio of the highest to the lowest county per-capita GDP", reg, reg_en, eval, "",
     lower_is_better,
     {{2022, point, 1.5, std::nullopt, "1.5"}, {2025, at_most, 1.5, std::nullopt, "≤1.5"}},
     census},
    {"19", "地区人均可支配收入最高最低倍差",
     "Ratio of the highest to the lowest county per-capita disposable income", reg, reg_en,
     eval, "", lower_is_better,
     {{2022, point, 1.5, std::nullopt, "1.5"}, {2025, at_most, 1.5, std::nullopt, "≤1.5"}}, ""},
    {"20", "居民人均可支配收入与全省平均之比",
     "Per-capita disposable income of residents relative to the provincial average", reg,
     reg_en, eval, "", higher_is_better,
     {{2022, point, 0.74, std::nullopt, "0.74"}, {2025, point, 0.76, std::nullopt, "0.76"}}, ""},
    // The table prints the unit as "亿人民币" (100 million renminbi, i.e. 亿元); kept as printed.
    {"21", "跨境电子商务进出口额", "Cross-border e-commerce imports and exports", reg, reg_en,
     feat, "亿人民币", higher_is_better,
     {{2022, point, 12.9, std::nullopt, "12.9"}, {2025, point, 18.5, std::nullopt, "18.5"}}, ""},
    {"22", "3个“1小时交通圈”人口覆盖率",
     "Population coverage of the three one-hour transport circles", reg, reg_en, eval, "%",
     higher_is_better,
     {{2022, point, 93, std::nullopt, "93"}, {2025, point, 97, std::nullopt, "97"}}, ""},
    {"23", "城乡公交一体化率", "Urban-rural public transport integration rate", reg, reg_en,
     eval, "%", higher_is_better,
     {{2022, point, 70, std::nullopt, "70"}, {2025, point, 85, std::nullopt, "85"}}, ""},

    // ---- 花园城市乡村建设 --------------------------------------------------------------------
    {"24", "常住人口城镇化率", "Urbanisation rate of the resident population", gar, gar_en, eval,
     "%", higher_is_better,
     {{2022, at_least, 64, std::nullopt, "≥64"}, {2025, at_least, 68, std::nullopt, "≥68"}},
     census},
    {"25", "A级景区村庄数量", "Number of A-grade scenic villages", gar, gar_en, feat, "个",
     higher_is_better,
     {{2022, point, 1120, std::nullopt, "1120"}, {2025, point, 1500, std::nullopt, "1500"}}, ""},
    // 23 → 23, 100 → 100, 100 → 100: the 2025 cell repeats the 2022 level, i.e. keep it.
    {"26", "设区城市PM2.5平均浓度",
     "Average PM2.5 concentration in the prefecture-level city", gar, gar_en, eval,
     "微克/立方米", lower_is_better,
     {{2022, point, 23, std::nullopt, "23"}, {2025, maintain, 23, std::nullopt, "23"}}, ""},
    {"27", "地表水达到或优于Ⅲ类水质比例",
     "Share of surface water of Grade III quality or better", gar, gar_en, eval, "%",
     higher_is_better,
     {{2022, point, 100, std::nullopt, "100"}, {2025, maintain, 100, std::nullopt, "100"}}, ""},
    {"28", "生活垃圾分类覆盖面", "Coverage of household waste sorting", gar, gar_en, eval, "%",
     higher_is_better,
     {{2022, point, 100, std::nullopt, "100"}, {2025, maintain, 100, std::nullopt, "100"}}, ""},
    {"29", "县级以上城市公园绿地服务半径覆盖率",
     "Service-radius coverage of park green space in cities at county level and above", gar,
     gar_en, eval, "%", higher_is_better,
     {{2022, point, 87.9, std::nullopt, "87.9"}, {2025, point, 90, std::nullopt, "90"}}, ""},
    // "根据省定目标": the province sets these targets; the plan itself prints no number.
    {"30", "单位GDP能耗", "Energy consumption per unit of GDP", gar, gar_en, eval,
     "吨标准煤/万元", lower_is_better,
     {{2022, external, std::nullopt, std::nullopt, "根据省定目标"},
      {2025, external, std::nullopt, std::nullopt, "根据省定目标"}}, ""},
    {"31", "单位GDP碳排放", "Carbon dioxide emissions per unit of GDP", gar, gar_en, eval,
     "吨/万元", lower_is_better,
     {{2022, external, std::nullopt, std::nullopt, "根据省定目标"},
      {2025, external, std::nullopt, std::nullopt, "根据省定目标"}}, ""},

    // ---- 富民增收机制创新 --------------------------------------------------------------------
    {"32", "劳动报酬占GDP比重", "Compensation of employees as a share of GDP", inc, inc_en, eval,
     "%", higher_is_better,
     {{2022, point, 50.7, std::nullopt, "50.7"}, {2025, point, 51, std::nullopt, "51"}}, ""},
    {"33", "居民人均可支配收入与人均GDP之比",
     "Ratio of per-capita disposable income of residents to per-capita GDP", inc, inc_en, eval,
     "", higher_is_better,
     {{2022, point, 0.611, std::nullopt, "0.611"}, {2025, point, 0.617, std::nullopt, "0.617"}},
     census},
    // Row 34 is a heading, "家庭可支配收入(按三口之家计算)", with no values of its own, so there is
    // no record "34": only its two sub-rows, named as printed; the English names carry the heading.
    {"34.1", "10—50万元群体比例",
     "Share of households with annual disposable income of 100,000–500,000 yuan "
     "(three-person household basis)", inc, inc_en, eval, "%", higher_is_better,
     {{2022, point, 58, std::nullopt, "58"}, {2025, point, 70, std::nullopt, "70"}}, ""},
    {"34.2", "20—60万元群体比例",
     "Share of households with annual disposable income of 200,000–600,000 yuan "
     "(three-person household basis)", inc, inc_en, eval, "%", higher_is_better,
     {{2022, point, 13.4, std::nullopt, "13.4"}, {2025, point, 20, std::nullopt, "20"}}, ""},
    {"35", "低收入农户人均可支配收入",
     "Per-capita disposable income of low-income rural households", inc, inc_en, feat, "元",
     higher_is_better,
     {{2022, point, 16400, std::nullopt, "16400"}, {2025, point, 25000, std::nullopt, "25000"}},
     ""},
    {"36", "恩格尔系数", "Engel coefficient", inc, inc_en, obs, "", lower_is_better,
     {{2022, direction_only, std::nullopt, std::nullopt, "稳步下降"},
      {2025, direction_only, std::nullopt, std::nullopt, "稳步下降"}}, ""},
    // A range to stay in, not a direction to move: neutral and qualitative.
    {"37", "基尼系数", "Gini coefficient", inc, inc_en, obs, "", neutral,
     {{2022, qualitative, std::nullopt, std::nullopt, "维持在合理区间"},
      {2025, qualitative, std::nullopt, std::nullopt, "维持在合理区间"}}, ""},
    // Row 38 prints two indicators in one row: 城镇调查失业率 and, in brackets,
    // [城镇登记失业率], with the values "≤5.5" and "(3.5以内)". There is no record "38". The
    // brackets only mark the secondary indicator, so 38.2's name and cells are kept without them.
    {"38.1", "城镇调查失业率", "Surveyed urban unemployment rate", inc, inc_en, eval, "%",
     lower_is_better,
     {{2022, at_most, 5.5, std::nullopt, "≤5.5"}, {2025, at_most, 5.5, std::nullopt, "≤5.5"}},
     ""},
    {"38.2", "城镇登记失业率", "Registered urban unemployment rate", inc, inc_en, eval, "%",
     lower_is_better,
     {{2022, at_most, 3.5, std::nullopt, "3.5以内"}, {2025, at_most, 3.5, std::nullopt, "3.5以内"}},
     ""},
    {"39", "最低生活保障标准", "Minimum living allowance standard", inc, inc_en, eval, "元",
     higher_is_better,
     {{2022, point, 11400, std::nullopt, "11400"}, {2025, point, 13000, std::nullopt, "13000"}},
     ""},
    {"40", "技能人才占从业人员比重", "Skilled workers as a share of employed persons", inc,
     inc_en, eval, "%", higher_is_better,
     {{2022, point, 28, std::nullopt, "28"}, {2025, point, 35, std::nullopt, "35"}}, ""},

    // ---- 精神文明全民共创 --------------------------------------------------------------------
    {"41", "每万人拥有公共文化设施面积",
     "Floor area of public cultural facilities per 10,000 population", cul, cul_en, eval,
     "平方米", higher_is_better,
     {{2022, point, 4320, std::nullopt, "4320"}, {2025, point, 4720, std::nullopt, "4720"}}, ""},
    {"42", "居民综合阅读率", "Comprehensive reading rate of residents", cul, cul_en, eval, "%",
     higher_is_better,
     {{2022, point, 91, std::nullopt, "91"}, {2025, point, 92.5, std::nullopt, "92.5"}}, ""},
    {"43", "文明好习惯养成实现率", "Rate of good civic habits formed", cul, cul_en, eval, "%",
     higher_is_better,
     {{2022, point, 84, std::nullopt, "84"}, {2025, point, 91, std::nullopt, "91"}}, ""},
    {"44", "社会诚信度", "Degree of social trustworthiness", cul, cul_en, eval, "%",
     higher_is_better,
     {{2022, point, 95.9, std::nullopt, "95.9"}, {2025, point, 97, std::nullopt, "97"}}, ""},
    {"45", "人均文化娱乐消费支出占比",
     "Cultural and recreational spending as a share of per-capita consumption expenditure", cul,
     cul_en, eval, "%", higher_is_better,
     {{2022, point, 9.3, std::nullopt, "9.3"}, {2025, point, 15, std::nullopt, "15"}}, ""},
    {"46", "人均体育场地面积", "Per-capita area of sports grounds", cul, cul_en, eval, "平方米",
     higher_is_better,
     {{2022, point, 2.6, std::nullopt, "2.6"}, {2025, point, 2.8, std::nullopt, "2.8"}}, ""},
    {"47", "国民体质合格率",
     "Share of population meeting the national physical fitness standard", cul, cul_en, eval,
     "%", higher_is_better,
     {{2022, point, 94, std::nullopt, "94"}, {2025, at_least, 94.5, std::nullopt, "≥94.5"}}, ""},
    {"48", "文化及相关产业增加值占GDP比重",
     "Value added of culture and related industries as a share of GDP", cul, cul_en, feat, "%",
     higher_is_better,
     {{2022, point, 7.1, std::nullopt, "7.1"}, {2025, point, 8, std::nullopt, "8"}}, ""},

    // ---- 公共服务优质共享 --------------------------------------------------------------------
    {"49", "每千人口拥有婴幼儿照护设施托位数",
     "Childcare places for children under three per 1,000 population", pub, pub_en, eval, "个",
     higher_is_better,
     {{2022, point, 3, std::nullopt, "3"}, {2025, point, 4.5, std::nullopt, "4.5"}}, ""},
    // ">95" in both years is a floor to stay above, printed as such, so both are greater_than.
    {"50", "普惠性幼儿园在园幼儿占比",
     "Share of kindergarten children enrolled in inclusive kindergartens", pub, pub_en, eval,
     "%", higher_is_better,
     {{2022, greater_than, 95, std::nullopt, ">95"}, {2025, greater_than, 95, std::nullopt, ">95"}},
     ""},
    {"51", "儿童平均预期受教育年限", "Expected years of schooling of children", pub, pub_en, eval,
     "年", higher_is_better,
     {{2022, point, 15, std::nullopt, "15"}, {2025, point, 15.5, std::nullopt, "15.5"}}, ""},
    {"52", "高等教育毛入学率", "Gross enrolment ratio in higher education", pub, pub_en, eval,
     "%", higher_is_better,
     {{2022, point, 65.5, std::nullopt, "65.5"}, {2025, at_least, 70, std::nullopt, "≥70"}}, ""},
    {"53", "人均预期寿命", "Life expectancy", pub, pub_en, eval, "岁", higher_is_better,
     {{2022, point, 81.15, std::nullopt, "81.15"}, {2025, point, 81.5, std::nullopt, "81.5"}}, ""},
    {"54", "每千人口拥有执业(助理)医师数",
     "Licensed (assistant) physicians per 1,000 population", pub, pub_en, eval, "人",
     higher_is_better,
     {{2022, point, 3.7, std::nullopt, "3.7"}, {2025, point, 4.3, std::nullopt, "4.3"}}, ""},
    {"55", "每万老年人口拥有持证养老护理员数",
     "Certified elderly-care workers per 10,000 older people", pub, pub_en, eval, "人",
     higher_is_better,
     {{2022, point, 20, std::nullopt, "20"}, {2025, point, 25, std::nullopt, "25"}}, ""},
    {"56", "城镇住房保障受益覆盖率", "Coverage of urban housing security", pub, pub_en, eval,
     "%", higher_is_better,
     {{2022, point, 19.5, std::nullopt, "19.5"}, {2025, point, 23, std::nullopt, "23"}}, ""},
    // The cell is printed over two lines, "保持在" / "全省前列"; `printed` joins them.
    {"57", "公众食品和药品安全满意度", "Public satisfaction with food and drug safety", pub,
     pub_en, obs, "%", higher_is_better,
     {{2022, qualitative, std::nullopt, std::nullopt, "保持在全省前列"},
      {2025, qualitative, std::nullopt, std::nullopt, "保持在全省前列"}}, ""},
    {"58", "个人卫生支出占卫生总费用比例",
     "Out-of-pocket health spending as a share of total health expenditure", pub, pub_en, obs,
     "%", lower_is_better,
     {{2022, direction_only, std::nullopt, std::nullopt, "逐步下降"},
      {2025, direction_only, std::nullopt, std::nullopt, "逐步下降"}}, ""},
    // "三分之二以上" is "two thirds or more": the only number the table prints in words.
    {"59", "民生支出占一般公共预算支出比例",
     "Livelihood spending as a share of general public budget expenditure", pub, pub_en, obs,
     "%", higher_is_better,
     {{2022, at_least, 200.0 / 3.0, std::nullopt, "三分之二以上"},
      {2025, at_least, 200.0 / 3.0, std::nullopt, "三分之二以上"}}, ""},
    {"60", "房价与居民人均可支配收入之比",
     "Ratio of house prices to per-capita disposable income of residents", pub, pub_en, obs, "",
     lower_is_better,
     {{2022, direction_only, std::nullopt, std::nullopt, "逐步下降"},
      {2025, direction_only, std::nullopt, std::nullopt, "逐步下降"}}, ""},
    {"61", "高峰时段公共汽电车平均运营时速",
     "Average operating speed of buses and trolleybuses at peak hours", pub, pub_en, obs,
     "公里/小时", higher_is_better,
     {{2022, at_least, 18, std::nullopt, "≥18"}, {2025, at_least, 20, std::nullopt, "≥20"}}, ""},

    // ---- 社会和谐共建共治 --------------------------------------------------------------------
    // "≥97.5" in both years is a floor printed as such, so both are at_least, not maintain.
    {"62", "全面从严治党成效度",
     "Effectiveness of exercising full and rigorous Party self-governance", soc, soc_en, eval,
     "%", higher_is_better,
     {{2022, at_least, 97.5, std::nullopt, "≥97.5"}, {2025, at_least, 97.5, std::nullopt, "≥97.5"}},
     ""},
    {"63", "亿元生产总值生产安全事故死亡率",
     "Work-safety accident deaths per 100 million yuan of GDP", soc, soc_en, eval, "人/亿元",
     lower_is_better,
     {{2022, at_most, 0.029, std::nullopt, "≤0.029"}, {2025, at_most, 0.02, std::nullopt, "≤0.02"}},
     ""},
    {"64", "万人成讼率", "Lawsuits filed per 10,000 population", soc, soc_en, eval, "件/万人",
     lower_is_better,
     {{2022, at_most, 90, std::nullopt, "≤90"}, {2025, at_most, 80, std::nullopt, "≤80"}}, ""},
    {"65", "律师万人比", "Lawyers per 10,000 population", soc, soc_en, eval, "人/万人",
     higher_is_better,
     {{2022, point, 2.9, std::nullopt, "2.9"}, {2025, point, 3.6, std::nullopt, "3.6"}}, ""},
    {"66", "群众获得感幸福感安全感满意度",
     "Public satisfaction with their sense of gain, happiness and security", soc, soc_en, eval,
     "%", higher_is_better,
     {{2022, direction_only, std::nullopt, std::nullopt, "稳步提升"},
      {2025, direction_only, std::nullopt, std::nullopt, "稳步提升"}}, ""},
    {"67", "整体智治实现率", "Realisation rate of holistic smart governance", soc, soc_en, obs,
     "%", higher_is_better,
     {{2022, direction_only, std::nullopt, std::nullopt, "稳步提升"},
      {2025, direction_only, std::nullopt, std::nullopt, "稳步提升"}}, ""},
  };
  // clang-format on

  // Body targets, in text order. Ids are "<section>.<item>.<n>"; in section 一 the item is the
  // goal paragraph ("——…", 1 to 6). Numbers that are not targets are left out: document numbers,
  // "十四五", "15分钟…圈", "1+3+N", "211交通圈" as a name, grades ("4A级", "三级以上公路"),
  // thresholds inside a definition ("产值超10亿元文化龙头企业"), policy terms ("再延长30年",
  // "不低于10年的长期使用权") and the existing things an item upgrades ("等4个…产业园",
  // "提升14个“消薄飞地”"). Targets printed without a number ("全覆盖", "零突破", "倍增",
  // "三个百万亩基地", "逐年下降") and rankings ("处于全省第一方阵", "收入增速保持全省前列") are
  // left out too rather than given an invented number; only comparisons of one quantity with
  // another ("快于", "不低于…增幅", "达到全省平均水平") are kept, as `ordering`.
  // clang-format off
  p.body_targets = {
    // ---- 一、目标要求 ----------------------------------------------------------------------
    // 1 —— 丽水路径
    {"一.1.1", "一", "1", "GDP规模总量突破2250亿元", "GDP exceeds 225 billion yuan", "level",
     greater_than, 2250, std::nullopt, "亿元", 2025, ""},
    {"一.1.2", "一", "1", "GEP达到5000亿元", "Gross ecosystem product reaches 500 billion yuan",
     "level", point, 5000, std::nullopt, "亿元", 2025, "4"},
    {"一.1.3", "一", "1", "常住人口城镇化率达到68%以上",
     "Urbanisation rate of the resident population of 68% or more", "share", at_least, 68,
     std::nullopt, "%", 2025, "24"},
    // 3 —— 丽水经验. Income growing faster than GDP is what raises row 33, the ratio of
    // per-capita disposable income to per-capita GDP, so the ordering extends that row.
    {"一.3.1", "一", "3", "居民收入增长持续快于经济增长",
     "Residents' income keeps growing faster than the economy", "ordering", qualitative,
     std::nullopt, std::nullopt, "", 2025, "33"},
    {"一.3.2", "一", "3", "居民人均可支配收入达到5.7万元",
     "Per-capita disposable income of residents reaches 57,000 yuan", "level", point, 5.7,
     std::nullopt, "万元", 2025, "2"},
    {"一.3.3", "一", "3", "劳动报酬占GDP比重超过50%",
     "Compensation of employees exceeds 50% of GDP", "share", greater_than, 50, std::nullopt,
     "%", 2025, "32"},
    {"一.3.4", "一", "3", "家庭年可支配收入10—50万元的群体比例达到70%",
     "Share of households with annual disposable income of 100,000–500,000 yuan reaches 70%",
     "share", point, 70, std::nullopt, "%", 2025, "34.1"},
    // "缩小到" (narrow to) a ratio whose table row prints "≤": read as at most, like the table.
    {"一.3.5", "一", "3", "城乡居民收入倍差缩小到1.95",
     "Urban/rural income ratio narrows to 1.95", "level", at_most, 1.95, std::nullopt, "", 2025,
     "17"},
    {"一.3.6", "一", "3", "地区人均GDP、人均可支配收入最高最低倍差均缩小到1.5",
     "Highest-to-lowest county ratio of per-capita GDP narrows to 1.5", "level", at_most, 1.5,
     std::nullopt, "", 2025, "18"},
    {"一.3.7", "一", "3", "地区人均GDP、人均可支配收入最高最低倍差均缩小到1.5",
     "Highest-to-lowest county ratio of per-capita disposable income narrows to 1.5", "level",
     at_most, 1.5, std::nullopt, "", 2025, "19"},
    {"一.3.8", "一", "3", "低收入农户人均可支配收入年均增长15%",
     "Per-capita disposable income of low-income rural households grows 15% a year",
     "annual_growth", point, 15, std::nullopt, "%/年", 2025, "35"},
    // 4 —— 丽水温度
    {"一.4.1", "一", "4", "普惠性幼儿园在园幼儿占比达到95%以上",
     "Share of children in inclusive kindergartens of 95% or more", "share", at_least, 95,
     std::nullopt, "%", 2025, "50"},
    {"一.4.2", "一", "4", "高等教育毛入学率达到70%以上",
     "Gross enrolment ratio in higher education of 70% or more", "share", at_least, 70,
     std::nullopt, "%", 2025, "52"},
    {"一.4.3", "一", "4", "技能人才占从业人员比例提高到35%",
     "Skilled workers rise to 35% of employed persons", "share", point, 35, std::nullopt, "%",
     2025, "40"},
    {"一.4.4", "一", "4", "人均预期寿命81.5岁", "Life expectancy of 81.5 years", "level", point,
     81.5, std::nullopt, "岁", 2025, "53"},
    {"一.4.5", "一", "4", "城镇住房保障受益覆盖率达到23%",
     "Coverage of urban housing security reaches 23%", "share", point, 23, std::nullopt, "%",
     2025, "56"},
    {"一.4.6", "一", "4", "低保标准增幅不低于人均可支配收入增幅",
     "Minimum living allowance standard rises at least as fast as per-capita disposable income",
     "ordering", qualitative, std::nullopt, std::nullopt, "", 2025, "39"},
    // 5 —— 丽水高地. The cultural-industry growth rate and share both describe row 48's
    // numerator, so both point at it.
    {"一.5.1", "一", "5", "市县乡三级文化设施覆盖达标率100%",
     "Cultural facilities at city, county and township level 100% up to standard", "share",
     point, 100, std::nullopt, "%", 2025, ""},
    {"一.5.2", "一", "5", "文化及相关产业增加值年均增速16%以上",
     "Value added of culture and related industries grows 16% a year or more", "annual_growth",
     at_least, 16, std::nullopt, "%/年", 2025, "48"},
    {"一.5.3", "一", "5", "文化及相关产业增加值年均增速16%以上,占GDP比重达到8%",
     "Value added of culture and related industries reaches 8% of GDP", "share", point, 8,
     std::nullopt, "%", 2025, "48"},

    // ---- 二、生态富民惠民 ------------------------------------------------------------------
    {"二.1.1", "二", "1", "五年累计完成投资2000亿元以上",
     "Investment of 200 billion yuan or more over five years in the Great Garden core area",
     "cumulative", at_least, 2000, std::nullopt, "亿元", 2025, ""},
    {"二.1.2", "二", "1", "打造20个以上大花园“耀眼明珠”",
     "20 or more \"dazzling pearls\" of the Great Garden", "count", at_least, 20, std::nullopt,
     "个", 2025, ""},
    {"二.2.1", "二", "2", "重点生物物种种数保护率达到95%以上",
     "Protection rate of key biological species of 95% or more", "share", at_least, 95,
     std::nullopt, "%", 2025, ""},
    {"二.4.1", "二", "4", "非化石能源消费比重达50%以上",
     "Non-fossil energy of 50% or more of energy consumption", "share", at_least, 50,
     std::nullopt, "%", 2025, ""},
    {"二.4.2", "二", "4", "新增3个零碳示范县", "3 new zero-carbon demonstration counties",
     "increase", point, 3, std::nullopt, "个", 2025, ""},
    {"二.4.3", "二", "4", "10个零碳示范乡镇", "10 new zero-carbon demonstration townships",
     "increase", point, 10, std::nullopt, "个", 2025, ""},
    {"二.4.4", "二", "4", "100个零碳示范乡村(社区)",
     "100 new zero-carbon demonstration villages (communities)", "increase", point, 100,
     std::nullopt, "个", 2025, ""},
    {"二.5.1", "二", "5", "新增国土绿化10万亩", "100,000 mu of new afforestation", "increase",
     point, 10, std::nullopt, "万亩", 2025, ""},
    // Forest-quality and forest-landscape work is area treated over the period.
    {"二.5.2", "二", "5", "提升森林质量200万亩", "Forest quality improved on 2 million mu",
     "cumulative", point, 200, std::nullopt, "万亩", 2025, ""},
    {"二.5.3", "二", "5", "建设美丽林相300万亩", "Beautiful forest landscapes on 3 million mu",
     "cumulative", point, 300, std::nullopt, "万亩", 2025, ""},
    {"二.5.4", "二", "5", "实现林业行业总产值900亿元",
     "Gross output of the forestry sector of 90 billion yuan", "level", point, 900, std::nullopt,
     "亿元", 2025, ""},
    {"二.5.5", "二", "5", "新增林地流转40万亩", "400,000 mu of additional forest land transferred",
     "increase", point, 40, std::nullopt, "万亩", 2025, ""},
    {"二.5.6", "二", "5", "新型林业经营主体100家", "100 new forestry business entities",
     "increase", point, 100, std::nullopt, "家", 2025, ""},
    {"二.6.1", "二", "6", "“生态贷”“两山贷”余额分别达到310亿元、35亿元",
     "Outstanding \"ecological\" loans reach 31 billion yuan", "level", point, 310, std::nullopt,
     "亿元", 2025, "6"},
    {"二.6.2", "二", "6", "“生态贷”“两山贷”余额分别达到310亿元、35亿元",
     "Outstanding \"Two Mountains\" loans reach 3.5 billion yuan", "level", point, 35,
     std::nullopt, "亿元", 2025, "5"},
    {"二.6.3", "二", "6", "农户信用贷款年均增速高于15%",
     "Credit loans to rural households grow faster than 15% a year", "annual_growth",
     greater_than, 15, std::nullopt, "%/年", 2025, ""},
    {"二.7.1", "二", "7", "新增10家省级生态文明教育基地",
     "10 new provincial ecological-civilisation education bases", "increase", point, 10,
     std::nullopt, "家", 2025, ""},
    {"二.7.2", "二", "7", "60%以上的县(市、区)建成“无废城市”",
     "60% or more of counties become \"zero-waste cities\"", "share", at_least, 60, std::nullopt,
     "%", 2025, ""},

    // ---- 三、创新引领产业振兴 --------------------------------------------------------------
    {"三.8.1", "三", "8", "引进青年人才20万人以上", "200,000 or more young talents attracted",
     "increase", at_least, 20, std::nullopt, "万人", 2025, ""},
    {"三.8.2", "三", "8", "新增博士2000人", "2,000 additional doctoral graduates", "increase",
     point, 2000, std::nullopt, "人", 2025, ""},
    {"三.8.3", "三", "8", "硕士1万人", "10,000 additional master's graduates", "increase", point,
     1, std::nullopt, "万人", 2025, ""},
    {"三.8.4", "三", "8", "引进“绿谷精英”人才项目400个以上",
     "400 or more \"Green Valley Elite\" talent projects attracted", "increase", at_least, 400,
     std::nullopt, "个", 2025, ""},
    // A yearly band ("每年…3—5个"): the model has no per-year basis, so it is a count whose
    // year is the plan's last year; the band holds for every year of the plan.
    {"三.8.5", "三", "8", "每年滚动谋划3—5个百亿级重点招商项目",
     "3 to 5 key investment projects of 10 billion yuan scale prepared each year", "count", band,
     3, 5, "个", 2025, ""},
    {"三.8.6", "三", "8", "力争引进10个以上重大产业项目",
     "10 or more major industrial projects attracted", "increase", at_least, 10, std::nullopt,
     "个", 2025, ""},
    {"三.8.7", "三", "8", "促成20家以上央企来丽投资",
     "20 or more central state-owned enterprises investing in Lishui", "increase", at_least, 20,
     std::nullopt, "家", 2025, ""},
    {"三.8.8", "三", "8", "力争实现投资总额1000亿元",
     "Total investment of 100 billion yuan from these enterprises", "cumulative", point, 1000,
     std::nullopt, "亿元", 2025, ""},
    {"三.9.1", "三", "9", "高新技术企业和科技型中小企业分别达到900家和2800家",
     "900 high-tech enterprises", "count", point, 900, std::nullopt, "家", 2025, ""},
    {"三.9.2", "三", "9", "高新技术企业和科技型中小企业分别达到900家和2800家",
     "2,800 technology-based small and medium enterprises", "count", point, 2800, std::nullopt,
     "家", 2025, ""},
    {"三.9.3", "三", "9", "争取设立3所以上实体化研究生分院和研究院",
     "3 or more graduate-school branches and research institutes set up", "increase", at_least,
     3, std::nullopt, "所", 2025, ""},
    {"三.9.4", "三", "9", "财政科技投入年均增长不低于15%",
     "Government science and technology spending grows at least 15% a year", "annual_growth",
     at_least, 15, std::nullopt, "%/年", 2025, ""},
    {"三.9.5", "三", "9", "全社会R&D经费支出占GDP比重达到3.0%",
     "R&D expenditure reaches 3.0% of GDP", "share", point, 3.0, std::nullopt, "%", 2025, "10"},
    {"三.10.1", "三", "10", "实现规上工业产值2800亿元",
     "Output of industry above designated size of 280 billion yuan", "level", point, 2800,
     std::nullopt, "亿元", 2025, ""},
    {"三.10.2", "三", "10", "工业增加值占GDP比重35%以上",
     "Industrial value added of 35% of GDP or more", "share", at_least, 35, std::nullopt, "%",
     2025, "8"},
    {"三.10.3", "三", "10", "新增开发工业用地3万亩以上",
     "30,000 mu or more of new industrial land developed", "increase", at_least, 3,
     std::nullopt, "万亩", 2025, ""},
    // A rank: within the national top 50 development zones, i.e. rank at most 50.
    {"三.10.4", "三", "10", "跻身国家级经开区50强",
     "Lishui Development Zone ranks among the top 50 national development zones", "level",
     at_most, 50, std::nullopt, "强", 2025, ""},
    {"三.10.5", "三", "10", "打造形成3个500亿级高质量骨干平台",
     "3 core platforms of 50 billion yuan scale", "count", point, 3, std::nullopt, "个", 2025,
     ""},
    {"三.10.6", "三", "10", "7个特色化发展基础平台", "7 distinctive basic development platforms",
     "count", point, 7, std::nullopt, "个", 2025, ""},
    {"三.10.7", "三", "10", "力争总产值超2000亿元",
     "Five leading industrial clusters with output above 200 billion yuan", "level",
     greater_than, 2000, std::nullopt, "亿元", 2025, ""},
    // "累计16家" is the running total of listed companies, a stock, hence a count.
    {"三.10.8", "三", "10", "实现上市企业累计16家", "16 listed companies in total", "count",
     point, 16, std::nullopt, "家", 2025, ""},
    {"三.10.9", "三", "10", "省级“雄鹰行动”培育企业5家",
     "5 enterprises in the provincial \"Eagle Action\" programme", "count", point, 5,
     std::nullopt, "家", 2025, ""},
    {"三.10.10", "三", "10", "规上工业企业1800家以上",
     "1,800 or more industrial enterprises above designated size", "count", at_least, 1800,
     std::nullopt, "家", 2025, ""},
    // The digital-economy total is row 12's numerator.
    {"三.11.1", "三", "11", "实现数字经济总量1000亿元",
     "Digital economy of 100 billion yuan", "level", point, 1000, std::nullopt, "亿元", 2025,
     "12"},
    {"三.11.2", "三", "11", "数字经济核心产业增加值占GDP比重达到5%",
     "Value added of core digital-economy industries reaches 5% of GDP", "share", point, 5,
     std::nullopt, "%", 2025, "12.1"},
    {"三.12.1", "三", "12", "谋划建设4个现代育种基地", "4 modern breeding bases", "count",
     point, 4, std::nullopt, "个", 2025, ""},
    {"三.12.2", "三", "12", "打造3个国家级优势特色产业集群",
     "3 national distinctive agricultural industry clusters", "count", point, 3, std::nullopt,
     "个", 2025, ""},
    {"三.12.3", "三", "12", "创建5个中国特色农产品优势区",
     "5 China distinctive agricultural product advantage zones", "count", point, 5,
     std::nullopt, "个", 2025, ""},
    {"三.12.4", "三", "12", "推出15个以上具有市场影响力和鲜明地域特色的“丽水山耕”拳头产品",
     "15 or more flagship \"Lishui Shangeng\" products", "count", at_least, 15, std::nullopt,
     "个", 2025, ""},
    {"三.12.5", "三", "12", "新增5家国家级农业龙头企业",
     "5 new national leading agricultural enterprises", "increase", point, 5, std::nullopt, "家",
     2025, ""},
    {"三.12.6", "三", "12", "20家省级农业龙头企业",
     "20 new provincial leading agricultural enterprises", "increase", point, 20, std::nullopt,
     "家", 2025, ""},
    {"三.12.7", "三", "12", "打造3个区域性农产品骨干市场",
     "3 regional core markets for agricultural products", "count", point, 3, std::nullopt, "个",
     2025, ""},
    {"三.13.1", "三", "13", "新创成3个以上高等级旅游景区",
     "3 or more new high-grade tourist attractions", "increase", at_least, 3, std::nullopt, "个",
     2025, ""},
    {"三.13.2", "三", "13", "打造10个具有引爆效应的旗舰型旅游项目",
     "10 flagship tourism projects", "count", point, 10, std::nullopt, "个", 2025, ""},
    {"三.13.3", "三", "13", "旅游产业增加值占GDP比重达到10%以上",
     "Tourism value added of 10% of GDP or more", "share", at_least, 10, std::nullopt, "%",
     2025, "14"},
    {"三.13.4", "三", "13", "推出10张文旅金名片", "10 culture-and-tourism \"golden cards\"",
     "count", point, 10, std::nullopt, "张", 2025, ""},
    {"三.13.5", "三", "13", "10个有影响力的文旅融合品牌",
     "10 influential culture-and-tourism brands", "count", point, 10, std::nullopt, "个", 2025,
     ""},
    {"三.13.6", "三", "13", "打造1000个旅游业微改造示范点",
     "1,000 tourism micro-renovation demonstration sites", "count", point, 1000, std::nullopt,
     "个", 2025, ""},
    {"三.15.1", "三", "15", "重点打造4个省级智慧商圈", "4 provincial smart business districts",
     "count", point, 4, std::nullopt, "个", 2025, ""},
    {"三.15.2", "三", "15", "5个省级绿色商场", "5 provincial green shopping malls", "count",
     point, 5, std::nullopt, "个", 2025, ""},
    {"三.15.3", "三", "15", "5个时尚消费集聚区", "5 fashion consumption clusters", "count",
     point, 5, std::nullopt, "个", 2025, ""},
    {"三.15.4", "三", "15", "实现网络零售总额1000亿元", "Online retail sales of 100 billion yuan",
     "level", point, 1000, std::nullopt, "亿元", 2025, ""},
    {"三.15.5", "三", "15", "累计完成投资5000亿元以上",
     "Cumulative investment of 500 billion yuan or more", "cumulative", at_least, 5000,
     std::nullopt, "亿元", 2025, ""},

    // ---- 四、统筹区域协调发展 --------------------------------------------------------------
    // Travel times of the "211" transport circles are ceilings: reach Shanghai within 2 hours,
    // anywhere in the province and in the city within 1 hour. The last two are two of row 22's
    // three one-hour circles.
    {"四.18.1", "四", "18", "通达上海2小时", "Shanghai within 2 hours", "level", at_most, 2,
     std::nullopt, "小时", 2025, ""},
    {"四.18.2", "四", "18", "省域1小时", "Anywhere in the province within 1 hour", "level",
     at_most, 1, std::nullopt, "小时", 2025, "22"},
    {"四.18.3", "四", "18", "市域1小时", "Anywhere in the city within 1 hour", "level", at_most,
     1, std::nullopt, "小时", 2025, "22"},
    {"四.18.4", "四", "18", "实现85%乡镇通三级以上公路",
     "85% of townships reached by Class III or better roads", "share", point, 85, std::nullopt,
     "%", 2025, ""},
    {"四.18.5", "四", "18", "农村公路优良中等路率达到85%以上",
     "85% or more of rural roads in good or fair condition", "share", at_least, 85,
     std::nullopt, "%", 2025, ""},
    // "分别达到100%和72%以上": "以上" is meaningless on 100%, so it binds the 72% only.
    {"四.18.6", "四", "18", "县级以上城市“一源一备”和规模化供水工程覆盖率分别达到100%和72%以上",
     "Cities at county level and above with a backup water source: 100%", "share", point, 100,
     std::nullopt, "%", 2025, ""},
    {"四.18.7", "四", "18", "县级以上城市“一源一备”和规模化供水工程覆盖率分别达到100%和72%以上",
     "Coverage of large-scale water supply of 72% or more", "share", at_least, 72, std::nullopt,
     "%", 2025, ""},
    {"四.18.8", "四", "18", "农业“两区”供水保障率达到90%以上",
     "Water supply guarantee rate of 90% or more in the agricultural \"two zones\"", "share",
     at_least, 90, std::nullopt, "%", 2025, ""},
    {"四.19.1", "四", "19", "力争新增产业合作项目300个",
     "300 new industrial cooperation projects", "increase", point, 300, std::nullopt, "个", 2025,
     ""},
    {"四.19.2", "四", "19", "实现到位资金500亿元", "50 billion yuan of funds in place",
     "cumulative", point, 500, std::nullopt, "亿元", 2025, ""},
    {"四.19.3", "四", "19", "建成宁波杭州湾新区丽水工业园等5个以上“科创飞地”",
     "5 or more science-and-innovation enclaves", "count", at_least, 5, std::nullopt, "个", 2025,
     ""},
    {"四.19.4", "四", "19", "打造30个山海协作乡村振兴产业示范点",
     "30 mountain-sea cooperation rural-revitalisation demonstration sites", "count", point, 30,
     std::nullopt, "个", 2025, ""},
    {"四.19.5", "四", "19", "联结带动1200个村增收致富",
     "1,200 villages linked and helped to raise incomes", "count", point, 1200, std::nullopt,
     "个", 2025, ""},
    {"四.21.1", "四", "21", "争创2个省级跨境电商产业集聚区",
     "2 provincial cross-border e-commerce industry clusters", "count", point, 2, std::nullopt,
     "个", 2025, ""},
    {"四.21.2", "四", "21", "建设4个跨境电商产业园区",
     "4 cross-border e-commerce industrial parks", "count", point, 4, std::nullopt, "个", 2025,
     ""},
    {"四.21.3", "四", "21", "跨境电子商务进出口额年均增长15%",
     "Cross-border e-commerce imports and exports grow 15% a year", "annual_growth", point, 15,
     std::nullopt, "%/年", 2025, "21"},

    // ---- 五、花园城市乡村建设 --------------------------------------------------------------
    {"五.22.1", "五", "22", "3个历史街区改造", "3 historic districts renovated", "count", point,
     3, std::nullopt, "个", 2025, ""},
    {"五.22.2", "五", "22", "谋划建设8个花园邻里中心", "8 garden neighbourhood centres", "count",
     point, 8, std::nullopt, "个", 2025, ""},
    {"五.23.1", "五", "23", "开展县城品质提升“五个一”工程项目45个",
     "45 county-town quality projects of the \"five ones\" programme", "count", point, 45,
     std::nullopt, "个", 2025, ""},
    {"五.24.1", "五", "24", "建设600个花园乡村", "600 garden villages", "count", point, 600,
     std::nullopt, "个", 2025, ""},
    {"五.24.2", "五", "24", "打造150个精品花园乡村", "150 boutique garden villages", "count",
     point, 150, std::nullopt, "个", 2025, ""},
    {"五.24.3", "五", "24", "创成80个省级未来乡村", "80 provincial future villages", "count",
     point, 80, std::nullopt, "个", 2025, ""},
    {"五.25.1", "五", "25", "争取建成65个产业农合联",
     "65 industry-based farmers' cooperative federations", "count", point, 65, std::nullopt,
     "个", 2025, ""},
    {"五.25.2", "五", "25", "20个省级农业产业化联合体",
     "20 provincial agricultural industrialisation consortia", "count", point, 20, std::nullopt,
     "个", 2025, ""},

    // ---- 六、富民增收机制创新 --------------------------------------------------------------
    // A yearly floor ("每年…不少于…3%"): kept as a share with the plan's last year, like 三.8.5.
    {"六.27.1", "六", "27", "每年安排不少于当年新增建设用地计划指标的3%用于发展集体经济",
     "At least 3% of each year's new construction-land quota for village collective economies",
     "share", at_least, 3, std::nullopt, "%", 2025, ""},
    {"六.27.2", "六", "27", "年收入100万元以上且经营性收入50万元以上的行政村达到300个",
     "300 villages with collective income of 1 million yuan or more, 500,000 from operations",
     "count", point, 300, std::nullopt, "个", 2025, ""},
    {"六.27.3", "六", "27", "五年累计搬迁15万人",
     "150,000 people relocated over five years", "cumulative", point, 15, std::nullopt, "万人",
     2025, ""},
    {"六.29.1", "六", "29", "力争城镇新增就业10万人", "100,000 new urban jobs", "increase",
     point, 10, std::nullopt, "万人", 2025, ""},
    {"六.29.2", "六", "29", "城镇登记失业率控制在3.5%以内",
     "Registered urban unemployment rate kept within 3.5%", "share", at_most, 3.5,
     std::nullopt, "%", 2025, "38.2"},
    // Reaching the provincial average is a comparison with another quantity, not a number.
    {"六.29.3", "六", "29", "高技能人才占比力争达到全省平均水平",
     "Share of highly skilled workers reaches the provincial average", "ordering", qualitative,
     std::nullopt, std::nullopt, "", 2025, ""},
    {"六.30.1", "六", "30", "力争技术合同交易额达到24亿元",
     "Technology contract turnover of 2.4 billion yuan", "level", point, 24, std::nullopt,
     "亿元", 2025, ""},

    // ---- 七、精神文明全民共创 --------------------------------------------------------------
    {"七.32.1", "七", "32", "4个红色小镇", "4 red-heritage towns", "count", point, 4,
     std::nullopt, "个", 2025, ""},
    {"七.32.2", "七", "32", "建设100个红色美丽村庄", "100 beautiful red-heritage villages",
     "count", point, 100, std::nullopt, "个", 2025, ""},
    {"七.32.3", "七", "32", "创成2个以上4A级红色文化主题旅游景区",
     "2 or more 4A red-culture tourist attractions", "count", at_least, 2, std::nullopt, "个",
     2025, ""},
    {"七.32.4", "七", "32", "推出13条红色旅游精品线路", "13 premium red-tourism routes", "count",
     point, 13, std::nullopt, "条", 2025, ""},
    {"七.35.1", "七", "35", "实施200个以上艺术助推乡村振兴项目",
     "200 or more art-for-rural-revitalisation projects", "count", at_least, 200, std::nullopt,
     "个", 2025, ""},
    {"七.36.1", "七", "36", "培育5家以上产值超10亿元文化龙头企业",
     "5 or more leading cultural enterprises with output above 1 billion yuan", "count",
     at_least, 5, std::nullopt, "家", 2025, ""},
    {"七.36.2", "七", "36", "50家以上省级成长型文化企业和重点企业",
     "50 or more provincial growth-oriented and key cultural enterprises", "count", at_least, 50,
     std::nullopt, "家", 2025, ""},
    {"七.36.3", "七", "36", "300家以上规上(限上)文化企业",
     "300 or more cultural enterprises above designated size", "count", at_least, 300,
     std::nullopt, "家", 2025, ""},

    // ---- 八、公共服务优质共享 --------------------------------------------------------------
    {"八.37.1", "八", "37", "公办幼儿园在园幼儿比例达到60%以上",
     "Share of children in public kindergartens of 60% or more", "share", at_least, 60,
     std::nullopt, "%", 2025, ""},
    {"八.37.2", "八", "37", "省一二级幼儿园在园幼儿比例达到80%以上",
     "Share of children in provincial first- and second-grade kindergartens of 80% or more",
     "share", at_least, 80, std::nullopt, "%", 2025, ""},
    {"八.38.1", "八", "38", "优质教育资源覆盖面达到80%以上",
     "Coverage of high-quality educational resources of 80% or more", "share", at_least, 80,
     std::nullopt, "%", 2025, ""},
    {"八.38.2", "八", "38", "60%以上县(市、区)创成全国义务教育优质均衡发展县(市、区)",
     "60% or more of counties become national high-quality balanced compulsory-education "
     "counties", "share", at_least, 60, std::nullopt, "%", 2025, ""},
    {"八.38.3", "八", "38", "中职毕业生升入高一级学校比例达到50%以上",
     "50% or more of secondary vocational graduates go on to higher schools", "share", at_least,
     50, std::nullopt, "%", 2025, ""},
    {"八.39.1", "八", "39", "重点人群家庭医生签约覆盖率80%以上",
     "Family-doctor contract coverage of key groups of 80% or more", "share", at_least, 80,
     std::nullopt, "%", 2025, ""},
    {"八.40.1", "八", "40", "全市养老机构护理型床位占比达到58%以上",
     "Nursing beds of 58% or more of beds in elderly-care institutions", "share", at_least, 58,
     std::nullopt, "%", 2025, ""},
    {"八.40.2", "八", "40", "每万老年人口拥有持证养老护理员数提高到25人以上",
     "25 or more certified elderly-care workers per 10,000 older people", "level", at_least, 25,
     std::nullopt, "人", 2025, "55"},
    {"八.40.3", "八", "40", "建成智慧养老院20家", "20 smart elderly-care homes", "count", point,
     20, std::nullopt, "家", 2025, ""},

    // ---- 九、社会和谐共建共治 --------------------------------------------------------------
    {"九.43.1", "九", "43", "县级以下信访问题和矛盾纠纷就地化解率达到90%以上",
     "90% or more of petitions and disputes below county level resolved locally", "share",
     at_least, 90, std::nullopt, "%", 2025, ""},
    {"九.43.2", "九", "43", "省级善治社区(村)占比达到50%以上",
     "Provincial good-governance communities (villages) of 50% or more", "share", at_least, 50,
     std::nullopt, "%", 2025, ""},
    {"九.45.1", "九", "45", "完成全市155个以上避灾安置场所规范化建设",
     "155 or more disaster shelters brought up to standard", "count", at_least, 155,
     std::nullopt, "个", 2025, ""},
  };
  // clang-format on

  return p;
}

}  // namespace detail

/// The embedded Lishui 2021–2025 common-prosperity plan: its 70 indicator records (67 numbered
/// rows, with sub-rows 12.1, 34.1, 34.2, 38.1, 38.2 and no records for the headings 34 and 38)
/// and the 132 quantitative targets of its body text. Built once, on first use.
///
/// Example:
/// ```
/// const auto& p = prosper::plan::lishui();
/// const auto& gdp = p.indicators.front();          // "1", 人均地区生产总值, 万元
/// double target = *gdp.milestones.back().value;    // 9.24 (2025)
/// ```
inline const plan& lishui() {
  static const plan p = detail::make_lishui();
  return p;
}

}  // namespace prosper::plan
