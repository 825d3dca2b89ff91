// The one-file consumer that every package test builds: against an install prefix
// (find_package), a source tree (add_subdirectory), pkg-config flags and an unpacked .deb.
// It touches the three dependencies a user meets: the typed units (Boost.Units), the embedded
// plan, and an Eigen-based trend, and exits non-zero if a number is off.
#include <cmath>
#include <cstdio>
#include <vector>

#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/math/trend.hpp"
#include "prosper/plan/lishui.hpp"

int main() {
  using namespace prosper::literals;
  const auto rate = prosper::required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0);

  const auto& plan = prosper::plan::lishui();
  const auto& gdp = plan.indicators.front();
  const double target = *gdp.milestones.back().value;

  const std::vector<prosper::math::observation> series{{2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
  const double trend = prosper::math::trend_cagr(series);

  std::printf("prosper consumer: %s %s, required %.2f %%/yr, trend %.2f %%\n",
              plan.region_en.c_str(), gdp.id.c_str(), rate.value(), trend * 100);
  const bool ok = std::fabs(rate.value() - 8.32) < 0.01 && target == 9.24 && trend > 0.06 &&
                  trend < 0.07 && plan.indicators.size() >= 67;
  return ok ? 0 : 1;
}
