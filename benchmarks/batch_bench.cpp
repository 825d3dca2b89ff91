// Batch throughput on Eigen arrays of raw doubles: 10⁶ (indicator, region) series, 10⁴ regions ×
// 100 scenarios of county incomes, 10⁶ weighted households. Each batch function sits next to the
// plain scalar loop a user would otherwise write, so the ratio shows what the batch layer adds.
#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

#include "batch_data.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/math/batch.hpp"
#include "prosper/ratio/max_min.hpp"

namespace {
using namespace prosper;
constexpr Eigen::Index series = 1'000'000;
const auto data = bench::make_batch_data(series);

void batch_required_cagr(benchmark::State& state) {
  for (auto _ : state) {
    Eigen::ArrayXd r = math::batch::required_cagr(data.base, data.target, 3.0);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void scalar_loop_required_cagr(benchmark::State& state) {
  Eigen::ArrayXd r(series);
  for (auto _ : state) {
    for (Eigen::Index i = 0; i < series; ++i) r[i] = math::required_cagr(data.base[i], data.target[i], 3.0);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void batch_projection(benchmark::State& state) {
  for (auto _ : state) {
    Eigen::ArrayXd p = math::batch::project_constant_cagr(data.base, data.current, 2022, 2023, 2025);
    benchmark::DoNotOptimize(p.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
// Required CAGR + status: as two calls (the rate computed twice), and in one pass with new
// arrays, with reused arrays, and on every core (state.range(0) threads; 0 = all).
void batch_required_cagr_and_status(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  for (auto _ : state) {
    Eigen::ArrayXd r = math::batch::required_cagr(data.base, data.target, 3.0);
    auto c = math::batch::classify(direction::higher_is_better, target_kind::point, data.base,
                                   data.current, data.target, 2022, 2023, 2025, options);
    benchmark::DoNotOptimize(r.data());
    benchmark::DoNotOptimize(c.status.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void one_pass_required_cagr_and_status(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  for (auto _ : state) {
    auto r = math::batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point,
                                                     data.base, data.current, data.target, 2022,
                                                     2023, 2025, options);
    benchmark::DoNotOptimize(r.required_cagr.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void one_pass_reused(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  math::batch::required_and_classification r;
  const math::batch::execution ex{static_cast<unsigned>(state.range(0))};
  for (auto _ : state) {
    math::batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point,
                                            data.base, data.current, data.target, 2022, 2023, 2025,
                                            options, r, ex);
    benchmark::DoNotOptimize(r.required_cagr.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
// The memory-bandwidth bound of the one-pass case: the same bytes read and written, nothing
// computed (three input arrays; four double arrays, the status vector and the flags out).
void copy_bound_reused(benchmark::State& state) {
  Eigen::ArrayXd a(series), b(series), c(series), d(series);
  std::vector<progress_status> st(static_cast<std::size_t>(series));
  Eigen::Array<bool, Eigen::Dynamic, 1> f(series);
  const std::size_t bytes = sizeof(double) * static_cast<std::size_t>(series);
  for (auto _ : state) {
    std::memcpy(a.data(), data.base.data(), bytes);
    std::memcpy(b.data(), data.current.data(), bytes);
    std::memcpy(c.data(), data.target.data(), bytes);
    std::memcpy(d.data(), data.base.data(), bytes);
    std::memcpy(st.data(), data.current.data(), sizeof(progress_status) * static_cast<std::size_t>(series));
    std::memcpy(f.data(), data.target.data(), static_cast<std::size_t>(series));
    benchmark::DoNotOptimize(a.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * series);
  state.SetBytesProcessed(state.iterations() * series * static_cast<std::int64_t>(3 * 8 + 4 * 8 + sizeof(progress_status) + 1));
}

// 10⁴ regions × 100 scenarios: the max/min ratio and the minimum uplift to a 1.5 bound.
constexpr Eigen::Index regions = 10'000, scenarios = 100;
const Eigen::MatrixXd incomes = [] {
  Eigen::MatrixXd m(regions, scenarios);
  for (Eigen::Index s = 0; s < scenarios; ++s)
    for (Eigen::Index r = 0; r < regions; ++r)
      m(r, s) = 30000.0 + static_cast<double>((r * 7919 + s * 104729) % 40000);
  return m;
}();
void max_min_and_uplift(benchmark::State& state) {
  for (auto _ : state) {
    double total = 0;
    for (Eigen::Index s = 0; s < scenarios; ++s) {
      total += ratio::max_min_ratio(incomes.col(s));
      total += ratio::minimum_uplift(incomes.col(s), 1.5).sum();
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * regions * scenarios);
}

// Weighted Gini over 10⁶ households (sorting dominates: O(n log n)).
constexpr Eigen::Index households = 1'000'000;
const Eigen::VectorXd household_income = [] {
  Eigen::VectorXd v(households);
  for (Eigen::Index i = 0; i < households; ++i) v[i] = 10000.0 + static_cast<double>((i * 2654435761LL) % 200000);
  return v;
}();
const Eigen::VectorXd household_weight = [] {
  Eigen::VectorXd v(households);
  for (Eigen::Index i = 0; i < households; ++i) v[i] = 1.0 + static_cast<double>(i % 5);
  return v;
}();
void weighted_gini(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(inequality::gini(household_income, household_weight));
  state.SetItemsProcessed(state.iterations() * households);
}
}  // namespace

BENCHMARK(batch_required_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(scalar_loop_required_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(batch_projection)->Unit(benchmark::kMillisecond);
BENCHMARK(batch_required_cagr_and_status)->Unit(benchmark::kMillisecond);
BENCHMARK(one_pass_required_cagr_and_status)->Unit(benchmark::kMillisecond);
BENCHMARK(one_pass_reused)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(copy_bound_reused)->Unit(benchmark::kMillisecond);
BENCHMARK(max_min_and_uplift)->Unit(benchmark::kMillisecond);
BENCHMARK(weighted_gini)->Unit(benchmark::kMillisecond);
