// A map of the tree read against the keys the parameter table allows at its place. Making
// one reports a value that is not a map, every key the table does not know there (with the
// nearest known key), and every required key that is missing. The section then hands out
// its values, or the table's defaults for keys not written.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

class Section {
 public:
  Section(Field field, Diagnostics& out);

  // The whole file: the map of sections.
  static Section top(const Node& root, Diagnostics& out);

  bool ok() const { return ok_; }  // it is a map
  const Field& field() const { return field_; }
  const std::string& path() const { return field_.path; }
  const std::string& name() const { return field_.name; }
  const Location& location() const { return field_.key_location; }
  Diagnostics& out() const { return *out_; }

  bool has(std::string_view key) const;  // written in the file
  // The value written under `key`, else the table's default, else nothing.
  std::optional<Field> get(std::string_view key) const;

  // The entries under keys the author chooses (the row's <placeholder>); `names`: report
  // and leave out keys that are not valid names.
  std::vector<Field> named(bool names = true) const;

  // Reports `key` as missing, for keys required only in some cases.
  void report_missing(std::string_view key) const;
  // Reports `key`, if written, as not allowed here, saying why.
  void report_not_here(std::string_view key, const std::string& message,
                       const std::string& expected = "") const;

  std::optional<double> number(std::string_view key) const;
  std::optional<long long> integer(std::string_view key) const;
  std::optional<std::string> name(std::string_view key) const;
  std::optional<std::string> choice(std::string_view key) const;
  std::optional<std::string> text(std::string_view key) const;

 private:
  const ParamSpec& spec_of(std::string_view key) const;
  const Node::Entry* entry(std::string_view key) const;  // written under `key`
  bool is_fixed(std::string_view key) const;             // a key the table names here
  Field child(const Node& node, const ParamSpec& spec, std::string_view key,
              const Location& key_location) const;
  void check_keys() const;

  Field field_;
  Diagnostics* out_;
  bool ok_ = false;
  std::vector<const ParamSpec*> keys_;      // the fixed keys allowed here
  const ParamSpec* placeholder_ = nullptr;  // the row for chosen keys, if any
};

// The entries of the map under `key` of `parent`, whose keys the author chooses: the
// stages, the resources, ... Keys that are not valid names are reported and left out.
std::vector<Field> named_fields(const Section& parent, std::string_view key);

// Copies a value that could be read; leaves `to` alone otherwise.
template <typename T, typename U>
void assign(T& to, const std::optional<U>& from) {
  if (from) to = static_cast<T>(*from);
}

}  // namespace ketensim::scenario
