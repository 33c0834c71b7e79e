// The app's one edit path (STYLE.md §4): a view never changes the document or calls the App
// per kind of request; it pushes a Command — a readable label and a pure edit function — into
// the CommandQueue it was handed, and the frame loop applies the queue once after drawing,
// through History. So nothing changes while a frame is iterating the document, every edit is
// one Undo step named by its label, and a refusal carries the core's own message.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "logic/history.h"
#include "model/document.h"
#include "workflow/decisions.h"

namespace sc::web {

// Pure: the head document in, the edited document (ok) or the core's refusal (error) out.
using EditFunction = std::function<sc::WorkflowEdit(const sc::Document&)>;

struct Command {
    std::string label;  // "Dismiss mismatch 'X'": Edit > Undo / Redo name it
    EditFunction edit;
};

// What the views pushed this frame, in order.
class CommandQueue {
  public:
    void push(Command command) { m_commands.push_back(std::move(command)); }
    void push(std::string label, EditFunction edit) { push(Command{std::move(label), std::move(edit)}); }

    bool empty() const { return m_commands.empty(); }
    std::size_t size() const { return m_commands.size(); }
    const std::vector<Command>& pending() const { return m_commands; }

    // Hands the commands over in push order and leaves the queue empty.
    std::vector<Command> take();

  private:
    std::vector<Command> m_commands;
};

struct ApplyResult {
    int applied = 0;           // commands committed to History (one Undo step each)
    bool refused = false;      // a command's edit was refused ...
    std::string refusedLabel;  // ... this one ...
    std::string error;         // ... with the core's message
    int dropped = 0;           // commands queued after the refused one, not applied

    bool changed() const { return applied > 0; }
};

// Applies the queued commands in order to the head of `history` and empties `queue`. Each
// edit that succeeds is committed under its command's label; the first refusal commits
// nothing and drops the rest, which were pushed from a screen that assumed it would succeed.
ApplyResult applyCommands(History& history, CommandQueue& queue);

}  // namespace sc::web
