#include "engine/journey.h"

#include "model/saturating.h"

#include "engine/text_util.h"

namespace sc::engine {

PairJourney analyseJourney(const ProductChannelPair& pair) {
    PairJourney j;
    j.pairId = pair.id;
    const FunnelStage* worst = nullptr;
    std::size_t worstIndex = 0;
    for (const auto& stage : pair.funnel) {
        StageResult r;
        r.stageId = stage.id;
        r.label = !stage.funnelStage.empty()    ? stage.funnelStage
                  : !stage.journeyStage.empty() ? stage.journeyStage
                                                : labelOf(stage);
        r.entered = stage.entered;
        r.converted = stage.converted;
        r.benchmarkBp = stage.benchmarkBp;
        r.hasData = stage.entered > 0;
        if (r.hasData) {
            r.observedBp = rateBp(stage.converted, stage.entered);
            r.shortfallBp = r.benchmarkBp > r.observedBp ? satSub(r.benchmarkBp, r.observedBp) : 0;
            // One definition of "weakest" for the journey and the diagnosis (issue 13.10): the
            // lowest ratio of observed to benchmark among stages that fall short; ties to the
            // earlier stage.
            if (r.shortfallBp > 0 && r.benchmarkBp > 0 &&
                (!worst || rateBp(r.observedBp, r.benchmarkBp) <
                               rateBp(j.stages[worstIndex].observedBp, j.stages[worstIndex].benchmarkBp))) {
                worst = &stage;
                worstIndex = j.stages.size();
            }
        }
        j.stages.push_back(r);
    }
    if (worst) {
        const StageResult& r = j.stages[worstIndex];
        j.divergentStageId = worst->id;
        j.why = r.label + ": " + formatBp(r.observedBp) + " observed vs " + formatBp(r.benchmarkBp) +
                " benchmark";
        if (!worst->marketingSays.empty() || !worst->channelDoes.empty())
            j.why +=
                "; marketing says '" + worst->marketingSays + "', channel does '" + worst->channelDoes + "'";
    }
    return j;
}

std::vector<PairJourney> analyseJourneys(const Document& doc) {
    std::vector<PairJourney> out;
    for (const auto& pair : doc.pairs)
        if (!pair.funnel.empty()) out.push_back(analyseJourney(pair));
    return out;
}

}  // namespace sc::engine
