#pragma once
// Kept for existing includes: the required CAGR now lives with the other "what does the target
// require" functions in prosper/math/required_change.hpp.

#include "prosper/math/required_change.hpp"
