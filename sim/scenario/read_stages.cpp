// stages: what happens to a family in each stage of the chain.
#include <algorithm>

#include "sim/scenario/distribution_reader.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

void read_acquire(const Section& s, Stage& st) {
  std::optional<Field> f = s.get("acquire");
  if (!f) return;
  for (const NameAt& resource : read_names(*f, s.out())) {
    st.acquire.push_back(resource.name);
    st.acquire_locations.push_back(resource.location);
  }
}

void read_max_wait(const Section& s, Stage& st) {
  std::optional<Field> f = s.get("max_wait");
  if (!f) return;
  Section wait(*f, s.out());
  if (wait.ok() && wait.has("days") == wait.has("mean_days")) {
    report(s.out(), f->location(), f->path, "max_wait needs exactly one of days and mean_days",
           "{days: 90, then: ...} (a fixed limit) or {mean_days: 180, then: ...} (patience)");
  }
  st.max_wait_random = wait.has("mean_days");
  assign(st.max_wait_days, wait.number(st.max_wait_random ? "mean_days" : "days"));
  if (std::optional<Field> then = wait.get("then")) {
    assign(st.after_max_wait, read_name(*then, s.out()));
    st.after_max_wait_location = then->location();
  }
  if (!s.has("acquire")) {
    s.report_not_here("max_wait",
                      "max_wait needs acquire: only a family waiting for a "
                      "resource can stop waiting",
                      "acquire: [resource, ...] in this stage");
  }
}

// `release: [jbw]`, or `release: all`.
void read_release(const Section& s, Stage& st) {
  std::optional<Field> f = s.get("release");
  if (!f) return;
  if (f->node->is_scalar() && f->node->scalar == "all") {
    st.release_all = true;
    return;
  }
  for (const NameAt& resource : read_names(*f, s.out())) {
    st.release.push_back(resource.name);
    st.release_locations.push_back(resource.location);
  }
}

void read_set(const Section& s, Stage& st) {
  for (const Field& f : named_fields(s, "set")) {
    if (std::optional<std::string> value = read_name(f, s.out())) {
      st.set.push_back({f.name, *value, f.key_location, f.location()});
    }
  }
}

void read_visits(const Section& s, Stage& st) {
  assign(st.max_visits, s.integer("max_visits"));
  if (std::optional<Field> after = s.get("after_max_visits")) {
    assign(st.after_max_visits, read_name(*after, s.out()));
    st.after_max_visits_location = after->location();
  }
  if (s.has("max_visits") && !s.has("after_max_visits")) {
    s.report_not_here("max_visits", "needs after_max_visits next to it",
                      "after_max_visits: where a family goes instead after max_visits entries");
  }
  if (s.has("after_max_visits") && !s.has("max_visits")) {
    s.report_not_here("after_max_visits", "has no effect without max_visits",
                      "max_visits: the number of entries after which it applies");
  }
}

// `timers: [{days: 365, then: verlenging}, {age: 18, then: meerderjarig}]`
void read_timers(const Section& s, Stage& st) {
  std::optional<Field> f = s.get("timers");
  if (!f) return;
  for (const Field& item : read_items(*f, s.out())) {
    Section t(item, s.out());
    if (!t.ok()) continue;
    Timer timer;
    timer.location = item.location();
    timer.days = t.has("days") ? t.number("days") : std::nullopt;
    timer.age_years = t.has("age") ? t.number("age") : std::nullopt;
    if (t.has("days") == t.has("age")) {
      report(s.out(), item.location(), item.path, "a timer needs exactly one of days and age",
             "{days: 365, then: ...} or {age: 18, then: ...}");
    }
    if (std::optional<Field> then = t.get("then")) {
      assign(timer.then, read_name(*then, s.out()));
      timer.then_location = then->location();
    }
    timer.since_measure = t.choice("since") == "measure";
    if (t.has("since") && !t.has("days")) {
      t.report_not_here("since", "only a days timer counts from somewhere",
                        "since with days, not with age");
    }
    st.timers.push_back(std::move(timer));
  }
}

// Without a duration, a stage with timers lasts until one fires; it needs a days timer, as
// an age timer never fires for a family without an age.
void check_until_timer(const Section& s, Stage& st) {
  if (s.has("duration") || st.timers.empty()) return;
  st.until_timer = true;
  if (std::any_of(st.timers.begin(), st.timers.end(),
                  [](const Timer& t) { return t.days || !t.age_years; }))
    return;
  report(s.out(), s.location(), s.path(),
         "without a duration, a stage with only age timers never ends for a family without an age",
         "a duration, or a timer with days as well");
}

// `hold: {pleegzorg: {lognormal: ...}}`: each a resource the stage acquires.
void read_holds(const Section& s, Stage& st) {
  for (const Field& f : named_fields(s, "hold")) {
    std::optional<engine::Distribution> d = read_duration(f, s.out());
    if (!d) continue;
    st.holds.push_back({f.name, *d, f.key_location});
    if (std::find(st.acquire.begin(), st.acquire.end(), f.name) == st.acquire.end()) {
      report(s.out(), f.key_location, f.path, "'" + f.name + "' is not acquired in this stage",
             "a resource listed under this stage's acquire");
    }
  }
}

void read_duration_of(const Section& s, Stage& st) {
  std::optional<Field> f = s.get("duration");
  if (!f) return;
  if (std::optional<WrittenDuration> d = read_written_duration(*f, s.out())) {
    st.duration = d->distribution;
    st.duration_form = d->form;
  }
}

Stage read_stage(const Section& s) {
  Stage st;
  st.name = s.name();
  st.location = s.location();
  read_duration_of(s, st);
  read_acquire(s, st);
  read_holds(s, st);
  read_max_wait(s, st);
  read_release(s, st);
  read_set(s, st);
  read_visits(s, st);
  read_timers(s, st);
  check_until_timer(s, st);
  if (std::optional<Field> f = s.get("measure")) {
    assign(st.measure, read_name(*f, s.out()));
    st.measure_location = f->location();
  }
  if (std::optional<Field> f = s.get("next")) st.next = read_next(*f, s.out());
  return st;
}

}  // namespace

std::vector<Stage> read_stages(const Section& top) {
  std::vector<Stage> stages;
  for (const Field& f : named_fields(top, "stages")) {
    Section s(f, top.out());
    if (s.ok()) stages.push_back(read_stage(s));
  }
  std::optional<Field> section = top.get("stages");
  if (section && section->node->is_map() && section->node->entries.empty()) {
    report(top.out(), section->key_location, "stages", "needs at least one stage",
           "a stage such as jbt: {duration: {days: 14}, next: [{to: exit}]}");
  }
  return stages;
}

}  // namespace ketensim::scenario
