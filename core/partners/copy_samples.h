// The partner copy kept in the document (`copy_samples`, seed 000 "Message consistency score —
// how closely partner communications match approved messaging (sample audits)"): each sample is
// audited with the same rules as `audit-copy`, and a month's samples give the partner's message
// consistency KPI. docs/PARTNERS.md "Copy samples".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "partners/feedback_loop.h"
#include "partners/message_audit.h"

namespace sc::partners {

// The message consistency KPI of one partner and month from the copy samples captured in it:
// sentences that break no rule over all sentences of those samples, in bp, with a detail such
// as "2 of 3 sentences break no rule in 2 copy samples". Nullopt when the samples hold no
// sentence at all (none captured that month, or only empty copy): then the KPI record counts.
std::optional<LogKpi> messageConsistencyFromCopy(const Document& doc,
                                                 const std::vector<const CopySample*>& samples);

// One flagged passage of a stored copy sample.
struct CopySampleFlag {
    std::string sampleId;
    std::string sampleName;
    std::string partnerId;
    std::string capturedOn;
    CopyFlag flag;
};

// Every flagged passage of every copy sample, in document order, then by position in the copy.
std::vector<CopySampleFlag> flagCopySamples(const Document& doc);

}  // namespace sc::partners
