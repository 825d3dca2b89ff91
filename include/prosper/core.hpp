#pragma once
// The core of prosper: typed quantities and indicators, and the scalar target math (required
// growth, projections, gaps, assessment, the odds of meeting a target) with the two-region ratio
// constraints. It needs only Boost: no Eigen, no plans, no reports, so a policy calculator or a
// unit test that needs only this compiles in a fraction of the time of prosper/prosper.hpp, which
// adds the Eigen-based trends, batch and many-region math, the Lishui plan with its audit, and
// the report renderers (docs/performance.md measures both).

// Units, quantities and indicators.
#include "prosper/units/units.hpp"
#include "prosper/units/runtime_unit.hpp"
#include "prosper/quantity.hpp"
#include "prosper/literals.hpp"
#include "prosper/direction.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/indicator.hpp"
#include "prosper/target.hpp"
#include "prosper/region.hpp"
#include "prosper/error.hpp"
#include "prosper/format.hpp"

// Growth, projections, gaps, assessment and the odds of meeting a target.
#include "prosper/math/compounding.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/milestone.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/gap.hpp"
#include "prosper/math/probability.hpp"
#include "prosper/math/assess.hpp"

// Ratio constraints between two regions or two series, and the lognormal income model.
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/ratio/reference_ratio.hpp"
#include "prosper/ratio/growth_ordering.hpp"
#include "prosper/inequality/lognormal.hpp"
