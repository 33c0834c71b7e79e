// Rule family: dates. Dates are "YYYY-MM-DD", timestamps ISO 8601 ("2026-11-24T09:30:00Z"),
// periods "YYYY-MM". A malformed date is an error (nothing can be computed from it); so is
// a pair out of order (ended before started), because the engine would count negative time.
#include "validation/rule_context.h"

namespace sc::rules {
namespace {

bool digits(const std::string& s, std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
}
int number(const std::string& s, std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

bool isPeriod(const std::string& s) {
    if (s.size() != 7 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2)) return false;
    const int m = number(s, 5, 2);
    return m >= 1 && m <= 12;
}

// A real calendar date: 2026-02-29 is refused, 2028-02-29 accepted.
bool isDatePrefix(const std::string& s) {
    if (s.size() < 10 || !isPeriod(s.substr(0, 7)) || s[7] != '-' || !digits(s, 8, 2)) return false;
    const int y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d >= 1 && d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}
bool isDate(const std::string& s) { return s.size() == 10 && isDatePrefix(s); }

// A date, or a date with a time "THH:MM[:SS[.fff]]" and an optional zone "Z" / "+HH:MM".
bool isTimestamp(const std::string& s) {
    if (isDate(s)) return true;
    if (!isDatePrefix(s) || s.size() < 16 || (s[10] != 'T' && s[10] != ' ')) return false;
    if (!digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2)) return false;
    if (number(s, 11, 2) > 23 || number(s, 14, 2) > 59) return false;
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2) || number(s, i + 1, 2) > 60) return false;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            const std::size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            if (i == start) return false;
        }
    }
    if (i == s.size()) return true;
    if (s[i] == 'Z') return i + 1 == s.size();
    if (s[i] != '+' && s[i] != '-') return false;
    return s.size() == i + 6 && digits(s, i + 1, 2) && s[i + 3] == ':' && digits(s, i + 4, 2);
}

// True when `later` is before `earlier`. Same-shaped stamps compare as text; otherwise
// only the calendar days are compared, so a zone difference never raises a false alarm.
bool before(const std::string& later, const std::string& earlier) {
    if (later.size() == earlier.size() &&
        (later.size() == 10 || (later.back() == 'Z' && earlier.back() == 'Z')))
        return later < earlier;
    return later.compare(0, 10, earlier, 0, 10) < 0;
}

class DateRules {
  public:
    explicit DateRules(FindingSink& sink) : m_sink(sink) {}

    // A "YYYY-MM-DD" field; false when present and malformed.
    bool date(const std::string& p, const std::string& owner, const std::string& what,
              const std::string& value) {
        if (value.empty() || isDate(value)) return true;
        m_sink.error(p, owner + " has the " + what + " " + quote(value) +
                            ", which is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-24");
        return false;
    }
    bool timestamp(const std::string& p, const std::string& owner, const std::string& what,
                   const std::string& value) {
        if (value.empty() || isTimestamp(value)) return true;
        m_sink.error(p, owner + " has the " + what + " time " + quote(value) +
                            ", which is not a valid time; write it as 2026-11-24T09:30:00Z");
        return false;
    }
    bool period(const std::string& p, const std::string& owner, const std::string& value) {
        if (value.empty() || isPeriod(value)) return true;
        m_sink.error(p, owner + " has the period " + quote(value) +
                            ", which is not a month; write it as YYYY-MM, e.g. 2026-11");
        return false;
    }
    // Error at `laterPointer` when the later event happened before the earlier one.
    void order(const std::string& laterPointer, const std::string& owner, const std::string& earlierWhat,
               const std::string& earlier, const std::string& laterWhat, const std::string& later) {
        if (earlier.empty() || later.empty() || !isTimestamp(earlier) || !isTimestamp(later)) return;
        if (before(later, earlier))
            m_sink.error(laterPointer, owner + " was " + laterWhat + " on " + later + ", before it was " +
                                           earlierWhat + " on " + earlier + "; the dates are out of order");
    }
    // created/updated of any entity.
    void stamps(const std::string& p, const std::string& owner, const Entity& e) {
        const bool ok = timestamp(p + "/created", owner, "created", e.created) &
                        timestamp(p + "/updated", owner, "updated", e.updated);
        if (ok) order(p + "/updated", owner, "created", e.created, "updated", e.updated);
    }
    template <class T>
    void stampsOf(const std::vector<T>& items, const std::string& base, const std::string& kind) {
        forEach(items, base, [&](const T& x, const std::string& p, std::size_t i) {
            if (!x.created.empty() || !x.updated.empty()) stamps(p, nameOf(kind, x, i), x);
        });
    }

