// Conformance with IneqPy (ineqpy.inequality: gini, theil, top_rest).
//
// Sources:
// - mmngreco/IneqPy, tests/test_inequality.py and src/ineqpy/inequality.py at commit
//   18b8ceb243de576f4ca8126a6b3f6a1e9704af06.
// - asdf8601/IneqPy issue #12 ("Gini values of IneqPy and pysal do not match": IneqPy higher at
//   n = 100).
//
// IneqPy's Gini is its concentration index 2 cov(x, F)/mu with numpy's weighted covariance
// (np.cov with aweights, which divides by 1 - sum f^2) and F the cumulative weight share. On
// unweighted data that is exactly n/(n - 1) times the population Gini, which explains issue #12;
// with unequal weights it is neither the population-weighted Gini nor its Kish correction
// (difference D6), so those cases check prosper against the double-sum definition and show the
// gap. top_rest(x, w) is prosper's share_ratio(x, w, 0.1, 0.9).

#include <catch2/catch.hpp>

#include <Eigen/Core>
#include <cmath>

#include "prosper/inequality/atkinson.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {

// The population-weighted Gini by its definition, sum_ij w_i w_j |x_i - x_j| / (2 W^2 mu).
double double_sum_gini(const VectorXd& x, const VectorXd& w) {
  double s = 0.0;
  for (Eigen::Index i = 0; i < x.size(); ++i)
    for (Eigen::Index j = 0; j < x.size(); ++j) s += w[i] * w[j] * std::abs(x[i] - x[j]);
  const double W = w.sum();
  return s / (2.0 * W * W * (x.dot(w) / W));
}

const VectorXd test_x{{57, 63, 81, 79, 88, 57, 42, 3, 77, 89}};
const VectorXd test_w{{2, 5, 2, 9, 5, 7, 4, 5, 9, 9}};

}  // namespace

TEST_CASE("IneqPy test_gini_1d_0_w: equal incomes give 0 whatever the weights", "[ineqpy][gini]") {
  CHECK(gini(VectorXd{{2, 2}}, VectorXd{{1000000, 1}}) == 0.0);
}

TEST_CASE("IneqPy test_gini_1d_0_series: equal incomes give 0", "[ineqpy][gini]") {
  CHECK(gini(VectorXd{{2, 2}}) == 0.0);
}

TEST_CASE("IneqPy test_gini_1d_1_series: (0, 1) gives 1, the n/(n - 1)-corrected Gini", "[ineqpy][gini]") {
  // IneqPy's 1 is prosper's finite-sample Gini; the population Gini of (0, 1) is 1/2.
  CHECK(gini(VectorXd{{0, 1}}, gini_correction::finite_sample) == Approx(1.0).epsilon(1e-15));
  CHECK(gini(VectorXd{{0, 1}}) == Approx(0.5).epsilon(1e-15));
}

TEST_CASE("IneqPy test_gini_1d_1_w: (0, 1) with weights (1, 1) gives 1 (Kish-corrected)", "[ineqpy][gini]") {
  CHECK(gini(VectorXd{{0, 1}}, VectorXd{{1, 1}}, gini_correction::finite_sample) == Approx(1.0).epsilon(1e-15));
}

TEST_CASE("IneqPy test_gini_1d: 0.2134389018024818 is not a population-weighted Gini",
          "[ineqpy][gini][difference]") {
  // IneqPy expects 0.2134389018024818 for these incomes and weights. The population-weighted Gini
  // (every unit standing for w_i people) is the double sum, 0.1807596519; with the Kish correction
  // 1/(1 - sum w^2/W^2) it is 0.2054891914. IneqPy's figure uses the cumulative rather than the
  // mid-point weight share inside its covariance (difference D6).
  CHECK(gini(test_x, test_w) == Approx(double_sum_gini(test_x, test_w)).epsilon(1e-13));
  CHECK(gini(test_x, test_w) == Approx(0.18075965187983054).epsilon(1e-12));
  CHECK(gini(test_x, test_w, gini_correction::finite_sample) == Approx(0.20548919137773597).epsilon(1e-12));
  CHECK(gini(test_x, test_w, gini_correction::finite_sample) != Approx(0.2134389018024818).epsilon(1e-6));
}

TEST_CASE("IneqPy issue #12: on unweighted data IneqPy's Gini is n/(n - 1) times PySAL's", "[ineqpy][gini]") {
  // Integer weights of 1: IneqPy's covariance form reduces to the finite-sample Gini, and the
  // population Gini is PySAL's. Data: test_gini_1d's incomes without weights.
  const double n = static_cast<double>(test_x.size());
  CHECK(gini(test_x, gini_correction::finite_sample) == Approx(gini(test_x) * n / (n - 1.0)).epsilon(1e-14));
}

