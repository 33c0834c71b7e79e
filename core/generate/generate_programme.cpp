// The partner programme around the tables: versioned materials and who acknowledged them,
// the meeting cadence, feedback, incidents, copy samples and post-mortems. Planted: feedback
// still "new" long after it arrived (k % 4 == 0), incidents answered with enforcement where the
// partner never received the material (k % 3 == 1), copy citing an outdated deck version
// (k % 3 == 0) and copy with a forbidden phrase (k % 4 == 1).
#include "generate/generate_parts.h"

namespace sc::generate {
namespace {

MaterialVersion version(const char* v, const char* on, const char* summary) {
    MaterialVersion m;
    m.version = v;
    m.updatedOn = on;
    m.summary = summary;
    return m;
}

void addMaterials(Document& doc) {
    Material deck;
    deck.id = "mat_deck";
    deck.name = "Pitch deck";
    deck.kind = "pitch_deck";
    deck.owner = "Partner marketing";
    deck.versions = {version("2026.1", "2026-01-15", "New screenshots"),
                     version("2026.2", "2026-04-02", "Removed the earnings slide"),
                     version("2026.3", "2026-08-20", "Pilot offer")};
    Material prices;
    prices.id = "mat_prices";
    prices.name = "Price sheet";
    prices.kind = "price_sheet";
    prices.owner = "Channel operations";
    prices.versions = {version("2026.1", "2026-01-02", "Annual prices"),
                       version("2026.2", "2026-07-01", "Q3 prices")};
    const std::size_t acknowledging = std::min<std::size_t>(doc.partners.size(), 50);
    for (std::size_t i = 0; i < acknowledging; ++i) {
        Acknowledgement a;
        a.partnerId = doc.partners[i].id;
        a.version = i % 2 ? "2026.2" : "2026.3";
        a.acknowledgedOn = i % 2 ? "2026-04-20" : "2026-09-01";
        deck.acknowledgements.push_back(a);
        a.version = "2026.2";
        a.acknowledgedOn = "2026-07-10";
        prices.acknowledgements.push_back(std::move(a));
    }
    doc.materials = {std::move(deck), std::move(prices)};
}

void addCadence(Document& doc, const Sizes& sizes) {
    CadenceItem all;
    all.id = "cad_monthly_all";
    all.name = "Monthly partner call";
    all.kind = "monthly";
    for (std::size_t m = sizes.periods - std::min<std::size_t>(3, sizes.periods); m < sizes.periods; ++m)
        all.heldOn.push_back(dayIn(periodAt(sizes, m), 5));
    all.lastHeldOn = all.heldOn.back();
    all.nextDueOn = dayIn(nextPeriod(periodAt(sizes, sizes.periods - 1)), 5);
    doc.cadence.push_back(std::move(all));
    const std::size_t quarterly = std::min<std::size_t>(doc.partners.size(), 20);
    for (std::size_t i = 0; i < quarterly; ++i) {
        CadenceItem q;
        q.id = "cad_q_" + doc.partners[i].id;
        q.name = "Quarterly review: " + doc.partners[i].name;
        q.kind = "quarterly";
        q.partnerId = doc.partners[i].id;
        q.heldOn = {dayIn(periodAt(sizes, sizes.periods - 1), 12)};
        q.lastHeldOn = q.heldOn.back();
        q.nextDueOn = "2027-01-12";
        doc.cadence.push_back(std::move(q));
    }
}

void addFeedback(Document& doc, const Sizes& sizes, Planted& planted) {
    const std::vector<std::string> kinds = {"objection", "competitor_move", "product_gap",
                                            "process_friction"};
    const std::size_t count = std::max<std::size_t>(4, doc.partners.size() / 10);
    const std::string early = periodAt(sizes, sizes.periods > 3 ? sizes.periods - 4 : 0);
    const std::string late = periodAt(sizes, sizes.periods - 1);
    for (std::size_t k = 0; k < count; ++k) {
        FeedbackItem f;
        f.id = numberedId("fb_", k);
        f.name = "Feedback " + std::to_string(k + 1);
        f.partnerId = doc.partners[(k * 7) % doc.partners.size()].id;
        f.kind = kinds[k % kinds.size()];
        f.receivedOn = dayIn(early, static_cast<std::int64_t>(k % 28) + 1);
        switch (k % 4) {
            case 0:
                f.status = "new";
                planted.unansweredFeedback.push_back(f.id);
                break;
            case 1:
                f.status = "acknowledged";
                break;
            case 2:
                f.status = "changed";
                f.closedOn = dayIn(late, 3);
                f.changeLedTo = "The objection script answers it.";
                break;
            default:
                f.status = "declined";
                f.closedOn = dayIn(late, 3);
                break;
        }
        doc.feedback.push_back(std::move(f));
    }
}

void addIncidents(Document& doc, const Sizes& sizes, Planted& planted) {
    const std::size_t count = std::max<std::size_t>(3, doc.partners.size() / 100);
    const std::string period = periodAt(sizes, sizes.periods > 2 ? sizes.periods - 3 : 0);
    for (std::size_t k = 0; k < count; ++k) {
        Incident i;
        i.id = numberedId("inc_", k);
        i.name = "Incident " + std::to_string(k + 1);
        i.partnerId = doc.partners[(k * 13) % doc.partners.size()].id;
        i.occurredOn = dayIn(period, static_cast<std::int64_t>(k % 28) + 1);
        i.description = "Quoted from an old price sheet";
        i.diagnosis = k % 3 == 2 ? "ambiguous_guideline" : "never_received";
        i.response = k % 3 == 0 ? "resend" : k % 3 == 1 ? "enforcement" : "clarify_guideline";
        if (k % 3 == 1) planted.misfitIncidents.push_back(i.id);
        doc.incidents.push_back(std::move(i));
    }
}

void addCopySamples(Document& doc, const Sizes& sizes, Planted& planted) {
    const std::size_t count = std::min<std::size_t>(doc.partners.size(), 40);
    const std::string period = periodAt(sizes, sizes.periods - 1);
    for (std::size_t k = 0; k < count; ++k) {
        CopySample c;
        c.id = numberedId("copy_", k);
        c.name = "Landing page of " + doc.partners[k].name;
        c.partnerId = doc.partners[k].id;
        c.capturedOn = dayIn(period, 15);
        c.source = "Partner landing page";
        c.materialId = "mat_deck";
        c.materialVersion = k % 3 == 0 ? "2026.1" : "2026.3";
        c.text = "Most customers are set up within one working day. Ask us for a pilot.";
        if (k % 3 == 0) planted.outdatedCopy.push_back(c.id);
        if (k % 4 == 1) {
            c.text += " It pays for itself in a month.";
            planted.forbiddenCopy.push_back(c.id);
        }
        doc.copySamples.push_back(std::move(c));
    }
}

// One post-mortem on the first won and the first lost deal.
void addPostMortems(Document& doc) {
    for (const char* outcome : {"won", "lost"}) {
        for (const Deal& d : doc.deals) {
            if (d.outcome != outcome) continue;
            PostMortem pm;
            pm.id = std::string("pm_") + outcome;
            pm.name = (pm.id == "pm_won" ? "Win: " : "Loss: ") + d.account;
            pm.dealId = d.id;
            pm.partnerId = d.partnerId;
            pm.outcome = outcome;
            pm.heldOn = d.closedOn;
            pm.reasons = {pm.id == "pm_won" ? "The pilot showed the value early"
                                            : "Price above the competitor's"};
            doc.postMortems.push_back(std::move(pm));
            break;
        }
    }
}

}  // namespace

void addProgramme(Document& doc, const Sizes& sizes, Rng&, Planted& planted) {
    addMaterials(doc);
    addCadence(doc, sizes);
    addFeedback(doc, sizes, planted);
    addIncidents(doc, sizes, planted);
    addCopySamples(doc, sizes, planted);
    addPostMortems(doc);
}

}  // namespace sc::generate
