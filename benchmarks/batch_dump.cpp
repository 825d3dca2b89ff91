// For scripts/bench_vs_numpy.py: times prosper's batch required CAGR + Eurostat status over n
// generated series, and a STREAM-like copy of the same arrays (the memory-bandwidth bound of the
// same data), prints the timings as one JSON line, and writes the results as raw little-endian
// doubles (required CAGRs, then statuses as their enum values) so that the script can check that
// numpy and pandas agree with prosper.
//
// Each timing is the best of `repeats` runs, wall clock (steady_clock), taken in one process
// with the cases interleaved round by round, so that a change in the machine's load hits all of
// them alike:
//   fresh      required_cagr_and_classify returning new arrays, one thread
//   reused     the same into the arrays of the previous call (no allocation, no page faults)
//   threads    reused, on every hardware thread (batch::execution{0})
//   copy_fresh / copy_reused   the bound: read base, current and target and write as many
//              bytes as the classification writes (4 double arrays, the status vector and the
//              has_ratio flags), into new or reused arrays
// Usage: batch_dump OUTPUT.bin [n] [repeats]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

#include "batch_data.hpp"
#include "prosper/math/batch.hpp"

namespace {
using namespace prosper;
namespace batch = prosper::math::batch;

struct copy_out {
  Eigen::ArrayXd a, b, c, d;
  std::vector<progress_status> status;
  Eigen::Array<bool, Eigen::Dynamic, 1> flags;
};

// The same bytes in and out as the classification, with nothing computed: a copy per array.
void stream_copy(const bench::batch_data& in, copy_out& out, bool fresh) {
  const Eigen::Index n = in.base.size();
  if (fresh) out = copy_out{};
  if (out.a.size() != n) {
    out.a.resize(n), out.b.resize(n), out.c.resize(n), out.d.resize(n), out.flags.resize(n);
    out.status = std::vector<progress_status>(static_cast<std::size_t>(n));
  }
  const std::size_t bytes = sizeof(double) * static_cast<std::size_t>(n);
  std::memcpy(out.a.data(), in.base.data(), bytes);
  std::memcpy(out.b.data(), in.current.data(), bytes);
  std::memcpy(out.c.data(), in.target.data(), bytes);
  std::memcpy(out.d.data(), in.base.data(), bytes);
  std::memcpy(out.status.data(), in.current.data(), sizeof(progress_status) * static_cast<std::size_t>(n));
  std::memcpy(out.flags.data(), in.target.data(), static_cast<std::size_t>(n));
}

template <class F>
double seconds(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: batch_dump OUTPUT.bin [n] [repeats]\n");
    return 2;
  }
  const Eigen::Index n = argc > 2 ? std::atol(argv[2]) : 1'000'000;
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 7;
  const auto data = bench::make_batch_data(n);
  const auto options = preset(assessment_method::eurostat);
  const auto run = [&](batch::required_and_classification& r, unsigned threads) {
    batch::required_cagr_and_classify(direction::higher_is_better, target_kind::point, data.base,
                                      data.current, data.target, 2022, 2023, 2025, options, r,
                                      batch::execution{threads});
  };
  double fresh = 1e300, reused = 1e300, threaded = 1e300, copy_fresh = 1e300, copy_reused = 1e300;
  batch::required_and_classification kept, last;
  copy_out copy_kept;
  run(kept, 1);  // the arrays the reused cases write into
  stream_copy(data, copy_kept, false);
  for (int r = 0; r < repeats; ++r) {
    fresh = std::min(fresh, seconds([&] { last = batch::required_and_classification{}; run(last, 1); }));
    reused = std::min(reused, seconds([&] { run(kept, 1); }));
    threaded = std::min(threaded, seconds([&] { run(kept, 0); }));
    copy_fresh = std::min(copy_fresh, seconds([&] { copy_out fresh_copy; stream_copy(data, fresh_copy, true); }));
    copy_reused = std::min(copy_reused, seconds([&] { stream_copy(data, copy_kept, false); }));
  }
  const double bytes = static_cast<double>(n) * (3 * 8 + 4 * 8 + sizeof(progress_status) + 1);
  std::ofstream out(argv[1], std::ios::binary);
  out.write(reinterpret_cast<const char*>(last.required_cagr.data()),
            static_cast<std::streamsize>(sizeof(double) * static_cast<std::size_t>(n)));
  for (auto s : last.classes.status) {
    const double v = static_cast<double>(s);
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
  }
  std::printf("{\"fresh\": %.6f, \"reused\": %.6f, \"threads\": %.6f, \"thread_count\": %u, "
              "\"copy_fresh\": %.6f, \"copy_reused\": %.6f, \"bytes\": %.0f, \"isa\": %d}\n",
              fresh, reused, threaded, std::max(1u, std::thread::hardware_concurrency()), copy_fresh,
              copy_reused, bytes, static_cast<int>(prosper::detail::vgrowth::active_isa()));
  return 0;
}
