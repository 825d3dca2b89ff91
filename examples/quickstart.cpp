#include <cstdio>
#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"
using namespace prosper;
using namespace prosper::literals;

int main() {
  // Lishui per-capita GDP: 7.27 万元 in 2022, 9.24 万元 targeted for 2025.
  quantity<units::percent_per_year> rate = required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0);
  std::printf("required growth: %.2f %%/yr\n", rate.value());  // 8.32 %/yr

  // Units convert only explicitly, by exact factors: 7.27 万元 is 72,700 元.
  std::printf("%.0f yuan\n", quantity<units::yuan>(7.27_wan_yuan).value());

  // A change of a percentage is in percentage points: 70 % - 58 % = 12 pp.
  quantity<units::percentage_point> change = 70.0_pct - 58.0_pct;
  std::printf("%.0f pp\n", change.value());

  // auto wrong = 7.27_wan_yuan + 58.0_pct;  // error: no match for 'operator+' (operand types are
  //   'prosper::quantity<prosper::units::wan_yuan>' and 'prosper::quantity<prosper::units::percent>')
}