  private:
    FindingSink& m_sink;
};

void checkEntities(const Document& doc, DateRules& d) {
    const DocumentInfo& info = doc.info;
    if (d.timestamp("/info/created", "the scorecard", "created", info.created) &
        d.timestamp("/info/updated", "the scorecard", "updated", info.updated))
        d.order("/info/updated", "the scorecard", "created", info.created, "updated", info.updated);
    d.stampsOf(doc.dimensions, "/dimensions", "dimension");
    d.stampsOf(doc.segments, "/segments", "segment");
    d.stampsOf(doc.promises, "/promises", "promise");
    d.stampsOf(doc.channels, "/channels", "channel");
    d.stampsOf(doc.products, "/products", "product");
    d.stampsOf(doc.pairs, "/pairs", "product-channel pair");
    d.stampsOf(doc.metrics, "/metrics", "metric");
    d.stampsOf(doc.mismatches, "/mismatches", "mismatch");
    d.stampsOf(doc.decisions, "/decisions", "decision");
    d.stampsOf(doc.experiments, "/experiments", "experiment");
    d.stampsOf(doc.verifications, "/verifications", "verification");
    d.stampsOf(doc.reviews, "/reviews", "review");
    d.stampsOf(doc.partners, "/partners", "partner");
    d.stampsOf(doc.materials, "/materials", "material");
    d.stampsOf(doc.cadence, "/cadence", "cadence item");
    d.stampsOf(doc.feedback, "/feedback", "feedback item");
    d.stampsOf(doc.incidents, "/incidents", "incident");
    d.stampsOf(doc.postMortems, "/post_mortems", "post-mortem");
    d.stampsOf(doc.copySamples, "/copy_samples", "copy sample");
}

void checkWorkflow(const Document& doc, DateRules& d) {
    forEach(doc.decisions, "/decisions", [&](const Decision& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("decision", x, i);
        if (d.date(p + "/decided_on", owner, "decision date", x.decidedOn) &
            d.date(p + "/implemented_on", owner, "implementation date", x.implementedOn))
            d.order(p + "/implemented_on", owner, "decided", x.decidedOn, "implemented", x.implementedOn);
        d.date(p + "/due", owner, "due date", x.due);
        forEach(x.checklist, p + "/checklist",
                [&](const ChecklistItem& c, const std::string& cp, std::size_t ci) {
                    d.date(cp + "/done_on", "checklist item #" + std::to_string(ci + 1) + " of " + owner,
                           "completion date", c.doneOn);
                });
    });
    forEach(doc.experiments, "/experiments", [&](const Experiment& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("experiment", x, i);
        if (d.date(p + "/started_on", owner, "start date", x.startedOn) &
            d.date(p + "/ended_on", owner, "end date", x.endedOn))
            d.order(p + "/ended_on", owner, "started", x.startedOn, "ended", x.endedOn);
    });
    forEach(doc.verifications, "/verifications",
            [&](const Verification& x, const std::string& p, std::size_t i) {
                d.date(p + "/started_on", nameOf("verification", x, i), "start date", x.startedOn);
            });
    forEach(doc.reviews, "/reviews", [&](const Review& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("review", x, i);
        d.date(p + "/held_on", owner, "review date", x.heldOn);
        forEach(x.kpis, p + "/kpis", [&](const ReviewKpiValue& k, const std::string& kp, std::size_t) {
            d.period(kp + "/period", "KPI value " + quote(k.metricId) + " of " + owner, k.period);
        });
    });
}

