// mistake.cpp: money plus a share must not compile (the user's own compile-fail test shown in
// docs/tutorial.md §4).
#include "prosper/literals.hpp"
using namespace prosper::literals;
#ifdef SHOULD_FAIL
auto bad = 1.0_yuan + 2.0_pct;
#endif
auto ok = 1.0_yuan + 2.0_yuan;
