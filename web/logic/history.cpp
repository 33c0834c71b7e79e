// Snapshot undo/redo stacks (see history.h).
#include "logic/history.h"

#include <utility>

namespace sc::web {

namespace {
const std::string kNoLabel;
}

History::History() : m_head(std::make_shared<const sc::Document>()), m_saved(m_head) {}

void History::reset(sc::Document doc) {
    m_head = std::make_shared<const sc::Document>(std::move(doc));
    m_saved = m_head;
    m_undo.clear();
    m_redo.clear();
}

void History::commit(sc::Document doc, std::string label) {
    m_undo.push_back({m_head, std::move(label)});
    while (m_undo.size() > kMaxUndoSteps) m_undo.pop_front();
    m_head = std::make_shared<const sc::Document>(std::move(doc));
    m_redo.clear();
}

const std::string& History::undoLabel() const { return m_undo.empty() ? kNoLabel : m_undo.back().label; }

const std::string& History::redoLabel() const { return m_redo.empty() ? kNoLabel : m_redo.back().label; }

bool History::undo() {
    if (m_undo.empty()) return false;
    Entry entry = std::move(m_undo.back());
    m_undo.pop_back();
    m_redo.push_back({m_head, entry.label});
    m_head = std::move(entry.doc);
    return true;
}

bool History::redo() {
    if (m_redo.empty()) return false;
    Entry entry = std::move(m_redo.back());
    m_redo.pop_back();
    m_undo.push_back({m_head, entry.label});
    m_head = std::move(entry.doc);
    return true;
}

}  // namespace sc::web
