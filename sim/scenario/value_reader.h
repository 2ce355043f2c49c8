// Reading single values of the tree against their row of the parameter table. Each reader
// returns the value, or reports why it cannot and returns nothing, so that reading goes on
// and every problem of a file is found in one pass.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/engine/time.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/param_table.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

// One value of the tree, the table row it is read against, and where it is.
struct Field {
  const Node* node = nullptr;       // never null once made
  const ParamSpec* spec = nullptr;  // never null once made
  std::string path;                 // "stages.jbt.next[0].p"
  std::string pattern;              // "stages.<name>.next[].p"
  std::string name;                 // the key it is written under: "p"; empty for list items
  Location key_location;            // of that key; of the value itself for list items

  // Where to point at the value: an empty value (`fte:`) has no place of its own.
  const Location& location() const { return node->is_null() ? key_location : node->location; }
};

// "a.b" from "a" and "b"; just "b" from "" and "b".
std::string join_path(const std::string& path, std::string_view key);

// Identifiers: [a-z][a-z0-9_]*, and '-' as well where `dash` is allowed.
bool is_identifier(std::string_view text, bool dash = false);

// What an identifier must look like, for "expected:" lines.
extern const char* const kNameRule;

std::optional<double> read_number(const Field& f, Diagnostics& out);
std::optional<long long> read_integer(const Field& f, Diagnostics& out);
std::optional<std::uint64_t> read_unsigned64(const Field& f, Diagnostics& out);
std::optional<engine::Date> read_date(const Field& f, Diagnostics& out);
std::optional<std::string> read_text(const Field& f, Diagnostics& out);
std::optional<std::string> read_name(const Field& f, Diagnostics& out);    // an identifier
std::optional<std::string> read_choice(const Field& f, Diagnostics& out);  // of an enum row

// The items of a list, each read against the list's row: "acquire[0]", "acquire[1]".
std::vector<Field> read_items(const Field& f, Diagnostics& out);

// The names in a list of identifiers, with where each is written; a name listed twice is
// reported as such. Invalid names are left out.
struct NameAt {
  std::string name;
  Location location;
};
std::vector<NameAt> read_names(const Field& f, Diagnostics& out);

// Probabilities or weights must sum to 1 within this.
inline constexpr double kSumTolerance = 1e-6;

// Reports "MESSAGE", found "0.9 (0.6 + 0.3)", unless `parts` sum to 1.
bool check_sums_to_one(const std::vector<double>& parts, const Location& at,
                       const std::string& path, const std::string& message, Diagnostics& out);

void report(Diagnostics& out, const Location& at, const std::string& path, std::string message,
            std::string expected = "", std::string found = "", std::string suggestion = "");

// "must be a map" and the like: the value is of the wrong kind for its row.
void report_wrong_kind(const Field& f, std::string_view kind, Diagnostics& out);

}  // namespace ketensim::scenario
