// The numbers that the headers' doc comments show as example results are what the functions
// return (issue 13, item 8). Each TEST_CASE runs the examples of one header as they are written
// there. A number is compared to the precision it is printed with: `shown("0.0832")` accepts
// 0.08315 … 0.08325, half a unit in the last printed digit. scripts/check_doc_examples.py checks
// that every number an `Example:` line shows appears in this file or in the header's own test.
#include <catch2/catch.hpp>

#include <Eigen/Core>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/composite/aggregate.hpp"
#include "prosper/composite/normalise.hpp"
#include "prosper/composite/weights.hpp"
#include "prosper/inequality/atkinson.hpp"
#include "prosper/inequality/bootstrap.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/generalised_entropy.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/gini_standard_error.hpp"
#include "prosper/inequality/lognormal.hpp"
#include "prosper/inequality/regions.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/literals.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/compounding_eigen.hpp"
#include "prosper/math/detail/vector_growth.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/math/probability.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/math/trend.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/required_change.hpp"
#include "prosper/plan/typed.hpp"
#include "prosper/plan/lishui_indicators.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/quantity.hpp"
#include "prosper/format.hpp"
#include "prosper/units/runtime_unit.hpp"
#include "prosper/units/detail/decimal_scaling.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/detail/json_pointer.hpp"
#include "prosper/error.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/number.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/units/unit.hpp"
#include "prosper/ratio/growth_ordering.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/ratio/reference_ratio.hpp"
#include "prosper/ratio/residence_panel.hpp"
#include "prosper/ratio/weighted_mean.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

namespace {

// A number as a doc comment prints it: equal to half a unit in its last printed digit.
// Thousands separators are allowed ("54,135").
Approx shown(std::string_view text) {
  std::string s;
  for (char c : text)
    if (c != ',') s += c;
  const double value = std::stod(s);
  const auto dot = s.find('.');
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(s.size() - dot - 1);
  return Approx(value).epsilon(0.0).margin(0.5 * std::pow(10.0, -decimals) * (1.0 + 1e-9));
}

using gdp_pc = indicator<struct doc_gdp_pc_tag, u::wan_yuan, direction::higher_is_better>;
using income = indicator<struct doc_income_tag, u::yuan, direction::higher_is_better>;
using middle_income_share = indicator<struct doc_share_tag, u::percent, direction::higher_is_better>;

// The GDP per-capita series of probability.hpp and trend.hpp: {2019: 6.0, …, 2023: 7.80}.
const std::vector<math::observation> gdp_series{
    {2019, 6.0}, {2020, 6.2}, {2021, 6.9}, {2022, 7.27}, {2023, 7.80}};

}  // namespace

TEST_CASE("shown() accepts half a unit in the last printed digit and no more", "[doc]") {
  CHECK(0.08315 == shown("0.0832"));
  CHECK(0.083249 == shown("0.0832"));
  CHECK_FALSE(0.08326 == shown("0.0832"));
  CHECK(54134.6 == shown("54,135"));
  CHECK_FALSE(54134.4 == shown("54,135"));
}

TEST_CASE("the examples in math/compounding.hpp's doc comments are what the functions return",
          "[doc]") {
  CHECK(math::compound_rate(9.24 / 7.27, 3.0) == shown("0.0832"));
  CHECK(math::compound_rate(7.27, 9.24, 3.0) == shown("0.0832"));
  CHECK(math::compound_factor(0.15, 5.0) == shown("2.0114"));
  CHECK(math::growth_factor(0.0832, 3.0, math::compounding::compounded) == shown("1.2709"));
  CHECK(math::implied_rate(9.24 / 7.27, 3.0, math::compounding::compounded) == shown("0.0832"));
}

TEST_CASE("the examples in math/compounding_eigen.hpp and vector_growth.hpp are what the "
          "kernels return",
          "[doc]") {
  CHECK(detail::growth::rates_unchecked(Eigen::ArrayXd{{7.27}}, Eigen::ArrayXd{{9.24}}, 3.0)[0] ==
        shown("0.0832"));
  CHECK(detail::growth::factors_unchecked(Eigen::ArrayXd{{0.15}}, 5.0)[0] == shown("2.0114"));
  const double base = 7.27, target = 9.24, rate = 0.15;
  double r = 0.0, f = 0.0;
  detail::vgrowth::rates(&base, &target, 3.0, &r, 1);
  detail::vgrowth::factors(&rate, 5.0, &f, 1);
  CHECK(r == shown("0.0832"));
  CHECK(f == shown("2.0114"));
}

TEST_CASE("the examples in math/required_change.hpp's doc comments are what the functions return",
          "[doc]") {
  CHECK(math::required_cagr(7.27, 9.24, 3.0) == shown("0.0832"));
  CHECK(math::required_cagr({2022, 44400.0}, {2025, 57000.0}) == shown("0.0868"));
  CHECK(math::required_cagr_from_now(7.80, 9.24, 2.0) == shown("0.0884"));
  CHECK(math::required_linear_step(58.0, 70.0, 3.0) == 4.0);
  CHECK(math::required_linear_step({2022, 58.0}, {2025, 70.0}) == 4.0);
  CHECK(math::elapsed_share(2022, 2025, 2023) == Approx(1.0 / 3.0));
  CHECK(math::expected_on_path(growth_path::geometric, {2022, 7.27}, {2025, 9.24}, 2023) ==
        shown("7.875"));
  CHECK(math::expected_on_path(growth_path::linear, {2022, 7.27}, {2025, 9.24}, 2023) ==
        shown("7.927"));
  CHECK(*math::years_to_reach(7.27, 9.24, 0.0832) == shown("3.0"));
  CHECK(*math::years_to_reach_linear(58.0, 70.0, 4.0) == 3.0);

  // The typed overloads, in %/年 and pp.
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0).value() == shown("8.32"));
  CHECK(required_cagr(indicator_value<income>{44400_yuan}, indicator_value<income>{57000_yuan}, 3.0)
            .value() == shown("8.68"));
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0_years).value() == shown("8.32"));
  CHECK(required_cagr_from_now(7.80_wan_yuan, 9.24_wan_yuan, 2.0).value() == shown("8.84"));
  CHECK(required_cagr(milestone<gdp_pc>{2022, target<gdp_pc>::point(7.27_wan_yuan)},
                      milestone<gdp_pc>{2025, target<gdp_pc>::point(9.24_wan_yuan)})
            .value() == shown("8.32"));
  CHECK(required_linear_step(58.0_pct, 70.0_pct, 3.0) == 4.0_pp);
  CHECK(required_linear_step(58.0_pct, 70.0_pct, 3.0_years) == 4.0_pp);
  CHECK(required_linear_step(indicator_value<middle_income_share>{58.0_pct},
                             indicator_value<middle_income_share>{70.0_pct}, 3.0)
            .value() == shown("4.0"));
  CHECK(required_linear_step(
            milestone<middle_income_share>{2022, target<middle_income_share>::point(58.0_pct)},
            milestone<middle_income_share>{2025, target<middle_income_share>::point(70.0_pct)})
            .value() == shown("4.0"));
  CHECK(expected_on_path(growth_path::geometric, dated<quantity<u::wan_yuan>>{2022, 7.27_wan_yuan},
                         dated<quantity<u::wan_yuan>>{2025, 9.24_wan_yuan}, 2023)
            .value() == shown("7.875"));
  const auto years =
      years_to_reach(7.80_wan_yuan, 9.24_wan_yuan, quantity<u::percent_per_year>{7.29});
  REQUIRE(years);
  CHECK(years->value() == shown("2.4"));
}

