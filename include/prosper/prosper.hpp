#pragma once
// The umbrella header: all of prosper that needs only Boost and Eigen. It leaves out
// prosper/testing/ (needs Catch2) and the headers that need nlohmann/json (prosper/io/*_json.hpp,
// prosper/report/assessment_table.hpp, rollup_table.hpp, method_comparison_json.hpp); include
// those yourself. prosper/core.hpp is the
// Boost-only part, much quicker to compile. single_include/prosper/prosper.hpp is this header
// with everything it reaches inlined (scripts/amalgamate.py).

// Units, quantities, indicators, the scalar math and the two-region ratios.
#include "prosper/core.hpp"

// Least-squares trends and the batch (many-series) math, on Eigen.
#include "prosper/math/trend.hpp"
#include "prosper/math/batch.hpp"
#include "prosper/math/rollup.hpp"

// Ratio constraints over many regions, and inequality.
#include "prosper/ratio/weighted_mean.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/residence_panel.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/regions.hpp"
#include "prosper/inequality/generalised_entropy.hpp"
#include "prosper/inequality/atkinson.hpp"
#include "prosper/inequality/gini_standard_error.hpp"
#include "prosper/inequality/bootstrap.hpp"
#include "prosper/composite/panel.hpp"
#include "prosper/composite/normalise.hpp"
#include "prosper/composite/weights.hpp"
#include "prosper/composite/aggregate.hpp"
#include "prosper/composite/uncertainty.hpp"

// Plans: the model, the embedded Lishui plan, relations and the audit.
#include "prosper/plan/plan.hpp"
#include "prosper/plan/region.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/lishui_indicators.hpp"
#include "prosper/plan/zhejiang.hpp"
#include "prosper/plan/lishui_against_zhejiang.hpp"
#include "prosper/plan/typed.hpp"
#include "prosper/plan/validate.hpp"
#include "prosper/plan/relations.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/cross_relations.hpp"
#include "prosper/plan/cross_audit.hpp"
#include "prosper/plan/required_change.hpp"

// Reading observations (CSV) and reports.
#include "prosper/io/number.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/svg_chart.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/messages.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/rollup_view.hpp"
#include "prosper/report/method_comparison.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/html_report.hpp"
