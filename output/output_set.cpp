#include "output/output_set.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "sim/engine/random.h"

namespace ketensim::output {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

// Each 8-byte word (little-endian, the last one zero-padded) and then the length, folded
// through the SplitMix64 finalizer: a bijection per step, so any one changed word changes it.
class Digest {
 public:
  void add(const char* bytes, std::size_t n) {
    std::size_t i = 0;
    for (; i < n && length_ % 8 != 0; ++i) add_byte(bytes[i]);
    for (; i + 8 <= n; i += 8, length_ += 8) {  // whole words, the common case
      std::uint64_t w = 0;
      for (int b = 0; b < 8; ++b)
        w |= std::uint64_t{static_cast<unsigned char>(bytes[i + b])} << (8 * b);
      word_ = w;
      fold();
    }
    for (; i < n; ++i) add_byte(bytes[i]);
  }
  std::string hex() {
    if (length_ % 8 != 0) fold();
    std::uint64_t h = engine::mix64(state_ ^ length_);
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
  }

 private:
  void add_byte(char c) {
    word_ |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * (length_ % 8));
    if (++length_ % 8 == 0) fold();
  }
  void fold() {
    state_ = engine::mix64(state_ ^ word_);
    word_ = 0;
  }
  std::uint64_t state_ = 0x6b6574656e73696dull, word_ = 0, length_ = 0;
};

std::vector<std::string> staged_names(const fs::path& staging) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(staging)) {
    std::string name = entry.path().filename().string();
    if (name[0] != '.') names.push_back(name);  // a writer's temporary is not the set's
  }
  std::sort(names.begin(), names.end());
  return names;
}

void remove_file(const fs::path& file) {
  std::error_code ec;
  fs::remove(file, ec);
  if (ec) throw OutputError("cannot remove " + file.string() + ": " + ec.message());
}

void move_file(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec)
    throw OutputError("cannot move " + from.string() + " to " + to.string() + ": " + ec.message());
}

Manifest read_manifest(const fs::path& dir) {
  fs::path file = dir / kManifestFile;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw OutputSetError(dir.string() + " holds no " + kManifestFile +
                         ", so its files are not known to be one run's whole output (a run may "
                         "have been stopped while it replaced them)");
  }
  try {
    json j = json::parse(in);
    Manifest m{j.at("run_id").get<std::string>(),
               j.at("files").get<std::map<std::string, std::string>>()};
    for (const auto& [name, digest] : m.files) {
      if (name.empty() || name[0] == '.' || name.find('/') != std::string::npos) {
        throw OutputSetError(file.string() + " names '" + name + "', not a file of the folder");
      }
    }
    return m;
  } catch (const json::exception& e) {
    throw OutputSetError(file.string() + " is not one ketensim wrote (" + e.what() + ")");
  }
}

// What is wrong with `name` in the set `m` of `dir`; empty when nothing is.
std::string file_problem(const fs::path& dir, const Manifest& m, const std::string& name) {
  fs::path file = dir / name;
  auto listed = m.files.find(name);
  bool present = fs::exists(file);
  if (listed == m.files.end()) {
    return present ? file.string() + " is not one of the files of the run " + kManifestFile +
                         " names (another run left it)"
                   : "";
  }
  if (!present) return file.string() + " is missing from the run " + kManifestFile + " names";
  std::string digest = file_digest(file);
  if (digest == listed->second) return "";
  return file.string() + " is not the file the run wrote: it has changed since, or another run " +
         "wrote it (its digest is " + digest + ", " + kManifestFile + " records " + listed->second +
         ")";
}

}  // namespace

std::string text_digest(std::string_view bytes) {
  Digest d;
  d.add(bytes.data(), bytes.size());
  return d.hex();
}

std::string file_digest(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw OutputError("cannot read " + file.string());
  Digest d;
  std::vector<char> buffer(1 << 20);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    d.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw OutputError("cannot read " + file.string());
  return d.hex();
}

OutputSet::OutputSet(fs::path dir, std::vector<std::string> members)
    : dir_(std::move(dir)),
      staging_(dir_ / (".staging-" + std::to_string(::getpid()))),
      members_(std::move(members)) {
  std::error_code ec;
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    throw OutputError("cannot create " + staging_.string() + ": " + ec.message());
  }
}

OutputSet::~OutputSet() {
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

const std::string& OutputSet::digest(const std::string& name) {
  auto [it, added] = digests_.try_emplace(name);
  if (added) it->second = file_digest(path(name));
  return it->second;
}

void OutputSet::publish(const std::string& run_id,
                        const std::function<void(const std::string&)>& before_move) {
  Manifest m{run_id, {}};
  std::vector<std::string> names = staged_names(staging_);
  for (const auto& name : names) m.files[name] = digest(name);
  remove_file(dir_ / kManifestFile);  // from here until the end the folder is not whole
  for (const auto& name : names) {
    if (before_move) before_move(name);
    move_file(path(name), dir_ / name);
  }
  for (const auto& name : members_) {
    if (!m.files.count(name)) remove_file(dir_ / name);
  }
  json doc = {{"run_id", m.run_id}, {"files", m.files}};
  write_atomically(dir_ / kManifestFile, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

Manifest whole_set(const fs::path& dir, const std::vector<std::string>& members) {
  Manifest m = read_manifest(dir);
  std::set<std::string> names(members.begin(), members.end());
  for (const auto& [name, digest] : m.files) names.insert(name);
  for (const auto& name : names) {
    std::string problem = file_problem(dir, m, name);
    if (!problem.empty()) throw OutputSetError(problem);
  }
  return m;
}

}  // namespace ketensim::output