TEST_CASE("the examples in math/gap.hpp's doc comments are what the functions return", "[doc]") {
  CHECK(math::gap_ratio(7.27, 8.98, 9.24) == shown("0.13"));
  CHECK(math::progress_share(7.27, 7.80, 9.24) == shown("0.269"));
  CHECK(math::escap_current_status(7.27, 7.80, 9.24, direction::higher_is_better) ==
        shown("2.69"));
  CHECK(math::nbs_positive_score(7.80, 9.24) == shown("84.4"));
  CHECK(math::nbs_inverse_score(45.0, 40.0) == shown("88.9"));
  CHECK(math::nbs_interval_score(2.0, 3.0, 6.0, 1.0, 8.0) == 50.0);
  CHECK(math::standardised_distance(58.0, 70.0, 8.0, direction::higher_is_better) == 1.5);
  CHECK(math::sdsn_normalise(58.0, 40.0, 80.0) == 45.0);

  using pm25 = indicator<struct doc_pm25_tag, u::microgram_per_cubic_metre,
                         direction::lower_is_better>;
  using share = indicator<struct doc_gap_share_tag, u::percent, direction::higher_is_better>;
  const indicator_value<gdp_pc> base{7.27_wan_yuan}, current{7.80_wan_yuan},
      projected{8.98_wan_yuan}, goal{9.24_wan_yuan};
  CHECK(absolute_gap(58.0_pct, 70.0_pct) == 12.0_pp);
  CHECK(absolute_gap(current, goal).value() == shown("1.44"));
  CHECK(shortfall(indicator_value<pm25>{25_ug_m3}, indicator_value<pm25>{23_ug_m3}).value() ==
        2.0);
  CHECK(shortfall(indicator_value<pm25>{22_ug_m3}, indicator_value<pm25>{23_ug_m3}).value() ==
        0.0);
  CHECK(gap_ratio(base, projected, goal) == shown("0.13"));
  CHECK(progress_share(base, current, goal) == shown("0.269"));
  CHECK(escap_current_status(base, current, goal) == shown("2.69"));
  CHECK(nbs_score(current, goal).value() == shown("84.4"));
  CHECK(standardised_distance(indicator_value<share>{58.0_pct}, indicator_value<share>{70.0_pct},
                              8.0_pp) == 1.5);
}

TEST_CASE("the examples in math/projection.hpp's doc comments are what the functions return",
          "[doc]") {
  CHECK(math::observed_cagr({2022, 7.27}, {2023, 7.80}) == shown("0.0729"));
  const std::vector<math::observation> gappy{{2021, 7.0}, {2023, 7.80}, {2024, 8.3}};
  CHECK(math::observed_cagr(gappy, 2022).from.year == 2023);
  CHECK(math::select_base(std::vector<math::observation>{{2021, 7.0}, {2023, 7.80}}, 2022).year ==
        2023);
  CHECK(math::project_at_rate(7.80, 0.0729, 2.0) == shown("8.98"));
  const std::vector<math::observation> gdp{{2022, 7.27}, {2023, 7.80}};
  CHECK(math::project_constant_cagr(gdp, 2022, 2025) == shown("8.98"));
  CHECK(math::project_linear(std::vector<math::observation>{{2022, 58.0}, {2023, 61.0}}, 2022,
                             2025) == Approx(67.0));
  CHECK(math::project_weighted_geometric(gdp, 2025) == shown("8.98"));
  CHECK(math::project_weighted_geometric(gdp, 2025) ==
        Approx(math::project_constant_cagr(gdp, 2022, 2025)).epsilon(1e-14));
  CHECK(math::logit(50.0, 100.0) == 0.0);
  CHECK(math::inverse_logit(0.0, 100.0) == 50.0);
  CHECK(math::project_logit({2022, 58.0}, {2025, 70.0}, 2031) == shown("86.9"));
  // "where a constant CAGR would give 102.0 %"
  CHECK(math::project_at_rate(70.0, math::required_cagr(58.0, 70.0, 3.0), 6.0) ==
        shown("102.0"));
  CHECK(observed_cagr(indicator_value<gdp_pc>{7.27_wan_yuan}, 2022,
                      indicator_value<gdp_pc>{7.80_wan_yuan}, 2023)
            .value() == shown("7.29"));
  CHECK(project_at_rate(indicator_value<gdp_pc>{7.80_wan_yuan}, quantity<u::percent_per_year>{7.29},
                        2.0)
            .value() == shown("8.98"));
}

TEST_CASE("the examples in math/trend.hpp's doc comments are what the functions return", "[doc]") {
  CHECK(100.0 * math::trend_cagr(gdp_series) == shown("7.08"));
}

TEST_CASE("the examples in math/assess.hpp's doc comments are what the functions return",
          "[doc]") {
  CHECK(preset(assessment_method::sdsn).thresholds.moderate == 0.5);
  CHECK(natural_limit_factor(95.0, 100.0) == shown("0.204"));
  CHECK(1.5 * natural_limit_factor(95.0, 100.0) == shown("0.31"));
  CHECK(statcan_target_score(0.95) == 2.5);
  CHECK(statcan_growth_score(0.015, 1.0) == 2.5);

  const auto a = math::assess({2025, target_kind::point, 9.24}, {2022, 7.27},
                              std::vector<math::observation>{{2023, 7.80}},
                              direction::higher_is_better,
                              preset(assessment_method::statcan));
  CHECK(a.status == progress_status::moderate_progress);
  REQUIRE(a.ratio);
  CHECK(*a.ratio == shown("0.876"));
  REQUIRE(a.projected_value);
  CHECK(*a.projected_value == shown("8.98"));
  const auto e = math::assess({2025, target_kind::point, 9.24}, {2022, 7.27},
                              std::vector<math::observation>{{2023, 7.80}},
                              direction::higher_is_better, assessment_method::eurostat);
  CHECK(e.status == progress_status::moderate_progress);
}

