// A scenario file copied to another folder under another name, for `ketensim new`. The text
// is kept as written, comments and the source of every figure included, except for the
// lines that depend on the name and the place:
//   - the top-level `scenario:` gets the new name (and is added when the file has none);
//   - a top-level `extend:` names the same base, seen from the new folder, and so do the
//     `spec`, `figures` and `draws` of a `calibrated:` block their files;
//   - a first line `# yaml-language-server: $schema=...` names the schema seen from the new
//     folder, or is left out when the schema is not known.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ketensim::tools {

struct CopyPlaces {
  std::filesystem::path from_dir;               // the folder of the file copied
  std::filesystem::path to_dir;                 // the folder of the copy
  std::optional<std::filesystem::path> schema;  // the schema file, when known
};

struct ScenarioCopy {
  std::string text;
  std::string extend;  // the base as the copy names it, when it extends one
};

ScenarioCopy copy_scenario(const std::string& text, const std::string& name,
                           const CopyPlaces& places);

}  // namespace ketensim::tools
