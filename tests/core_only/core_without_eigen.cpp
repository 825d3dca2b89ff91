// prosper/core.hpp promises to need only Boost: this file is compiled with prosper's include
// directory and Boost, and without Eigen on the include path, so an Eigen include creeping into
// the core fails the build. It also checks that the core alone answers the README's question.
#include "prosper/core.hpp"

using namespace prosper::literals;

static_assert(std::is_trivially_copyable_v<prosper::quantity<prosper::units::yuan>>);

double required_income_growth() {
  // 44,400 元 in 2022 to 57,000 元 in 2025: 8.68 %/年.
  return prosper::required_cagr(44400_yuan, 57000_yuan, 3.0).value();
}
