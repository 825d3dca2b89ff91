// Compile-fail case: 70 % − 58 % is 12 percentage points, so a share cannot be reduced in place
// by another share; it moves in place only by percentage points.
// expected-error: no match for .operator-=. \(operand types are .prosper::quantity<prosper::units::percent>. and .prosper::quantity<prosper::units::percent>.\)
#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;

inline void move_share() {
  auto share = 70.0_pct;
  share -= 2.0_pp;
#ifdef PROSPER_SHOULD_FAIL
  share -= 58.0_pct;
#endif
  (void)share;
}
