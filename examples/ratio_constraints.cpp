// What the ratio constraints of the Lishui plan (丽水共同富裕示范区行动方案 2021–2025, 附件)
// require.
//
// Plan numbers come from the appendix: indicators 2, 3, 17–20, 24, 33, 34, 39 (2022 → 2025).
// County values are ILLUSTRATIVE, NOT PUBLISHED DATA: the nine names are Lishui's county-level
// units, the incomes and populations are invented to show the method.
#include <cmath>
#include <cstdio>
#include <exception>
#include <vector>

#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/lognormal.hpp"
#include "prosper/literals.hpp"
#include "prosper/ratio/growth_ordering.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/ratio/reference_ratio.hpp"
#include "prosper/ratio/weighted_mean.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;

namespace {

double pct_cagr(double base, double target, double years) {
  return 100.0 * (std::pow(target / base, 1.0 / years) - 1.0);
}

void urban_rural() {
  std::printf("== 17 城乡居民收入倍差 (urban/rural income ratio) 2.0 -> <=1.95 by 2025 ==\n");
  const ratio_constraint c{2.0_times, 1.95_times, bound_side::at_most, 3.0};
  const auto d = required_growth_differential(c);
  std::printf(
      "  rural income must outgrow urban income by a factor %.5f a year (%.3f %%/yr relative);\n"
      "  the ratio itself must change %.3f %%/yr\n",
      d.factor, d.rate().value(), required_ratio_change(c).value());
  for (double urban : {6.0, 8.0, 10.0}) {
    const auto lim = denominator_growth_limit(c, quantity<units::percent_per_year>(urban));
    std::printf("  urban +%.1f %%/yr  ->  rural needs at least +%.3f %%/yr\n", urban,
                lim.rate.value());
  }
  const double rural_target = pct_cagr(28600, 38000, 3);
  const auto urban_max = numerator_growth_limit(c, quantity<units::percent_per_year>(rural_target));
  std::printf(
      "  the plan's rural target (28,600 -> 38,000, +%.2f %%/yr) allows urban income at most +%.2f "
      "%%/yr\n",
      rural_target, urban_max.rate.value());
  const auto r = year_bound_reached(c, 2022, 8.0_pct_per_year, 8.5_pct_per_year);
  std::printf("  at urban +8.0 %% and rural +8.5 %% the ratio reaches 1.95 in %d (%s)\n", r.year,
              r.by(2025) ? "on time" : "after the 2025 target year");
  const auto never = year_bound_reached(c, 2022, 8.0_pct_per_year, 7.5_pct_per_year);
  std::printf("  at urban +8.0 %% and rural +7.5 %%: %s\n\n", never.reason.c_str());
}

void implied_urban_income() {
  std::printf(
      "== Implied urban income from indicators 2, 3 and 24 (overall = u*urban + (1-u)*rural) ==\n");
  struct year_data {
    int year;
    double overall, rural, share;
  };
  for (const auto& y : {year_data{2022, 44400, 28600, 64}, year_data{2025, 57000, 38000, 68}}) {
    const quantity<units::yuan> overall(y.overall), rural(y.rural);
    const quantity<units::percent> u(y.share);
    std::printf(
        "  %d: urban = (%.0f - %.2f*%.0f)/%.2f = %.1f yuan; implied urban/rural ratio %.4f\n",
        y.year, y.overall, 1 - y.share / 100, y.rural, y.share / 100,
        urban_from_overall(overall, rural, u).value(),
        implied_urban_rural_ratio(overall, rural, u).value());
  }
  std::printf(
      "  Urbanisation targets are floors (>=64 %%, >=68 %%); a higher share lowers these ratios,\n"
      "  so they are upper values. Both sit below the plan's own 2.0 and 1.95: with resident\n"
      "  urbanisation as the weight, the plan's income numbers imply a narrower gap than it "
      "states.\n");
  std::printf(
      "  The 2022 ratio would be exactly 2.0 at an urban weight of %.2f %% (survey weights differ\n"
      "  from the urbanisation rate).\n",
      urban_share_from(44400_yuan, 57200_yuan, 28600_yuan).value());
  identity_system<units::yuan> s;
  const auto i = s.unknown("overall 2025"), ur = s.unknown("urban 2025"),
             ru = s.unknown("rural 2025");
  s.known(ru, 38000_yuan);
  s.ratio(ur, ru, 1.95_times);
  s.weighted_mean(i, ur, ru, 68.0_pct);
  std::printf(
      "  If the 2025 ratio were exactly 1.95 with rural at 38,000 and u = 68 %%, overall income\n"
      "  would be %.0f yuan (plan: 57,000), so the ratio bound does not bind.\n\n",
      s.solve().value("overall 2025").value());
}

std::vector<region<units::yuan>> illustrative_counties() {
  const auto p = [](double v) { return quantity<units::wan_person>{v}; };
  return {
      {"莲都区", 62000_yuan, p(57)}, {"龙泉市", 50000_yuan, p(25)}, {"青田县", 56000_yuan, p(50)},
      {"云和县", 47000_yuan, p(11)}, {"庆元县", 41000_yuan, p(14)}, {"缙云县", 48000_yuan, p(40)},
      {"遂昌县", 45000_yuan, p(19)}, {"松阳县", 43000_yuan, p(20)}, {"景宁县", 40000_yuan, p(11)}};
}

void counties() {
  std::printf(
      "== 19 地区人均可支配收入最高最低倍差 <= 1.5 (ILLUSTRATIVE county values, not published "
      "data) ==\n");
  const auto regions = illustrative_counties();
  const auto mm = max_min(regions);
  std::printf("  max/min = %.4f (%s / %s)\n", mm.ratio.value(), mm.highest.c_str(),
              mm.lowest.c_str());
  std::printf("  population-weighted: richest 20 %% / poorest 20 %% of people = %.4f\n",
              population_extremes_ratio(regions, 20.0_pct).value());
  std::printf("  minimum uplift to reach 1.5 (nobody lowered):\n");
  for (const auto& c : minimum_uplift(regions, 1.5_times))
    if (c.change.value() > 0)
      std::printf("    %s %.0f -> %.0f (+%.0f yuan per person)\n", c.name.c_str(), c.from.value(),
                  c.to.value(), c.change.value());
  const auto plan = budget_neutral_levelling(regions, 1.3_times);
  std::printf(
      "  budget-neutral levelling to 1.3 (cap %.0f, floor %.0f, %.0f yuan moved per resident):\n",
      plan.cap.value(), plan.floor.value(), plan.transfer_per_person.value());
  for (const auto& c : plan.changes)
    if (c.change.value() != 0)
      std::printf("    %s %.0f -> %.0f (%+.0f)\n", c.name.c_str(), c.from.value(), c.to.value(),
                  c.change.value());
  std::printf("  growth each county needs by 2025 if 莲都区 grows +7 %%/yr, for max/min <= 1.5:\n");
  for (const auto& g : required_growth(regions, 7.0_pct_per_year, 1.5_times, 3.0))
    std::printf("    %s %+.2f %%/yr%s\n", g.name.c_str(), g.required.value(),
                g.leader ? " (leader, given)" : "");
  std::printf("    (a negative rate means the county could even fall and stay within the bound)\n");
  std::vector<quantity<units::percent_per_year>> growth(regions.size(), 7.0_pct_per_year);
  growth[4] = 7.5_pct_per_year;
  growth[8] = 8.0_pct_per_year;
  const auto r = year_max_min_reached(regions, growth, 1.5_times, 2022);
  std::printf("  with 庆元 +7.5 %%, 景宁 +8.0 %% and the rest +7 %%: max/min <= 1.5 from %d\n",
              r.year);
  growth[8] = 7.0_pct_per_year;
  std::printf("  with 景宁 at +7 %% too: %s\n\n",
              year_max_min_reached(regions, growth, 1.5_times, 2022).reason.c_str());
}

void reference() {
  std::printf("== 20 居民人均可支配收入与全省平均之比 0.74 -> 0.76 ==\n");
  const ratio_constraint c{0.74_times, 0.76_times, bound_side::at_least, 3.0};
  std::printf("  implied Zhejiang average: %.0f yuan (2022) -> %.0f yuan (2025)\n",
              implied_reference(44400_yuan, 0.74_times).value(),
              implied_reference(57000_yuan, 0.76_times).value());
  std::printf("  Lishui must outgrow Zhejiang by a factor %.5f a year\n",
              required_growth_differential(c).factor);
  const double local = pct_cagr(44400, 57000, 3);
  std::printf(
      "  Lishui's income target (+%.2f %%/yr) holds 0.76 only if Zhejiang grows at most +%.2f "
      "%%/yr\n",
      local, max_reference_growth(c, quantity<units::percent_per_year>(local)).value());
  std::printf("  if Zhejiang grows +6 %%/yr, Lishui needs at least +%.2f %%/yr\n\n",
              min_local_growth(c, 6.0_pct_per_year).value());

  std::printf("== 33 居民人均可支配收入与人均GDP之比 0.611 -> 0.617 ==\n");
  const auto y22 = check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.611_times, 0.001);
  const auto y25 = check_ratio_identity(57000_yuan, 9.24_wan_yuan, 0.617_times, 0.001);
  std::printf(
      "  identity: 44,400 / 72,700 = %.4f vs 0.611 (%s); 57,000 / 92,400 = %.4f vs 0.617 (%s)\n",
      y22.implied.value(), y22.consistent ? "consistent" : "INCONSISTENT", y25.implied.value(),
      y25.consistent ? "consistent" : "INCONSISTENT");
  const auto d =
      required_growth_differential({0.611_times, 0.617_times, bound_side::at_least, 3.0});
  std::printf(
      "  constraint: income must outgrow per-capita GDP by a factor %.5f a year; the milestones "
      "give %.5f\n\n",
      d.factor, std::pow(57000.0 / 44400.0 / (9.24 / 7.27), 1.0 / 3.0));
}