TEST_CASE("the examples in math/probability.hpp's doc comments are what the functions return",
          "[doc]") {
  CHECK(math::probability_of_reaching(7.27, 9.24, 3.0, std::log1p(0.0832), 0.02,
                                      direction::higher_is_better) == shown("0.5"));
  CHECK(math::estimate_log_growth(gdp_series).sd == shown("0.032"));

  const auto level = math::estimate_drift(gdp_series, math::value_scale::level());
  CHECK(level.drift == shown("0.065591"));
  CHECK(level.sd == shown("0.031567"));
  CHECK(math::estimate_drift(gdp_series, math::value_scale::rate()).drift == shown("0.45"));

  const auto f = math::forecast_reach(level, 9.24, 2025, direction::higher_is_better);
  CHECK(f.probability == shown("0.2673"));
  CHECK(f.lower == shown("8.132"));
  CHECK(f.upper == shown("9.726"));
  CHECK(f.median == shown("8.893"));
  CHECK(math::forecast_reach(gdp_series, 9.24, 2025, direction::higher_is_better).probability ==
        shown("0.2673"));
  const auto lg = math::estimate_log_growth(gdp_series);
  CHECK(math::probability_of_reaching(7.80, 9.24, 2.0, lg.mean, lg.sd,
                                      direction::higher_is_better) == shown("0.1959"));

  const std::vector<math::observation> slow{{2022, 7.27}, {2023, 7.60}, {2024, 7.80}};
  const auto v = math::assess_with_uncertainty(
      direction::higher_is_better, {2025, target_kind::point, 9.24}, {2022, 7.27}, slow,
      preset(assessment_method::statcan));
  CHECK(v.verdict.status == progress_status::insufficient_progress);
  REQUIRE(v.verdict.ratio);
  CHECK(*v.verdict.ratio == shown("0.43"));
  REQUIRE(v.drift_lower);
  REQUIRE(v.drift_upper);
  CHECK(*v.drift_lower == shown("0.0068"));
  CHECK(*v.drift_upper == shown("0.0635"));
  CHECK(v.best == progress_status::moderate_progress);
  CHECK_FALSE(v.stable);
  REQUIRE(v.probability);
  CHECK(*v.probability == shown("0.038"));
  REQUIRE(v.projected_median);
  CHECK(*v.projected_median == shown("8.08"));

  const std::vector<math::joint_condition> both{
      {{{2019, 5.2}, {2020, 5.5}, {2021, 6.0}, {2022, 6.3}, {2023, 6.8}},
       8.0,
       direction::higher_is_better,
       math::value_scale::level()},
      {{{2019, 2.10}, {2020, 2.05}, {2021, 2.02}, {2022, 1.98}, {2023, 1.96}},
       1.95,
       direction::lower_is_better,
       math::value_scale::level()}};
  const auto j = math::joint_probability(both, 2025);
  CHECK(j.probability == shown("0.1789"));
  CHECK(j.if_independent == shown("0.2040"));
  REQUIRE(j.correlation.size() == 4);
  CHECK(std::abs(j.correlation[1]) == shown("0.75"));
}

TEST_CASE("the examples in plan/required_change.hpp and plan/audit.hpp are what the plan gives",
          "[doc]") {
  const auto& rows = plan::lishui().indicators;
  const auto gdp = plan::required_change(rows[0]);
  REQUIRE(gdp.cagr);
  REQUIRE(gdp.annual_change);
  CHECK(*gdp.cagr == shown("0.0832"));
  CHECK(*gdp.annual_change == shown("0.657"));
  const auto urbanisation = std::find_if(rows.begin(), rows.end(),
                                         [](const plan::indicator& i) { return i.id == "24"; });
  REQUIRE(urbanisation != rows.end());
  const auto u24 = plan::required_change(*urbanisation, 2022, 2025);
  REQUIRE(u24.cagr);
  REQUIRE(u24.annual_change);
  CHECK(*u24.cagr == shown("0.0204"));
  CHECK(*u24.annual_change == shown("1.33"));

  const auto report = plan::audit(plan::lishui(), plan::lishui_relations());
  const auto f = std::find_if(report.findings.begin(), report.findings.end(),
                              [](const plan::finding& x) { return x.id == "identity.33.2022"; });
  REQUIRE(f != report.findings.end());
  CHECK(f->status == plan::finding_status::holds);
  REQUIRE(f->lhs);
  REQUIRE(f->rhs);
  REQUIRE(f->tolerance);
  CHECK(*f->lhs == shown("0.610729"));
  CHECK(*f->rhs == shown("0.611"));
  CHECK(*f->tolerance == shown("0.000927"));
}

TEST_CASE("the examples in inequality/lognormal.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::inequality::lognormal;
  CHECK(gini_from_sigma(0.5449) == shown("0.300"));
  CHECK(sigma_from_gini(0.3) == shown("0.5449"));
  CHECK(mu_from_mean(44400_yuan, 0.573) == shown("10.5368"));
  CHECK(share_between(57000_yuan, 0.3146, 33333.3_yuan, 166666.7_yuan).value() == shown("72.7"));
  CHECK(headcount_below(44400_yuan, 0.3146, 33333.3_yuan).value() == shown("41.5"));
  CHECK(lorenz(0.3146, 0.4) == shown("0.2043"));
  CHECK(lorenz(0.3146, 0.0) == 0.0);
  CHECK(lorenz(0.3146, 1.0) == 1.0);
  CHECK(gini_for_share(44400_yuan, 58.0_pct, 33333.3_yuan, 166666.7_yuan) == shown("0.3146"));
  CHECK(gini_for_share(57000_yuan, 70.0_pct, 33333.3_yuan, 166666.7_yuan) == shown("0.3322"));
  CHECK(mean_for_share(0.3146, 70.0_pct, 33333.3_yuan, 166666.7_yuan).value() == shown("54,135"));
  const auto band = per_capita_band(income_band<u::yuan>{100000_yuan, 500000_yuan}, 3.0);
  CHECK(band.lower.value() == shown("33,333.3"));
  CHECK(band.upper.value() == shown("166,666.7"));
  const auto band2 = per_capita_band(income_band<u::yuan>{200000_yuan, 600000_yuan}, 3.0);
  // fit_two_bands: "33,333–166,667 and 66,667–200,000 元".
  CHECK(band.lower.value() == shown("33,333"));
  CHECK(band.upper.value() == shown("166,667"));
  CHECK(band2.lower.value() == shown("66,667"));
  CHECK(band2.upper.value() == shown("200,000"));
  const auto fit22 = fit_two_bands(58.0_pct, band, 13.4_pct, band2);
  CHECK(fit22.mean.value() == Approx(42800.0).margin(50.0));  // "about 42,800"
  CHECK(fit22.gini == shown("0.291"));
  const auto fit25 = fit_two_bands(70.0_pct, band, 20.0_pct, band2);
  CHECK(fit25.mean.value() == Approx(49600.0).margin(50.0));  // "about 49,600"
  CHECK(fit25.gini == shown("0.279"));
}

