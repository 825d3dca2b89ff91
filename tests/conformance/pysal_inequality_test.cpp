// Conformance with PySAL's inequality package (inequality.gini.Gini, inequality.theil.Theil and
// TheilD).
//
// Sources:
// - pysal/inequality, inequality/tests/test_gini.py, test_theil.py and the TheilD docstring in
//   inequality/theil.py at commit 0f9050ee8abbaf8135570e3f1fbb43b94e4f1929.
// - The data: pysal/libpysal, libpysal/examples/mexico/mexico.csv at commit
//   300dc17391a5b6a75b8aeb1a9d52d037a362385d (per-capita GDP of Mexico's 32 states, 1940-2000,
//   and the hanson98 regional partition).
// - pysal/inequality issue #15 (TheilD within-group term -0.6931471805599453 for
//   y = (0,0,0,10,10,10)), fixed by commit f583126 on 2025-01-16; issue #68 (Gini_Spatial and
//   TheilD "disagree").
//
// PySAL compares with numpy.testing.assert_almost_equal (7 decimals); the cases use the same
// absolute tolerance on the values PySAL prints.

#include <catch2/catch.hpp>

#include <Eigen/Core>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {

struct state_row {
  const char* name;
  int hanson98;
  std::array<double, 7> pcgdp;  // 1940, 1950, ..., 2000
};

// libpysal/examples/mexico/mexico.csv.
const std::array<state_row, 32> mexico{{
    {"Aguascalientes", 2, {10384, 6234, 8714, 16078, 21022, 20787, 27782}},
    {"Baja California", 1, {22361, 20977, 17865, 25321, 29283, 26839, 29855}},
    {"Baja California Sur", 2, {9573, 16013, 16707, 24384, 29038, 25842, 26103}},
    {"Campeche", 5, {3758, 4929, 5925, 10274, 12166, 51123, 36163}},
    {"Chiapas", 5, {2934, 4138, 5280, 7015, 16200, 8637, 8684}},
    {"Chihuahua", 1, {8578, 13997, 16265, 19178, 23399, 25332, 30735}},
    {"Coahuila", 1, {8537, 9673, 12318, 20562, 25688, 26084, 28460}},
    {"Colima", 3, {6909, 6049, 6036, 12551, 17427, 18313, 21358}},
    {"Distrito Federal", 4, {17816, 17119, 23174, 32386, 42028, 43810, 54349}},
    {"Durango", 2, {12132, 8859, 9323, 12700, 16726, 17353, 17379}},
    {"Guanajuato", 3, {4359, 5686, 8209, 11635, 13864, 13607, 15585}},
    {"Guerrero", 5, {2181, 3629, 4991, 6497, 8727, 9084, 11820}},
    {"Hidalgo", 3, {4414, 5194, 6399, 7767, 12391, 13091, 12348}},
    {"Jalisco", 3, {5309, 8232, 9953, 16288, 20659, 20133, 21610}},
    {"Mexico", 4, {3408, 4972, 9053, 17164, 20165, 18547, 16322}},
    {"Michoacan", 3, {3327, 5272, 5244, 8109, 11206, 10980, 11838}},
    {"Morelos", 3, {6936, 8962, 10499, 13892, 16513, 17701, 18170}},
    {"Nayarit", 2, {4836, 7515, 7621, 10880, 13354, 12757, 11478}},
    {"Nuevo Leon", 1, {9073, 11490, 20117, 28206, 34856, 34726, 38672}},
    {"Oaxaca", 5, {1892, 4538, 4140, 5230, 7730, 8465, 9010}},
    {"Puebla", 3, {3569, 6415, 6542, 9775, 13374, 11895, 15685}},
    {"Quertaro", 3, {11016, 5560, 7110, 14073, 20088, 22441, 26149}},
    {"Quintana Roo", 5, {21965, 28747, 9677, 17046, 26695, 25049, 33442}},
    {"San Luis Potosi", 2, {4372, 7533, 6440, 9721, 12691, 15436, 15866}},
    {"Sinaloa", 2, {4840, 6663, 9613, 14477, 15312, 15823, 15242}},
    {"Sonora", 1, {6399, 10345, 12134, 22662, 23181, 24784, 24068}},
    {"Tabasco", 5, {2459, 3857, 6494, 9367, 42361, 16055, 13360}},
    {"Tamaulipas", 1, {7508, 8536, 8383, 17128, 21937, 19983, 23546}},
    {"Tlaxcala", 3, {3605, 4178, 4357, 6245, 9882, 10339, 11701}},
    {"Veracruz", 3, {5203, 10143, 11404, 12240, 14252, 13796, 12191}},
    {"Yucatan", 5, {7990, 8428, 10067, 11665, 15239, 13979, 17509}},
    {"Zacatecas", 2, {3734, 6435, 5821, 7426, 8876, 11656, 11130}},
}};

VectorXd decade(std::size_t d) {
  VectorXd y(32);
  for (std::size_t i = 0; i < mexico.size(); ++i) y[static_cast<Eigen::Index>(i)] = mexico[i].pcgdp[d];
  return y;
}

std::vector<int> regimes() {
  std::vector<int> g;
  for (const auto& s : mexico) g.push_back(s.hanson98);
  return g;
}

