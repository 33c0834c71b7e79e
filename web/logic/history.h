// Snapshot undo for the document: every edit commits a whole new immutable Document, so undo
// is swapping pointers and can never drift out of sync with the edit (STYLE.md §3). Snapshots
// share what the edits between them did not change (the big tables: model/shared_table.h), and
// at most kMaxUndoSteps are kept.
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::web {

class History {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    // Undo steps kept; committing one more forgets the oldest. A step keeps what its edit
    // copied: the small lists (promises, partners, ...), and a big table only when the edit
    // wrote to it (a deal edit in a million-deal file copies that table, ~1 GB loaded). With no
    // cap a long session only grows until the wasm heap ends the tab; 200 is far more than
    // anyone undoes by hand. The cap bounds the count, not bytes: a few big-table edits in a
    // huge file still cost a table each (a byte budget would be the next step).
    static constexpr std::size_t kMaxUndoSteps = 200;

    History();

    // The document every view reads.
    const sc::Document& head() const { return *m_head; }
    const Snapshot& headSnapshot() const { return m_head; }

    // A different file: the new document becomes head, both stacks are emptied and the new
    // head is the saved point (a freshly opened file has no unsaved changes).
    void reset(sc::Document doc);

    // An edit: `doc` becomes head; `label` ("renamed segment") names it in Edit > Undo. With
    // kMaxUndoSteps already kept, the oldest is forgotten (the saved point stays where it is,
    // so a document whose saved snapshot was forgotten stays dirty).
    void commit(sc::Document doc, std::string label);

    bool canUndo() const { return !m_undo.empty(); }
    std::size_t undoDepth() const { return m_undo.size(); }
    std::size_t redoDepth() const { return m_redo.size(); }
    bool canRedo() const { return !m_redo.empty(); }
    // Label of the edit undo()/redo() would revert/reapply; empty when there is none.
    const std::string& undoLabel() const;
    const std::string& redoLabel() const;

    // Return false (and change nothing) when there is nothing to undo/redo.
    bool undo();
    bool redo();

    // Saved point: the snapshot that matches the file on disk. Undoing back to it makes the
    // document clean again; any other head is dirty.
    void markSaved() { m_saved = m_head; }
    // The snapshot a file was written from (a save that finished after more edits: still dirty).
    void markSaved(const Snapshot& written) { m_saved = written; }
    // The document as the file on disk holds it (null when none: unsaved new or restored work).
    const Snapshot& savedSnapshot() const { return m_saved; }
    // No snapshot matches a file (e.g. work restored from autosave that was never saved).
    void markUnsaved() { m_saved.reset(); }
    bool isDirty() const { return m_head != m_saved; }

  private:
    struct Entry {
        Snapshot doc;       // the document before (undo) or after (redo) the edit
        std::string label;  // the edit between it and the head
    };

    Snapshot m_head;
    Snapshot m_saved;          // kept alive so its address can never be reused by a later snapshot
    std::deque<Entry> m_undo;  // oldest first: the cap drops from the front
    std::vector<Entry> m_redo;
};

}  // namespace sc::web
