#include "engine/fix_options.h"

namespace sc::engine {

std::vector<FixOption> fixOptions(const Mismatch& m, const Diagnosis& d) {
    const FixOption change{
        "change_message",
        "change the message first: the channel reaches the right people, who do not convert"};
    const FixOption adjust{"adjust_channel",
                           "adjust the channel: it does not reach the people the promise is made to"};
    const FixOption stop{"stop_channel",
                         m.severity == "critical"
                             ? "stop using the channel: it fundamentally contradicts the promise (critical)"
                             : "stop using the channel if it fundamentally contradicts the brand"};
    const FixOption both{
        "both", d.kind == "both" ? "change both: the message does not convert and the channel reaches the "
                                   "wrong audience"
                                 : "change both sides: fixing only one side is the most common pitfall"};
    const FixOption accept{"accept_tradeoff",
                           "accept as an intentional trade-off (rationale required), measured separately"};
    auto alt = [](FixOption o, const char* why) {
        o.reason = why;
        return o;
    };
    if (d.kind == "message")
        return {change, alt(both, "change both sides if the channel has its own issues"),
                alt(adjust, "adjust the channel: less likely, the audience is right"), stop, accept};
    if (d.kind == "distribution") {
        const FixOption rest =
            alt(change, "adapt the message to the channel's audience (be honest about what it offers)");
        if (m.severity == "critical") return {stop, adjust, alt(both, "change both sides"), rest, accept};
        return {adjust, stop, alt(both, "change both sides"), rest, accept};
    }
    if (d.kind == "both")
        return {both, alt(change, "change the message only: the channel's audience stays wrong"),
                alt(adjust, "adjust the channel only: the message still does not convert"), stop, accept};
    return {both, alt(change, "change the message (the numbers do not tell which side yet)"),
            alt(adjust, "adjust the channel (the numbers do not tell which side yet)"), stop, accept};
}

}  // namespace sc::engine
