#include "prosper/report/messages.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

using namespace prosper::report;
using prosper::language;
namespace pl = prosper::plan;

namespace {
bool has_ascii_letter(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}
}  // namespace

TEST_CASE("every label has words in both languages", "[messages]") {
  for (int i = 0; i <= static_cast<int>(last_label); ++i) {
    const auto l = static_cast<label>(i);
    INFO("label " << i);
    CHECK_FALSE(label_text(l, language::zh).empty());
    CHECK_FALSE(label_text(l, language::en).empty());
  }
  CHECK(label_text(label::status, language::en) == "Status");
  CHECK(label_text(label::status, language::zh) == "状态");
}

TEST_CASE("relation kinds and audit statuses have Chinese words without English in them",
          "[messages]") {
  for (pl::relation_kind k : pl::all_relation_kinds) {
    INFO(pl::to_string(k));
    CHECK_FALSE(has_ascii_letter(relation_kind_text(k, language::zh)));
    CHECK_FALSE(relation_kind_text(k, language::en).empty());
  }
  CHECK(relation_kind_text(pl::relation_kind::max_min_over_regions, language::zh) ==
        "地区最高最低倍差");
  CHECK(relation_kind_text(pl::relation_kind::bound_no_looser, language::zh) == "界限不宽于");
  CHECK(relation_kind_text(pl::relation_kind::bound_no_looser, language::en) == "bound no looser");
  for (auto s : {pl::finding_status::holds, pl::finding_status::violated,
                 pl::finding_status::not_evaluable})
    CHECK_FALSE(has_ascii_letter(finding_status_text(s, language::zh)));
  CHECK(finding_status_text(pl::finding_status::violated, language::zh) == "不一致");
  CHECK(finding_status_text(pl::finding_status::violated, language::en) == "violated");
}

TEST_CASE("status words are Chinese in Chinese", "[messages]") {
  for (std::size_t b = 0; b < 7; ++b) CHECK_FALSE(has_ascii_letter(status_text(b, language::zh)));
  CHECK(status_text(0, language::zh) == "已实现");
  CHECK(status_text(6, language::en) == "no data");
}

TEST_CASE("the headings of an audit against another plan have both languages", "[messages]") {
  for (auto l : {cross_label::own_audit, cross_label::against}) {
    CHECK_FALSE(has_ascii_letter(cross_label_text(l, language::zh)));
    CHECK_FALSE(cross_label_text(l, language::en).empty());
  }
  CHECK(cross_label_text(cross_label::against, language::zh) == "与另一规划的关系");
  CHECK(cross_label_text(cross_label::against, language::en) == "Relations with another plan");
}
