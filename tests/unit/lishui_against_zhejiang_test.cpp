#include "prosper/plan/lishui_against_zhejiang.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "prosper/io/cross_json.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/zhejiang.hpp"

using namespace prosper::plan;

TEST_CASE("the embedded Lishui–Zhejiang relations are their JSON document",
          "[lishui_against_zhejiang]") {
  std::ifstream in(PROSPER_SOURCE_DIR "/data/lishui-against-zhejiang.json", std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  CHECK(prosper::io::dump_cross_relations(lishui_against_zhejiang()) == text.str());
  CHECK(prosper::io::parse_cross_relations(text.str()) == lishui_against_zhejiang());
}

TEST_CASE("the Lishui–Zhejiang relations join the two built-in plans and resolve in both",
          "[lishui_against_zhejiang]") {
  const cross_relations& doc = lishui_against_zhejiang();
  CHECK(doc.relations.front().id == "cross.income_ratio.2025");
  CHECK(doc.relations.size() == 4);
  CHECK(joins(doc, lishui(), zhejiang()));
  CHECK_FALSE(joins(doc, zhejiang(), lishui()));
  CHECK_NOTHROW(validate(doc, lishui(), zhejiang()));
}