// The history of a cadence item (held_on) is the record and last_held_on its latest date; when
// they disagree the cadence counts the dates of both (partners/cadence.h), and this says which
// one to correct. Only when every date can be read.
void heldAgreesWithLast(const CadenceItem& x, const std::string& p, const std::string& owner,
                        FindingSink& sink) {
    if (x.heldOn.empty()) return;  // no history: last_held_on stands alone
    std::size_t latest = 0;
    for (std::size_t h = 1; h < x.heldOn.size(); ++h)
        if (x.heldOn[h] > x.heldOn[latest]) latest = h;
    const std::string& newest = x.heldOn[latest];
    if (x.lastHeldOn.empty())
        sink.warning(p + "/last_held_on", owner + " lists meetings held up to " + newest +
                                              " but has no last meeting date; set it to " + newest +
                                              ", the latest date held");
    else if (x.lastHeldOn > newest)
        sink.warning(p + "/last_held_on", owner + " was last held on " + x.lastHeldOn +
                                              ", which is not among its dates held (the latest is " + newest +
                                              "); add " + x.lastHeldOn +
                                              " to the dates held, or correct the last meeting date");
    else if (x.lastHeldOn < newest)
        sink.warning(at(p + "/held_on", latest),
                     owner + " lists a meeting on " + newest + ", after its last meeting date " +
                         x.lastHeldOn + "; the last meeting date should be the latest date held (" + newest +
                         ")");
}

void checkPartners(const Document& doc, DateRules& d, FindingSink& sink) {
    forEach(doc.partners, "/partners", [&](const Partner& x, const std::string& p, std::size_t i) {
        d.date(p + "/joined_on", nameOf("partner", x, i), "joining date", x.joinedOn);
    });
    forEach(doc.materials, "/materials", [&](const Material& m, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("material", m, i);
        std::string previous, previousVersion;
        forEach(m.versions, p + "/versions",
                [&](const MaterialVersion& v, const std::string& vp, std::size_t) {
                    const std::string what = "version " + quote(v.version) + " of " + owner;
                    if (!d.date(vp + "/updated_on", what, "update date", v.updatedOn) || v.updatedOn.empty())
                        return;
                    if (!previous.empty() && before(v.updatedOn, previous))
                        d.order(vp + "/updated_on", owner, "updated to version " + quote(previousVersion),
                                previous, "updated to version " + quote(v.version), v.updatedOn);
                    previous = v.updatedOn;
                    previousVersion = v.version;
                });
        forEach(m.acknowledgements, p + "/acknowledgements",
                [&](const Acknowledgement& a, const std::string& ap, std::size_t) {
                    d.date(ap + "/acknowledged_on", "an acknowledgement of " + owner, "acknowledgement date",
                           a.acknowledgedOn);
                });
    });
    forEach(doc.cadence, "/cadence", [&](const CadenceItem& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("cadence item", x, i);
        bool readable = d.date(p + "/last_held_on", owner, "last meeting date", x.lastHeldOn);
        for (std::size_t h = 0; h < x.heldOn.size(); ++h)
            readable = d.date(at(p + "/held_on", h), owner, "meeting date", x.heldOn[h]) && readable;
        if (readable) heldAgreesWithLast(x, p, owner, sink);
        d.date(p + "/next_due_on", owner, "next due date", x.nextDueOn);
    });
    forEach(doc.feedback, "/feedback", [&](const FeedbackItem& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("feedback item", x, i);
        if (d.date(p + "/received_on", owner, "date received", x.receivedOn) &
            d.date(p + "/closed_on", owner, "date closed", x.closedOn))
            d.order(p + "/closed_on", owner, "received", x.receivedOn, "closed", x.closedOn);
    });
    forEach(doc.incidents, "/incidents", [&](const Incident& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("incident", x, i);
        if (d.date(p + "/occurred_on", owner, "date it occurred", x.occurredOn) &
            d.date(p + "/resolved_on", owner, "date resolved", x.resolvedOn))
            d.order(p + "/resolved_on", owner, "reported as occurring", x.occurredOn, "resolved",
                    x.resolvedOn);
    });
    forEach(doc.postMortems, "/post_mortems", [&](const PostMortem& x, const std::string& p, std::size_t i) {
        d.date(p + "/held_on", nameOf("post-mortem", x, i), "date held", x.heldOn);
    });
    forEach(doc.copySamples, "/copy_samples", [&](const CopySample& x, const std::string& p, std::size_t i) {
        d.date(p + "/captured_on", nameOf("copy sample", x, i), "capture date", x.capturedOn);
    });
}