void orderings() {
  std::printf("== Growth orderings stated in the plan's text, checked on its milestones ==\n");
  const auto a = compare_target_growth(44400_yuan, 57000_yuan, 7.27_wan_yuan, 9.24_wan_yuan, 3.0,
                                       growth_order::strictly_faster);
  std::printf(
      "  居民收入增长持续快于经济增长: income +%.2f %%/yr vs per-capita GDP +%.2f %%/yr -> %s\n"
      "    (nominal per-capita GDP stands in for 经济增长; the plan does not say which)\n",
      a.a.value(), a.b.value(), a.satisfied ? "satisfied" : "VIOLATED");
  const auto b = compare_target_growth(11400_yuan, 13000_yuan, 44400_yuan, 57000_yuan, 3.0);
  std::printf(
      "  低保标准增幅不低于人均可支配收入增幅: 低保 +%.2f %%/yr vs income +%.2f %%/yr -> %s\n\n",
      b.a.value(), b.b.value(),
      b.satisfied ? "satisfied" : "VIOLATED by the plan's own milestones");
}

void middle_income() {
  namespace ln = prosper::inequality::lognormal;
  std::printf(
      "== 34 家庭可支配收入10-50万元群体比例 58 %% -> 70 %% (lognormal model, households of 3) "
      "==\n");
  const auto band =
      ln::per_capita_band(ln::income_band<units::yuan>{100000_yuan, 500000_yuan}, 3.0);
  const auto band2 =
      ln::per_capita_band(ln::income_band<units::yuan>{200000_yuan, 600000_yuan}, 3.0);
  const double g = ln::gini_for_share(44400_yuan, 58.0_pct, band.lower, band.upper);
  std::printf(
      "  per-capita band %.0f-%.0f yuan; 58 %% at mean 44,400 implies G = %.4f (sigma %.3f)\n",
      band.lower.value(), band.upper.value(), g, ln::sigma_from_gini(g));
  std::printf("  same G at mean 57,000: %.1f %% in the band (target 70 %%)\n",
              ln::share_between(57000_yuan, g, band.lower, band.upper).value());
  std::printf("  70 %% at 57,000 allows G up to %.4f; at G = %.4f a mean of %.0f is enough\n",
              ln::gini_for_share(57000_yuan, 70.0_pct, band.lower, band.upper), g,
              ln::mean_for_share(g, 70.0_pct, band.lower, band.upper).value());
  const auto f22 = ln::fit_two_bands(58.0_pct, band, 13.4_pct, band2);
  const auto f25 = ln::fit_two_bands(70.0_pct, band, 20.0_pct, band2);
  std::printf(
      "  fitted to both bands (10-50 and 20-60 万), no mean used: 2022 mean %.0f, G %.3f;"
      " 2025 targets mean %.0f, G %.3f\n\n",
      f22.mean.value(), f22.gini, f25.mean.value(), f25.gini);
}

}  // namespace

int main() {
  // The library reports impossible inputs by throwing; an exception escaping main would end in
  // std::terminate without saying which, so it is printed and turned into a failing exit code.
  try {
    urban_rural();
    implied_urban_income();
    counties();
    reference();
    orderings();
    middle_income();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ratio_constraints: %s\n", e.what());
    return 1;
  }
  return 0;
}