TEST_CASE("the examples in inequality/gini.hpp, gini_standard_error.hpp and regions.hpp are what "
          "the functions return",
          "[doc]") {
  using namespace prosper::inequality;
  CHECK(gini(Eigen::VectorXd{{1, 2, 3, 4, 5}}) == shown("0.2667"));
  CHECK(gini(Eigen::VectorXd{{1, 2, 3, 4, 5}}, gini_correction::finite_sample) ==
        shown("0.3333"));
  CHECK(gini(Eigen::VectorXd{{4, 4, 4}}) == 0.0);
  CHECK(gini(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{2, 1}}) == shown("0.2667"));
  CHECK(gini(Eigen::VectorXd{{1, 1, 3}}) == shown("0.2667"));
  CHECK(gini_grouped(Eigen::VectorXd::Ones(5), Eigen::VectorXd{{8.1, 11.5, 20.0, 22.8, 37.6}}) ==
        shown("0.2812"));
  CHECK(gini_standard_error(Eigen::VectorXd{{1, 2, 3}}) == shown("0.138580"));
  CHECK(gini_standard_error(Eigen::VectorXd{{1, 2, 3}}) ==
        Approx(std::sqrt(14.0) / 27.0).epsilon(1e-12));
  // Ĝ = 2/9 and Ẑ = −14/9, −22/9, −24/9 give Var = Σ(Ẑᵢ − Z̄)²/(nμ̂)², the square of the above.
  CHECK(gini(Eigen::VectorXd{{1, 2, 3}}) == Approx(2.0 / 9.0));
  const Eigen::ArrayXd z{{-14 / 9.0, -22 / 9.0, -24 / 9.0}};
  CHECK((z - z.mean()).square().sum() / std::pow(3.0 * 2.0, 2) ==
        Approx(std::pow(gini_standard_error(Eigen::VectorXd{{1, 2, 3}}), 2)).epsilon(1e-12));

  const std::vector<region<u::yuan>> two{{"a", 40000_yuan, 1_wan_persons},
                                         {"b", 60000_yuan, 1_wan_persons}};
  CHECK(gini(two) == shown("0.1"));
  CHECK(coefficient_of_variation(two) == shown("0.2"));
}

TEST_CASE("the examples in inequality/theil.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::inequality;
  CHECK(theil_t(Eigen::VectorXd{{0, 1}}) == shown("0.6931"));
  CHECK(theil_t(Eigen::VectorXd{{0, 1}}, Eigen::VectorXd{{1, 1}}) == Approx(std::log(2.0)));
  CHECK(mld(Eigen::VectorXd{{1, 3}}) == shown("0.1438"));
  CHECK(mld(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{1, 1}}) == shown("0.1438"));
  const auto t = theil_t_decomposition(Eigen::VectorXd{{0, 0, 0, 10, 10, 10}},
                                       std::vector<int>{0, 0, 0, 1, 1, 1});
  CHECK(t.between == Approx(std::log(2.0)));
  CHECK(t.within == 0.0);
  const auto m = mld_decomposition(Eigen::VectorXd{{1, 3, 2, 6}},
                                   std::vector<std::string>{"a", "a", "b", "b"});
  CHECK(m.within == shown("0.1438"));
  // The between term of group means 2 and 4 (equal sizes, overall mean 3).
  CHECK(m.between == Approx(std::log(3.0) - 0.5 * (std::log(2.0) + std::log(4.0))));
}

TEST_CASE("the examples in inequality/dispersion.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::inequality;
  CHECK(coefficient_of_variation(Eigen::VectorXd{{2, 4, 4, 4, 5, 5, 7, 9}}) == shown("0.4"));
  CHECK(coefficient_of_variation(Eigen::VectorXd{{3, 3, 3}}) == 0.0);
  CHECK(lorenz_share(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{1, 1}}, 0.5) == shown("0.25"));
  CHECK(lorenz_share(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{1, 1}}, 0.25) == shown("0.125"));
  CHECK(lorenz_share(Eigen::VectorXd{{1, 2, 3, 4}}, 0.5) == shown("0.3"));
  CHECK(share_ratio(Eigen::VectorXd{{1, 2, 3, 4, 10}}, Eigen::VectorXd::Ones(5), 0.2, 0.2) ==
        shown("10"));
  CHECK(palma(Eigen::VectorXd::LinSpaced(10, 1, 10), Eigen::VectorXd::Ones(10)) == shown("1.0"));
  CHECK(palma(Eigen::VectorXd::LinSpaced(10, 1, 10)) == shown("1.0"));
  CHECK(engel_coefficient(9000_yuan, 31380_yuan).value() == shown("28.68"));
}

TEST_CASE("the examples in inequality/generalised_entropy.hpp and atkinson.hpp are what the "
          "functions return",
          "[doc]") {
  using namespace prosper::inequality;
  const Eigen::VectorXd x{{1, 3}};
  CHECK(generalised_entropy(x, 2.0) == shown("0.125"));
  CHECK(generalised_entropy(x, -1.0) == Approx(1.0 / 6.0));
  CHECK(generalised_entropy(x, 0.5) == shown("0.13630"));
  CHECK(generalised_entropy(x, Eigen::VectorXd{{2, 1}}, 2.0) == shown("0.16"));
  CHECK(generalised_entropy(Eigen::VectorXd{{1, 1, 3}}, 2.0) == shown("0.16"));
  CHECK(atkinson(x, 0.5) == shown("0.066987"));
  CHECK(atkinson(x, 1.0) == shown("0.133975"));
  CHECK(atkinson(x, 2.0) == shown("0.25"));
  CHECK(atkinson(x, Eigen::VectorXd{{2, 1}}, 2.0) == shown("0.228571"));
  CHECK(atkinson(Eigen::VectorXd{{1, 1, 3}}, 2.0) == Approx(8.0 / 35.0));
}

TEST_CASE("the examples in inequality/bootstrap.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::inequality;
  const Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(10, 1, 10);
  const auto g = bootstrap_gini(x);
  CHECK(g.estimate == shown("0.3"));
  CHECK(g.standard_error == shown("0.0630"));
  CHECK(g.lower == shown("0.1769"));
  CHECK(g.upper == shown("0.3811"));
  const auto t = bootstrap_theil_t(x);
  CHECK(t.estimate == shown("0.1513"));
  CHECK(t.standard_error == shown("0.0610"));
  CHECK(t.lower == shown("0.0578"));
  CHECK(t.upper == shown("0.2496"));
  const auto m = bootstrap_mld(x);
  CHECK(m.estimate == shown("0.1943"));
  CHECK(m.standard_error == shown("0.0785"));
}