// Table cells: checked only when non-empty; names and pointers are built on failure only.
template <class T, class Get>
void rowDates(const SharedTable<T>& rows, const char* table, const char* kind, const char* column,
              const char* what, Get get, DateRules& d) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& v = get(rows[i]);
        if (!v.empty() && !isDate(v)) d.date(tableCell(table, i, column), rowName(kind, rows[i], i), what, v);
    }
}
template <class T>
void rowPeriods(const SharedTable<T>& rows, const char* table, const char* kind, DateRules& d) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].period.empty() && !isPeriod(rows[i].period))
            d.period(tableCell(table, i, "period"), rowName(kind, rows[i], i), rows[i].period);
}

void checkTables(const Document& doc, DateRules& d, FindingSink& sink) {
    rowDates(
        doc.deals, "deals", "deal", "closed_on", "closing date",
        [](const Deal& x) -> const std::string& { return x.closedOn; }, d);
    rowDates(
        doc.dealRegistrations, "deal_registrations", "deal registration", "registered_on",
        "registration date", [](const DealRegistration& x) -> const std::string& { return x.registeredOn; },
        d);
    rowDates(
        doc.reportSubmissions, "report_submissions", "report submission", "due_on", "due date",
        [](const ReportSubmission& x) -> const std::string& { return x.dueOn; }, d);
    rowDates(
        doc.reportSubmissions, "report_submissions", "report submission", "submitted_on", "submission date",
        [](const ReportSubmission& x) -> const std::string& { return x.submittedOn; }, d);
    rowDates(
        doc.pairObservations, "pair_observations", "pair observation", "period_start", "period start",
        [](const PairObservation& x) -> const std::string& { return x.periodStart; }, d);
    rowPeriods(doc.reportSubmissions, "report_submissions", "report submission", d);
    rowPeriods(doc.kpiRecords, "kpi_records", "KPI record", d);
    rowPeriods(doc.pulseAnswers, "pulse_answers", "pulse answer", d);
    // A report about a month cannot be complete before that month begins: a warning, since
    // the period may simply be mislabelled.
    for (std::size_t i = 0; i < doc.reportSubmissions.size(); ++i) {
        const ReportSubmission& r = doc.reportSubmissions[i];
        if (!isPeriod(r.period) || !isDate(r.submittedOn)) continue;
        if (r.submittedOn.compare(0, 7, r.period) < 0)
            sink.warning(tableCell("report_submissions", i, "submitted_on"),
                         rowName("report submission", r, i) + " for " + r.period + " was submitted on " +
                             r.submittedOn + ", before the period began; check the period or the date");
    }
}

}  // namespace

void checkDates(const Document& doc, FindingSink& sink) {
    DateRules d(sink);
    checkEntities(doc, d);
    checkWorkflow(doc, d);
    checkPartners(doc, d, sink);
    checkTables(doc, d, sink);
}

}  // namespace sc::rules
