#include "output/selection_writer.h"

#include <functional>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

struct Row {
  const experiment::KnSelection& kn;
  const std::vector<std::string>& names;
  const stats::KpiKey& key;
  int i;
};

std::string status(const Row& r) {
  if (r.kn.selected() == r.i) return "selected";
  if (!r.kn.in_contention(r.i)) return "eliminated";
  return r.kn.finished() ? "tied" : "in_contention";
}

// Each selection.csv column: its name and its value, defined once.
struct Column {
  const char* name;
  std::function<std::string(const Row&)> value;
};

const std::vector<Column>& columns() {
  static const std::vector<Column> all = {
      {"alternative", [](const Row& r) { return r.names[r.i]; }},
      {"kpi", [](const Row& r) { return r.key.kpi; }},
      {"subject", [](const Row& r) { return r.key.subject; }},
      {"unit", [](const Row& r) { return r.key.unit; }},
      {"better",
       [](const Row& r) { return std::string(r.kn.goal().higher_is_better ? "higher" : "lower"); }},
      {"delta", [](const Row& r) { return format_number(r.kn.goal().delta); }},
      {"confidence", [](const Row& r) { return format_number(r.kn.goal().confidence); }},
      {"mean", [](const Row& r) { return format_number(r.kn.mean(r.i)); }},
      {"replications", [](const Row& r) { return std::to_string(r.kn.replications_of(r.i)); }},
      {"eliminated_at_replication",
       [](const Row& r) {
         return r.kn.in_contention(r.i) ? "" : std::to_string(r.kn.eliminated_at(r.i));
       }},
      {"status", status},
  };
  return all;
}

}  // namespace

void write_selection_csv(const std::filesystem::path& path, const experiment::KnSelection& kn,
                         const std::vector<std::string>& names, const stats::KpiKey& key) {
  const auto& cols = columns();
  write_atomically(path, [&](std::ostream& out) {
    for (std::size_t c = 0; c < cols.size(); ++c) out << (c ? "," : "") << cols[c].name;
    out << '\n';
    for (int i = 0; i < kn.alternatives(); ++i) {
      Row row{kn, names, key, i};
      for (std::size_t c = 0; c < cols.size(); ++c) out << (c ? "," : "") << cols[c].value(row);
      out << '\n';
    }
  });
}

}  // namespace ketensim::output