constexpr double pysal_decimals = 1.5e-7;  // numpy assert_almost_equal, decimal = 7

struct decade_case {
  int year;
  double theil;    // test_theil.py TestTheil
  double between;  // test_theil.py TestTheilD (bg)
  double within;   // TheilD docstring (wg)
};

const std::array<decade_case, 7> expected{{
    {1940, 0.20894344, 0.0345889, 0.17435454},
    {1950, 0.15222451, 0.02816853, 0.12405598},
    {1960, 0.10472941, 0.05260921, 0.0521202},
    {1970, 0.10194725, 0.05931219, 0.04263506},
    {1980, 0.09560113, 0.03205257, 0.06354856},
    {1990, 0.10511256, 0.02963731, 0.07547525},
    {2000, 0.10660832, 0.03635872, 0.0702496},
}};

}  // namespace

TEST_CASE("PySAL test_gini: Gini of Mexico's 1940 state GDP per capita is 0.35372371173452849",
          "[pysal][gini]") {
  CHECK(gini(decade(0)) == Approx(0.35372371173452849).margin(pysal_decimals));
  // PySAL's Gini is the population Gini, as prosper's default; no correction.
  CHECK(gini(decade(0)) == Approx(0.35372371173452849).epsilon(1e-14));
}

TEST_CASE("PySAL test_theil: Theil T of Mexico's state GDP per capita, 1940-2000", "[pysal][theil]") {
  for (std::size_t d = 0; d < expected.size(); ++d) {
    INFO("decade " << expected[d].year);
    CHECK(theil_t(decade(d)) == Approx(expected[d].theil).margin(pysal_decimals));
  }
}

TEST_CASE("PySAL test_theil TheilD: between-region Theil by hanson98, 1940-2000", "[pysal][theil]") {
  const auto g = regimes();
  for (std::size_t d = 0; d < expected.size(); ++d) {
    INFO("decade " << expected[d].year);
    const auto dec = theil_t_decomposition(decade(d), g);
    CHECK(dec.between == Approx(expected[d].between).margin(pysal_decimals));
  }
}

TEST_CASE("PySAL TheilD docstring: within-region Theil by hanson98, 1940-2000", "[pysal][theil]") {
  const auto g = regimes();
  for (std::size_t d = 0; d < expected.size(); ++d) {
    INFO("decade " << expected[d].year);
    const auto dec = theil_t_decomposition(decade(d), g);
    CHECK(dec.within == Approx(expected[d].within).margin(pysal_decimals));
    // PySAL defines wg = T - bg; prosper computes the within term from the groups and the two
    // agree, so the decomposition is exact.
    CHECK(dec.total == Approx(theil_t(decade(d))).epsilon(1e-12));
  }
}

TEST_CASE("PySAL test_theil: y = (0,0,0,10,10,10) in two regions has T = bg = ln 2 and wg = 0",
          "[pysal][theil]") {
  const VectorXd y{{0, 0, 0, 10, 10, 10}};
  const std::vector<int> regions{0, 0, 0, 1, 1, 1};
  const auto dec = theil_t_decomposition(y, regions);
  CHECK(theil_t(y) == Approx(0.6931471805599453).margin(pysal_decimals));
  CHECK(dec.total == Approx(0.6931471805599453).margin(pysal_decimals));
  CHECK(dec.between == Approx(0.6931471805599453).margin(pysal_decimals));
  CHECK(dec.within == Approx(0.0).margin(pysal_decimals));
}

TEST_CASE("PySAL issue #15: the old TheilD gave a within-group term of -0.6931471805599453",
          "[pysal][theil][peer-bug]") {
  // Before commit f583126 TheilD replaced a zero group share by 1 (sg + (sg == 0)), so for the
  // all-zero region bg = 2 ln 2 and wg = T - bg = -ln 2, as the issue printed (peer bug P3).
  // A within-group Theil is a weighted sum of non-negative indices and cannot be negative.
  const VectorXd y{{0, 0, 0, 10, 10, 10}};
  const auto dec = theil_t_decomposition(y, std::vector<int>{0, 0, 0, 1, 1, 1});
  CHECK(dec.within >= 0.0);
  CHECK(dec.within != Approx(-0.6931471805599453));
  CHECK(dec.between == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(dec.groups[0].income_share == 0.0);
  CHECK(dec.groups[0].index == 0.0);
}

TEST_CASE("PySAL issue #68: the Theil decomposition is exact and both parts are non-negative",
          "[pysal][theil]") {
  // The issue compared Gini_Spatial with TheilD on mexico.csv by hanson98. They measure different
  // things (prosper has no spatial Gini); what prosper guarantees, and the reader expects,
  // is that between + within equals the index of the whole with both parts >= 0, every decade.
  const auto g = regimes();
  for (std::size_t d = 0; d < expected.size(); ++d) {
    const auto t = theil_t_decomposition(decade(d), g);
    const auto l = mld_decomposition(decade(d), g);
    CHECK(t.between >= 0.0);
    CHECK(t.within >= 0.0);
    CHECK(l.between >= 0.0);
    CHECK(l.within >= 0.0);
    CHECK(l.total == Approx(mld(decade(d))).epsilon(1e-12));
  }
}
