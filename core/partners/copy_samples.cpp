#include "partners/copy_samples.h"

#include "engine/text_util.h"

namespace sc::partners {

std::optional<LogKpi> messageConsistencyFromCopy(const Document& doc,
                                                 const std::vector<const CopySample*>& samples) {
    std::int64_t clean = 0, sentences = 0, audited = 0;
    for (const CopySample* sample : samples) {
        const MessageAudit audit = auditCopy(doc, sample->text);
        if (!audit.scoreBp) continue;  // no sentence: nothing was audited in this one
        clean += static_cast<std::int64_t>(audit.approved + audit.neutral);
        sentences += static_cast<std::int64_t>(audit.sentences.size());
        ++audited;
    }
    if (sentences == 0) return std::nullopt;
    LogKpi kpi;
    kpi.value = engine::rateBp(clean, sentences);
    kpi.detail = std::to_string(clean) + " of " + std::to_string(sentences) +
                 (sentences == 1 ? " sentence breaks" : " sentences break") + " no rule in " +
                 std::to_string(audited) + (audited == 1 ? " copy sample" : " copy samples");
    return kpi;
}

std::vector<CopySampleFlag> flagCopySamples(const Document& doc) {
    std::vector<CopySampleFlag> out;
    for (const CopySample& sample : doc.copySamples)
        for (auto& flag : auditCopy(doc, sample.text).flags)
            out.push_back(
                {sample.id, engine::labelOf(sample), sample.partnerId, sample.capturedOn, std::move(flag)});
    return out;
}

}  // namespace sc::partners
