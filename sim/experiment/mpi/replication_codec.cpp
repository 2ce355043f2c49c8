#include "sim/experiment/mpi/replication_codec.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace ketensim::experiment::mpi {
namespace {

template <class T>
void put(std::string& out, const T& x) {
  out.append(reinterpret_cast<const char*>(&x), sizeof x);
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}

  template <class T>
  T get() {
    T x;
    take(&x, sizeof x);
    return x;
  }
  void take(void* to, std::size_t n) {
    if (n > bytes_.size() - at_)
      throw std::runtime_error("a replication's results arrived cut short");
    std::memcpy(to, bytes_.data() + at_, n);
    at_ += n;
  }
  // A count of elements of `size` bytes each, checked against the bytes left.
  std::size_t count(std::size_t size) {
    auto n = get<std::uint64_t>();
    if (n > (bytes_.size() - at_) / size)
      throw std::runtime_error("a replication's results arrived cut short");
    return static_cast<std::size_t>(n);
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  const std::string& bytes_;
  std::size_t at_ = 0;
};

ReplicationResult read_one(Reader& in) {
  ReplicationResult r;
  r.values.resize(in.count(sizeof(double)));
  in.take(r.values.data(), r.values.size() * sizeof(double));
  r.events = in.get<std::uint64_t>();
  r.peak_families = in.get<std::uint64_t>();
  r.unstable.resize(in.count(1));
  in.take(r.unstable.data(), r.unstable.size());
  return r;
}

}  // namespace

std::string encode(int replication, const ReplicationResults& results) {
  std::string out;
  put(out, static_cast<std::int32_t>(replication));
  put(out, static_cast<std::uint64_t>(results.size()));
  for (const ReplicationResult& r : results) {
    put(out, static_cast<std::uint64_t>(r.values.size()));
    out.append(reinterpret_cast<const char*>(r.values.data()), r.values.size() * sizeof(double));
    put(out, static_cast<std::uint64_t>(r.events));
    put(out, static_cast<std::uint64_t>(r.peak_families));
    put(out, static_cast<std::uint64_t>(r.unstable.size()));
    out += r.unstable;
  }
  return out;
}

ReplicationResults decode(const std::string& bytes, int& replication) {
  Reader in(bytes);
  replication = in.get<std::int32_t>();
  ReplicationResults results(in.count(1));
  for (ReplicationResult& r : results) r = read_one(in);
  if (!in.done()) throw std::runtime_error("a replication's results arrived with bytes to spare");
  return results;
}

}  // namespace ketensim::experiment::mpi
