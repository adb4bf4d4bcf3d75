#pragma once

#include "claims/ReviewEdits.h"

#include <QUndoCommand>
#include <functional>
#include <memory>

namespace ClaimDesk {

// What the Review area's undoable edits need: the edits service (with the rules
// as they are now), the object its answers come back to, who acts, and where to
// report. Edits are asked of a worker; their answers arrive later, in order.
struct ReviewContext
{
    ReviewEdits* edits = nullptr;
    QObject* receiver = nullptr;
    QString actor;
    // After each do or undo: the claim that changed, or the error that stopped it.
    std::function<void(const QString& error)> done;
    // Before `done`, when a change was saved: the claim as it now is.
    std::function<void(const Claim& now)> saved;
};

// A change of a claim's status, and with Save of its memo, from the number keys
// or Save: pushed once made, like a correction (the first redo does nothing).
// Undo puts the old status and memo back, audited like any change, unless
// someone changed the claim since; a step refused so is made obsolete when its
// answer arrives, and the stack drops it the next time it is reached.
class StatusChangeCommand final : public QUndoCommand
{
public:
    StatusChangeCommand(ReviewContext context, const Claim& before, ClaimStatus status,
        std::optional<QString> memo = std::nullopt);
    void undo() override;
    void redo() override;

private:
    struct State
    {
        ClaimStatus status;
        QString memo;
    };
    // Sets `to` when the claim is still at `from` (else someone changed it since,
    // and their change is not overwritten).
    void apply(const State& from, const State& to);

    ReviewContext m_context;
    QString m_claimId;
    State m_before;
    State m_after;
    bool m_memoChanges;
    bool m_made = true; // the first redo is the change already made
    std::shared_ptr<char> m_alive = std::make_shared<char>(); // answers check it
};

// A correction of an extracted field, already recorded when pushed. Undo records
// the old value as a new correction (the audit trail keeps both), and the claim
// is decided again each way.
class FieldCorrectionCommand final : public QUndoCommand
{
public:
    FieldCorrectionCommand(ReviewContext context, const FieldCorrected& done);
    void undo() override;
    void redo() override;

private:
    // Records the value when the field still holds `from`.
    void apply(const QString& from, const QString& to);

    ReviewContext m_context;
    qint64 m_fieldId;
    QString m_claimId;
    QString m_before;
    QString m_after;
    bool m_recorded = true; // the first redo is the correction already made
    std::shared_ptr<char> m_alive = std::make_shared<char>(); // answers check it
};

} // namespace ClaimDesk
