#include <cstdio>
#include <string>
#include <vector>

#include "prosper/format.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/plan/lishui.hpp"

int main() {
  namespace pm = prosper::math;

  // Row 1 of the plan's appendix: per-capita GDP, 7.27 万元 in 2022, 9.24 万元 in 2025.
  const auto& plan = prosper::plan::lishui();
  const auto& gdp = plan.indicators.front();
  const auto& base = gdp.milestones.front();
  const auto& goal = gdp.milestones.back();

  // What the target asks for: the compound annual growth rate from 2022 to 2025.
  const double need = pm::required_cagr({base.year, *base.value}, {goal.year, *goal.value});
  std::printf("%s: %.2f -> %.2f %s needs %.2f %%/yr\n", gdp.name_en.c_str(), *base.value,
              *goal.value, std::string(gdp.unit.symbol(prosper::language::zh)).c_str(),
              100 * need);

  // Suppose 2023 came in at 7.80 万元. Is the city on track?
  const std::vector<pm::observation> observed{{2023, 7.80}};
  const auto a = pm::assess(goal, {base.year, *base.value}, observed, gdp.dir,
                            prosper::assessment_method::statcan);
  std::printf("status: %s, ratio %.3f, projected 2025: %.2f, needed from now: %.2f %%/yr\n",
              std::string(prosper::to_string(a.status)).c_str(), *a.ratio, *a.projected_value,
              100 * *a.required_rate_from_now);
}