TEST_CASE("IneqPy test_theil_1d_series: equal incomes have Theil 0", "[ineqpy][theil]") {
  CHECK(theil_t(VectorXd::Constant(10, 5.0)) == 0.0);
}

TEST_CASE("IneqPy test_theil_1d_series_2: Theil of 1..9 is 0.1473838569435545", "[ineqpy][theil]") {
  CHECK(theil_t(VectorXd::LinSpaced(9, 1, 9)) == Approx(0.1473838569435545).epsilon(1e-13));
}

TEST_CASE("IneqPy test_theil_1d_1_w: (1, 1) with weights (1, 1) has Theil 0", "[ineqpy][theil]") {
  CHECK(theil_t(VectorXd{{1, 1}}, VectorXd{{1, 1}}) == 0.0);
}

TEST_CASE("IneqPy test_ratio_equality: top 10 % / bottom 90 % of (1, 9) weighted (9, 1) is 1",
          "[ineqpy][share-ratio]") {
  CHECK(share_ratio(VectorXd{{1, 9}}, VectorXd{{9, 1}}, 0.1, 0.9) == Approx(1.0).epsilon(1e-14));
}

TEST_CASE("IneqPy test_ratio_equality_fracc: the same with weights (0.9, 0.1)", "[ineqpy][share-ratio]") {
  CHECK(share_ratio(VectorXd{{1, 9}}, VectorXd{{0.9, 0.1}}, 0.1, 0.9) == Approx(1.0).epsilon(1e-14));
}

TEST_CASE("IneqPy test_ratio_1d: weighted top 10 %/bottom 90 % ratio is 0.15323043465128208",
          "[ineqpy][share-ratio]") {
  const VectorXd x{{57, 63, 81, 79, 88, 42, 3, 77, 89}};
  const VectorXd w{{9, 5, 2, 9, 5, 4, 5, 9, 9}};
  CHECK(share_ratio(x, w, 0.1, 0.9) == Approx(0.15323043465128208).epsilon(1e-12));
}

TEST_CASE("IneqPy test_ratio_unweighted: 100 incomes give 0.22203712517848642", "[ineqpy][share-ratio]") {
  const VectorXd x{{11, 67, 93, 68, 80, 71, 0,  65, 45, 73, 56, 38, 18, 24, 94, 72, 56, 37, 26, 34,
                    49, 30, 30, 31, 10, 0,  77, 6,  64, 75, 56, 79, 46, 87, 39, 73, 63, 3,  49, 52,
                    94, 0,  68, 86, 42, 84, 58, 5,  45, 62, 49, 97, 77, 94, 66, 84, 42, 39, 7,  24,
                    65, 52, 59, 52, 38, 27, 85, 43, 26, 6,  93, 24, 48, 42, 50, 58, 89, 79, 94, 50,
                    2,  46, 82, 98, 69, 9,  50, 33, 86, 77, 25, 39, 61, 78, 47, 29, 43, 20, 56, 35}};
  REQUIRE(x.size() == 100);
  CHECK(share_ratio(x, VectorXd::Ones(100), 0.1, 0.9) == Approx(0.22203712517848642).epsilon(1e-12));
}

TEST_CASE("IneqPy test_ratio_weighted_eq_unweighted: integer weights equal repeated incomes",
          "[ineqpy][share-ratio]") {
  // The test draws random incomes and weights; the property it asserts is checked here on
  // test_gini_1d's incomes and weights.
  VectorXd repeated(static_cast<Eigen::Index>(test_w.sum()));
  Eigen::Index k = 0;
  for (Eigen::Index i = 0; i < test_x.size(); ++i)
    for (int r = 0; r < static_cast<int>(test_w[i]); ++r) repeated[k++] = test_x[i];
  CHECK(share_ratio(test_x, test_w, 0.1, 0.9) ==
        Approx(share_ratio(repeated, VectorXd::Ones(repeated.size()), 0.1, 0.9)).epsilon(1e-12));
  CHECK(gini(test_x, test_w) == Approx(gini(repeated)).epsilon(1e-13));
}

TEST_CASE("IneqPy test_atkinson_1d: weighted Atkinson (e = 0.5) is 0.06537929778911322", "[ineqpy][atkinson]") {
  CHECK(atkinson(test_x, test_w, 0.5) == Approx(0.06537929778911322).epsilon(1e-12));
}

TEST_CASE("IneqPy test_atkinson_1d_1_w: (1, 1) with weights (1, 1) has Atkinson 0", "[ineqpy][atkinson]") {
  CHECK(atkinson(VectorXd{{1, 1}}, VectorXd{{1, 1}}, 0.5) == 0.0);
}