TEST_CASE("the examples in ratio/max_min.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::ratio;
  CHECK(max_min_ratio(Eigen::VectorXd{{5.2, 6.1, 9.0}}) == shown("1.731"));
  CHECK(max_to_mean(Eigen::VectorXd{{1, 2}}, Eigen::VectorXd{{3, 1}}) == shown("1.6"));
  CHECK(mean_to_min(Eigen::VectorXd{{1, 2}}, Eigen::VectorXd{{3, 1}}) == shown("1.25"));
  CHECK(population_extremes_ratio(Eigen::VectorXd{{1, 2, 4}}, Eigen::VectorXd{{1, 1, 1}},
                                  1.0 / 3) == shown("4"));
  const Eigen::VectorXd uplift = minimum_uplift(Eigen::VectorXd{{6.0, 9.0, 5.0}}, 1.5);
  CHECK(uplift(0) == 0.0);
  CHECK(uplift(1) == 0.0);
  CHECK(uplift(2) == shown("1"));
  const auto l = budget_neutral_levelling(Eigen::VectorXd{{4, 6, 10}}, Eigen::VectorXd::Ones(3), 1.5);
  CHECK(l.cap == shown("8.4"));
  CHECK(l.floor == shown("5.6"));
  CHECK(l.levels(0) == shown("5.6"));
  CHECK(l.levels(1) == shown("6"));
  CHECK(l.levels(2) == shown("8.4"));
  CHECK(l.transfer == shown("1.6"));
  const Eigen::VectorXd g = required_growth(Eigen::VectorXd{{9.0, 5.0}}, 0.06, 1.5, 3.0);
  CHECK(g(0) == shown("0.06"));
  CHECK(g(1) == shown("0.1264"));
  const auto r = year_max_min_reached(Eigen::VectorXd{{9.0, 5.0}}, Eigen::VectorXd{{0.06, 0.10}},
                                      1.5, 2022);
  CHECK(r.reachable);
  CHECK(r.years_needed == shown("4.92"));
  CHECK(r.year == 2027);
  const std::vector<region<u::yuan>> three{
      {"a", 52000_yuan}, {"b", 61000_yuan}, {"c", 78000_yuan}};
  const auto s = max_min(three);
  CHECK(s.ratio.value() == shown("1.5"));
  CHECK(s.highest == "c");
  CHECK(s.lowest == "a");
  const auto up = minimum_uplift(std::vector<region<u::yuan>>{{"a", 48000_yuan}, {"b", 78000_yuan}},
                                 1.5_times);
  REQUIRE(up.size() == 2);
  CHECK(up[0].change.value() == shown("4,000"));
  CHECK(up[0].to.value() == shown("52,000"));
  const auto never = year_max_min_reached(
      std::vector<region<u::yuan>>{{"莲都区", 81000_yuan}, {"庆元县", 50000_yuan}},
      {7.0_pct_per_year, 6.0_pct_per_year}, 1.5_times, 2022);
  CHECK_FALSE(never.reachable);
  // "unreachable: 莲都区 / 庆元县 is 1.62 and 莲都区 grows 7 %/yr against 6 %/yr for 庆元县, …":
  // the rates exactly as shown, the ratio to its printed precision.
  const std::string head = "unreachable: 莲都区 / 庆元县 is ";
  REQUIRE(never.reason.rfind(head, 0) == 0);
  const auto number_after = [&](std::string_view before) {
    const auto at = never.reason.find(before);
    REQUIRE(at != std::string::npos);
    return std::stod(never.reason.substr(at + before.size()));
  };
  CHECK(number_after(head) == shown("1.62"));
  CHECK(number_after(" and 莲都区 grows ") == shown("7"));
  CHECK(number_after(" %/yr against ") == shown("6"));
  CHECK(never.reason.find(" grows 7 %/yr against 6 %/yr for 庆元县, ") != std::string::npos);
}

TEST_CASE("the examples in ratio/pair_ratio.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::ratio;
  const ratio_constraint urban_rural{2.0_times, 1.95_times, bound_side::at_most, 3.0};
  CHECK(pair_ratio(57200_yuan, 28600_yuan).value() == 2.0);
  const auto d = required_growth_differential(urban_rural);
  CHECK(d.faster == growth_differential::faster_side::denominator);
  CHECK(d.factor == shown("1.008475"));
  CHECK(d.rate().value() == shown("0.85"));
  CHECK(required_ratio_change(urban_rural).value() == shown("-0.840"));
  const auto rural = denominator_growth_limit(urban_rural, 8.0_pct_per_year);
  CHECK(rural.limit == growth_limit::kind::minimum);
  CHECK(rural.rate.value() == shown("8.915"));
  CHECK(rural.rate.value() == shown("8.9"));
  CHECK(rural.allows(9.0_pct_per_year));
  const auto lishui_zhejiang = numerator_growth_limit(
      {0.74_times, 0.76_times, bound_side::at_least, 3.0}, 6.0_pct_per_year);
  CHECK(lishui_zhejiang.limit == growth_limit::kind::minimum);
  CHECK(lishui_zhejiang.rate.value() == shown("6.95"));
  CHECK(projected_ratio(2.0_times, 8.0_pct_per_year, 8.915_pct_per_year, 3.0).value() ==
        shown("1.95"));
  const auto reach = year_bound_reached(urban_rural, 2022, 7.0_pct_per_year, 8.0_pct_per_year);
  CHECK(reach.reachable);
  CHECK(reach.year == 2025);
  CHECK(reach.years_needed == shown("2.72"));
  CHECK(reach.by(2025));
  const auto flat = year_bound_reached(urban_rural, 2022, 7.0_pct_per_year, 7.0_pct_per_year);
  CHECK_FALSE(flat.reachable);
  CHECK(flat.reason.find("the ratio stays at 2") != std::string::npos);
  const auto glide = bound_glide_path(2.0_times, 1.95_times, 3);
  REQUIRE(glide.size() == 4);
  CHECK(glide[0].value() == shown("2.0"));
  CHECK(glide[1].value() == shown("1.9832"));
  CHECK(glide[2].value() == shown("1.9665"));
  CHECK(glide[3].value() == shown("1.95"));
  const auto path = satisfied_every_year(std::vector<quantity<u::yuan>>{57200_yuan, 61100_yuan},
                                         std::vector<quantity<u::yuan>>{28600_yuan, 31000_yuan},
                                         {2.0_times, 1.9832_times}, bound_side::at_most, 2022);
  CHECK(path.satisfied);
  CHECK(61100.0 / 31000.0 == shown("1.971"));
}

TEST_CASE("the examples in ratio/reference_ratio.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::ratio;
  CHECK(implied_reference(44400_yuan, 0.74_times).value() == shown("60,000"));
  CHECK(implied_reference(57000_yuan, 0.76_times).value() == shown("75,000"));
  const ratio_constraint c{0.74_times, 0.76_times, bound_side::at_least, 3.0};
  CHECK(max_reference_growth(c, 8.6836_pct_per_year).value() == shown("7.72"));
  CHECK(min_local_growth(c, 6.0_pct_per_year).value() == shown("6.95"));
  const auto check22 = check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.611_times, 0.001);
  CHECK(check22.consistent);
  CHECK(check22.implied.value() == shown("0.6107"));
  const auto check25 = check_ratio_identity(57000_yuan, 9.24_wan_yuan, 0.617_times, 0.001);
  CHECK(check25.consistent);
  CHECK(check25.implied.value() == shown("0.6169"));
  CHECK(implied_numerator<u::yuan>(9.24_wan_yuan, 0.617_times).value() == shown("57,010.8"));
}

