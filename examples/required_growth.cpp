// Prints the annual growth that a few of the Lishui plan's 2022 → 2025 targets require.
// The numbers are the appendix's 2022 and 2025 columns (丽水共同富裕示范区行动方案, 附件).
#include <cstdio>

#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"

int main() {
  using namespace prosper;
  using namespace prosper::literals;
  const auto gdp = required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0);
  const auto income = required_cagr(44400_yuan, 57000_yuan, 3.0);
  const auto rural = required_cagr(28600_yuan, 38000_yuan, 3.0);
  const auto ratio = required_cagr(2.0_times, 1.95_times, 3.0);
  std::printf("Required annual growth, Lishui 2022 -> 2025\n");
  std::printf("  1 per-capita GDP          7.27 -> 9.24 万元   %6.2f %%/yr\n", gdp.value());
  std::printf("  2 disposable income       44400 -> 57000 元   %6.2f %%/yr\n", income.value());
  std::printf("  3 rural disposable income 28600 -> 38000 元   %6.2f %%/yr\n", rural.value());
  std::printf(" 17 urban/rural income ratio 2.0 -> 1.95        %6.2f %%/yr\n", ratio.value());
  return 0;
}
