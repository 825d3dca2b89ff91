// Built with -I single_include only: every prosper header must be inside the one file.
#include <prosper/prosper.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

#ifndef PROSPER_SINGLE_INCLUDE
#error "this is not the generated single header"
#endif

int main() {
  using namespace prosper::literals;
  const auto rate = prosper::required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0);
  const auto& plan = prosper::plan::lishui();
  const std::vector<prosper::math::observation> series{{2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
  const double trend = prosper::math::trend_cagr(series);
  std::printf("single header: %zu indicators, required %.2f %%/yr, trend %.2f %%\n",
              plan.indicators.size(), rate.value(), trend * 100);
  return std::fabs(rate.value() - 8.32) < 0.01 && plan.indicators.size() >= 67 ? 0 : 1;
}