TEST_CASE("the examples in ratio/growth_ordering.hpp's doc comments are what the functions return",
          "[doc]") {
  using namespace prosper::ratio;
  const auto c = compare_target_growth(44400_yuan, 57000_yuan, 7.27_wan_yuan, 9.24_wan_yuan, 3.0,
                                       growth_order::strictly_faster);
  CHECK(c.satisfied);
  CHECK(c.a.value() == shown("8.68"));
  CHECK(c.b.value() == shown("8.32"));
  CHECK(c.margin.value() == shown("0.36"));
  const auto rates = compare_observed_rates({6.5_pct_per_year, 5.8_pct_per_year},
                                            {6.0_pct_per_year, 6.1_pct_per_year}, 2023);
  CHECK(rates.violating_years() == std::vector<int>{2024});
  const auto levels = compare_observed_levels(
      std::vector<quantity<u::yuan>>{11400_yuan, 12000_yuan, 12500_yuan},
      std::vector<quantity<u::yuan>>{44400_yuan, 47800_yuan, 51000_yuan}, 2022);
  REQUIRE(levels.years.size() == 2);
  CHECK(levels.years[0].comparison.a.value() == shown("5.26"));
  CHECK(levels.years[1].comparison.a.value() == shown("4.17"));
  CHECK(levels.years[0].comparison.b.value() == shown("7.66"));
  CHECK(levels.years[1].comparison.b.value() == shown("6.69"));
  CHECK(levels.violating_years() == std::vector<int>{2023, 2024});
}

TEST_CASE("the examples in ratio/weighted_mean.hpp and residence_panel.hpp are what the functions "
          "return",
          "[doc]") {
  using namespace prosper::ratio;
  CHECK(overall_from_parts(53287.5_yuan, 28600_yuan, 64.0_pct).value() == shown("44,400"));
  CHECK(urban_from_overall(44400_yuan, 28600_yuan, 64.0_pct).value() == shown("53,287.5"));
  CHECK(rural_from_overall(44400_yuan, 53287.5_yuan, 64.0_pct).value() == shown("28,600"));
  CHECK(urban_share_from(44400_yuan, 57200_yuan, 28600_yuan).value() == shown("55.24"));
  CHECK(implied_urban_rural_ratio(44400_yuan, 28600_yuan, 64.0_pct).value() == shown("1.8632"));
  CHECK(implied_urban_rural_ratio(57000_yuan, 38000_yuan, 68.0_pct).value() == shown("1.7353"));
  const auto solved = solve_two_group_mean(
      two_group_mean<u::yuan>{44400_yuan, std::nullopt, 28600_yuan, 64.0_pct});
  REQUIRE(solved.urban);
  CHECK(solved.urban->value() == shown("53,287.5"));

  identity_system<u::yuan> s;
  const auto all = s.unknown("overall 2022");
  const auto urban = s.unknown("urban 2022");
  const auto rural = s.unknown("rural 2022");
  s.known(all, 44400_yuan);
  s.known(rural, 28600_yuan);
  s.weighted_mean(all, urban, rural, 64.0_pct);
  const auto solution = s.solve();
  CHECK(solution.consistent);
  CHECK(solution.value("urban 2022").value() == shown("53287.5"));

  CHECK(overall(residence_incomes<u::yuan>{"x", 53287.5_yuan, 28600_yuan, 64.0_pct}).value() ==
        shown("44,400"));
  CHECK(urban_rural_ratio(residence_incomes<u::yuan>{"x", 57200_yuan, 28600_yuan, 64.0_pct})
            .value() == shown("2.0"));
}

TEST_CASE("the examples in composite/weights.hpp, normalise.hpp and aggregate.hpp are what the "
          "functions return",
          "[doc]") {
  using namespace prosper::composite;
  CHECK(equal_weights(4).isApprox(Eigen::VectorXd{{0.25, 0.25, 0.25, 0.25}}));
  CHECK(declared_weights(Eigen::VectorXd{{4.0, 4.0, 2.0}}).isApprox(Eigen::VectorXd{{0.4, 0.4, 0.2}}));
  CHECK(category_weights({"economy", "economy", "environment"})
            .isApprox(Eigen::VectorXd{{0.25, 0.25, 0.5}}));
  const Eigen::MatrixXd scores{{20, 80}, {50, 50}};
  const Eigen::VectorXd w{{1, 1}};
  CHECK(aggregate(scores, w, aggregation::arithmetic).isApprox(Eigen::VectorXd{{50, 50}}));
  CHECK(aggregate(scores, w, aggregation::geometric).isApprox(Eigen::VectorXd{{40, 50}}));
  CHECK(ranks(Eigen::VectorXd{{70, 90, 70, 50}}) == Eigen::VectorXd{{2, 1, 2, 4}});
}

TEST_CASE("the examples in composite/normalise.hpp and composite_index are what the functions "
          "return",
          "[doc]") {
  using namespace prosper::composite;
  const panel up{Eigen::MatrixXd{{2}, {4}, {6}}, {"a", "b", "c"}, {"x"}, {direction::higher_is_better}};
  const panel down{Eigen::MatrixXd{{2}, {4}, {6}}, {"a", "b", "c"}, {"x"}, {direction::lower_is_better}};
  const auto col = [](const Eigen::MatrixXd& m) { return Eigen::VectorXd(m.col(0)); };
  CHECK(col(normalise(up, normalisation_spec::min_max())).isApprox(Eigen::VectorXd{{0, 50, 100}}));
  CHECK(col(normalise(down, normalisation_spec::min_max())).isApprox(Eigen::VectorXd{{100, 50, 0}}));
  CHECK(col(normalise(up, normalisation_spec::z_score())).isApprox(Eigen::VectorXd{{-1, 0, 1}}));
  const Eigen::VectorXd dist = col(normalise(up, normalisation_spec::distance_to_target({5.0})));
  CHECK(dist(0) == shown("0"));
  CHECK(dist(1) == shown("66.67"));
  CHECK(dist(2) == shown("100"));
  CHECK(col(normalise(up, normalisation_spec::goalposts({0.0}, {10.0})))
            .isApprox(Eigen::VectorXd{{20, 40, 60}}));

  const panel three{Eigen::MatrixXd{{2, 10}, {4, 20}, {6, 30}}, {"a", "b", "c"}, {"x", "y"},
                    {direction::higher_is_better, direction::lower_is_better}};
  const auto r = composite_index(three, normalisation_spec::min_max(), equal_weights(2),
                                 aggregation::arithmetic);
  CHECK(r.scores.isApprox(Eigen::VectorXd{{50, 50, 50}}));
  CHECK(r.ranks == Eigen::VectorXd{{1, 1, 1}});
}

TEST_CASE("the examples in quantity.hpp and indicator.hpp's doc comments are what the operators "
          "return",
          "[doc]") {
  CHECK(quantity<u::yuan>(quantity<u::wan_yuan>{7.27}).value() == shown("72700.0"));
  CHECK(quantity<u::yi_yuan>{2250.0}.in<u::wan_yuan>().value() == shown("22,500,000.0"));
  CHECK((quantity<u::yi_yuan>{310.0} + quantity<u::yi_yuan>{35.0}).value() == shown("345"));
  CHECK(70.0_pct - 58.0_pct == 12.0_pp);
  CHECK(58.0_pct + 4.0_pp == 62.0_pct);
  auto level = 64.0_pct;
  level += 4.0_pp;
  CHECK(level.value() == shown("68"));
  CHECK(product<u::wan_yuan>(quantity<u::yuan_per_person>{44400.0}, quantity<u::wan_person>{250.0})
            .value() == shown("11,100,000"));
  CHECK(quotient<u::yuan_per_person>(quantity<u::wan_yuan>{11'100'000.0},
                                     quantity<u::wan_person>{250.0})
            .value() == shown("44,400"));
  CHECK(product<u::yi_yuan>(per_person(44400_yuan), quantity<u::wan_person>{250.0}).value() ==
        shown("1110"));
  CHECK((2.0 * quantity<u::yuan>{100.0}).value() == shown("200"));
  CHECK(as_fraction(64.0_pct) == shown("0.64"));
  CHECK(from_fraction<u::percent>(0.0832).value() == shown("8.32"));
  CHECK(as_fraction(quantity<u::percent_per_year>{8.32}) == shown("0.0832"));
  CHECK(rate_from_fraction(0.0832).value() == shown("8.32"));

  using urbanisation = indicator<struct doc_urbanisation_tag, u::percent, direction::higher_is_better>;
  CHECK(indicator_value<gdp_pc>{quantity<u::yuan>{72700.0}}.value() == shown("7.27"));
  CHECK((indicator_value<urbanisation>{68.0_pct} - indicator_value<urbanisation>{64.0_pct}) ==
        4.0_pp);
  CHECK((indicator_value<urbanisation>{64.0_pct} + 4.0_pp).value() == shown("68"));
}

TEST_CASE("the examples in units/runtime_unit.hpp, decimal_scaling.hpp and format.hpp are what "
          "the functions return",
          "[doc]") {
  using units::runtime_unit;
  CHECK(units::conversion_factor_between(runtime_unit::resolve("亿元"), runtime_unit::resolve("万元")) ==
        shown("10000"));
  CHECK(units::convert(72700.0, runtime_unit::resolve("元"), runtime_unit::resolve("万元")) ==
        shown("7.27"));
  CHECK(units::convert(72700.0, "元", "万元") == shown("7.27"));
  CHECK(units::detail::shift_decimal(97.8371, 4).value() == 978371.0);
  CHECK(units::detail::scale(72700.0, 1e-4, 1e4) == 7.27);
  CHECK(format_fixed(8.320964, 2) == "8.32");
  CHECK(to_string(quantity<u::percent_per_year>{8.320964}, 2) == "8.32%/年");
}

TEST_CASE("the examples in report/report_model.hpp and catalog_table.hpp show the numbers the "
          "plan gives",
          "[doc]") {
  CHECK(report::value_text(26386.0 * 1.1163) == "29455");
  CHECK(report::exact_text(42042.0) == "42042");
  CHECK(report::exact_text(55000.0 / 38000.0) == "1.447");
  CHECK(report::rate_text(0.0868) == "8.68%");
  CHECK(report::probability_text(0.734) == "73%");
  const auto& row2 = plan::lishui().indicators[1];
  REQUIRE(row2.id == "2");
  CHECK(report::required_text(plan::required_change(row2), language::en) == "8.68%/yr");
  const std::string csv = report::catalog_csv(plan::lishui());
  const auto at = csv.find("\n2,appendix,");
  REQUIRE(at != std::string::npos);
  const std::string line = csv.substr(at + 1, csv.find('\n', at + 1) - at - 1);
  CHECK(line.rfind("2,appendix,居民人均可支配收入,", 0) == 0);
  CHECK(line.substr(line.find(",元,")) ==
        ",元,higher_is_better,point,2022,44400,2025,57000,57000,0.08683586596492347,4200");
}

TEST_CASE("the examples in plan/relations.hpp, typed.hpp and lishui_indicators.hpp are what the "
          "plan holds",
          "[doc]") {
  CHECK(plan::printed_half_unit("≤1.95", 1.95) == shown("0.005"));
  CHECK(plan::typed<lishui::per_capita_gdp>(plan::lishui().indicators[0])[1].goal.value->value() ==
        9.24);
  CHECK(lishui::milestones<lishui::per_capita_gdp>()[1].goal.value->value() == 9.24);
}

TEST_CASE("the worked numbers in docs/methods.md are what the functions return", "[doc]") {
  // §1: 8.32 %/yr; 58 % → 70 % is 4.0 pp/yr, whereas the CAGR reading is 6.47 %/yr.
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0).value() == shown("8.32"));
  CHECK(required_linear_step(58.0_pct, 70.0_pct, 3.0).value() == shown("4.0"));
  CHECK(100.0 * math::required_cagr(58.0, 70.0, 3.0) == shown("6.47"));
  CHECK(70.0_pct - 58.0_pct == 12.0_pp);
  // Related: 8.84 %/yr from 7.80 in 2023; 7.875 (geometric) and 7.927 (linear) in 2023.
  CHECK(100.0 * math::required_cagr_from_now(7.80, 9.24, 2.0) == shown("8.84"));
  CHECK(math::expected_on_path(growth_path::geometric, {2022, 7.27}, {2025, 9.24}, 2023) ==
        shown("7.875"));
  CHECK(math::expected_on_path(growth_path::linear, {2022, 7.27}, {2025, 9.24}, 2023) ==
        shown("7.927"));
  // §4, rule 3: C is 0.204 at 95 % of a 100 % limit, so 1.5 % drops to 0.31 %.
  CHECK(natural_limit_factor(95.0, 100.0) == shown("0.204"));
  CHECK(1.5 * natural_limit_factor(95.0, 100.0) == shown("0.31"));
  // §4, worked example: 7.29 %/yr observed against 8.32 %/yr required, R = 0.876 (StatCan,
  // moderate progress); ESCAP's CS = 2.69 against an expected 3.33; the gap is 13 %.
  const auto a = math::assess({2025, target_kind::point, 9.24}, {2022, 7.27},
                              std::vector<math::observation>{{2023, 7.80}},
                              direction::higher_is_better, assessment_method::statcan);
  CHECK(a.status == progress_status::moderate_progress);
  REQUIRE(a.observed_rate);
  REQUIRE(a.required_rate);
  REQUIRE(a.ratio);
  CHECK(100.0 * *a.observed_rate == shown("7.29"));
  CHECK(100.0 * *a.required_rate == shown("8.32"));
  CHECK(*a.ratio == shown("0.876"));
  CHECK(math::escap_current_status(7.27, 7.80, 9.24, direction::higher_is_better) ==
        shown("2.69"));
  CHECK(10.0 * math::elapsed_share(2022, 2025, 2023) == shown("3.33"));
  const std::vector<math::observation> gdp{{2022, 7.27}, {2023, 7.80}};
  CHECK(100.0 * math::gap_ratio(7.27, math::project_constant_cagr(gdp, 2022, 2025), 9.24) ==
        shown("13"));
  // §5: the factor for 2.0 → 1.95 in three years is 1.00847; with urban +8 % rural needs 8.915 %.
  const ratio::ratio_constraint c{2.0_times, 1.95_times, ratio::bound_side::at_most, 3.0};
  CHECK(ratio::required_growth_differential(c).factor == shown("1.00847"));
  CHECK(ratio::denominator_growth_limit(c, 8.0_pct_per_year).rate.value() == shown("8.915"));
  // §6: quintile shares give 0.2812; 58 % at 44,400 implies G ≈ 0.315; at 57,000 the share is
  // 72.7 %.
  CHECK(inequality::gini_grouped(Eigen::VectorXd::Ones(5),
                                 Eigen::VectorXd{{8.1, 11.5, 20.0, 22.8, 37.6}}) == shown("0.2812"));
  namespace ln = inequality::lognormal;
  const auto band = ln::per_capita_band(ln::income_band<u::yuan>{100000_yuan, 500000_yuan}, 3.0);
  const double g = ln::gini_for_share(44400_yuan, 58.0_pct, band.lower, band.upper);
  CHECK(g == shown("0.315"));
  CHECK(ln::share_between(57000_yuan, g, band.lower, band.upper).value() == shown("72.7"));
  // §8.1: the chance of 9.24 in 2025 is 0.267 by the t, 0.196 by the plug-in normal.
  CHECK(math::forecast_reach(gdp_series, 9.24, 2025, direction::higher_is_better).probability ==
        shown("0.267"));
  const auto lg = math::estimate_log_growth(gdp_series);
  CHECK(math::probability_of_reaching(7.80, 9.24, 2.0, lg.mean, lg.sd,
                                      direction::higher_is_better) == shown("0.196"));
  // §8.2: R = 0.43; the drift's 80 % interval 0.7 % to 6.4 % a year; the chance 3.8 %.
  const std::vector<math::observation> slow{{2022, 7.27}, {2023, 7.60}, {2024, 7.80}};
  const auto v = math::assess_with_uncertainty(direction::higher_is_better,
                                               {2025, target_kind::point, 9.24}, {2022, 7.27}, slow,
                                               preset(assessment_method::statcan));
  REQUIRE(v.verdict.ratio);
  REQUIRE(v.drift_lower);
  REQUIRE(v.drift_upper);
  REQUIRE(v.probability);
  CHECK(*v.verdict.ratio == shown("0.43"));
  CHECK(100.0 * *v.drift_lower == shown("0.7"));
  CHECK(100.0 * *v.drift_upper == shown("6.4"));
  CHECK(100.0 * *v.probability == shown("3.8"));
}

TEST_CASE("the examples in math/rollup.hpp's doc comments are what the functions return", "[doc]") {
  CHECK(math::nbs_degree(7.80, math::nbs_standard::positive(9.24)) == shown("84.4"));
  CHECK(math::nbs_degree(2.0, math::nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 50.0);
  const auto e = math::schedule_progress({2022, 7.27, 2025, 9.24, 2023, 7.80});
  REQUIRE(e.progress_share);
  CHECK(100.0 * *e.progress_share == shown("26.9"));
  CHECK(100.0 * e.elapsed_share == shown("33.3"));
  CHECK(e.status == math::schedule_status::lagging);
}

TEST_CASE("the examples in units/unit.hpp, plan/plan.hpp and report/catalog_table.hpp hold",
          "[doc]") {
  CHECK(units::conversion_factor<u::wan_yuan, u::yuan> == 10000.0);
  const auto& body = plan::lishui().body_targets;
  const auto digital = std::find_if(body.begin(), body.end(),
                                    [](const plan::body_target& b) { return b.id == "三.11.1"; });
  REQUIRE(digital != body.end());
  REQUIRE(digital->value);
  CHECK(*digital->value == 1000);
  CHECK(report::catalog_rows(plan::lishui(), language::zh).size() == 70 + 132);
}

TEST_CASE("the examples in error.hpp, detail/json_pointer.hpp and the io headers are what the "
          "functions return",
          "[doc]") {
  CHECK(detail::pointer_token("a/b~c") == "a~1b~0c");
  CHECK(detail::pointer_token("~1") == "~01");
  CHECK(std::string(input_error("obs.csv", 7, "unknown indicator '99'").what()) ==
        "obs.csv:7: unknown indicator '99'");
  CHECK(io::diagnostic{"obs.csv", 7, "", "unknown indicator '99'"}.to_string() ==
        "obs.csv:7: unknown indicator '99'");
  CHECK(io::format_number(0.1 + 0.2) == "0.30000000000000004");
  CHECK(io::format_number(42042.0) == "42042");
  const auto r = io::read_observations_csv("indicator,region,year,value\n2,丽水市,2021,42042\n",
                                           "obs.csv", plan::lishui());
  const auto* o = io::find_observation(r.observations, "2", "丽水市", 2021);
  REQUIRE(o != nullptr);
  CHECK(o->value == 42042.0);

  // A 200 MB cell of '1' is quoted as its first bytes and its length; a report shows a 200 MB
  // source as its first 300 bytes and its length.
  const std::string big(200000000, '1');
  const std::string q = io::detail::text::quoted(big);
  CHECK(q.rfind("'111", 0) == 0);
  CHECK(q.size() < 200);
  CHECK(q.substr(q.size() - std::string_view("…' (200000000 bytes)").size()) ==
        "…' (200000000 bytes)");
  const auto model = report::build_report_model(plan::lishui(), {}, {});
  const std::string shown_source = report::display_text(model, big);
  CHECK(shown_source == std::string(300, '1') + "… (200000000 bytes)");
}

TEST_CASE("the examples in docs/reference.md's conventions are what the functions return", "[doc]") {
  // "a growth rate is a fraction per year (0.0832) in prosper::math …; the typed C++ front
  // returns quantity<units::percent_per_year> (8.32 %/年)".
  CHECK(math::required_cagr(7.27, 9.24, 3.0) == shown("0.0832"));
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0).value() == shown("8.32"));
  // Messages start with the function's name.
  try {
    (void)math::required_cagr(-3.0, 9.24, 3.0);
    FAIL("required_cagr accepted a base of -3");
  } catch (const value_error& e) {
    CHECK(std::string(e.what()) == "prosper::math::required_cagr: base and target must be > 0 for a "
                                   "compound rate (base -3, target 9.24)");
  }
}
