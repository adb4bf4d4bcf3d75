#include "ReviewCommands.h"

#include "UiTr.h"
#include "domain/FieldLabels.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

// What both commands do with the answer to an undo or redo: the claim as saved
// goes to the area; a refused step (the claim moved on) is made obsolete, if the
// stack still holds it, so that it is not replayed; the area is told either way.
void answered(const ReviewContext& context, const std::weak_ptr<char>& alive, QUndoCommand* self,
    const Claim* saved, const QString& error)
{
    if (saved && context.saved)
        context.saved(*saved);
    if (!saved && alive.lock())
        self->setObsolete(true);
    context.done(error);
}

} // namespace

StatusChangeCommand::StatusChangeCommand(
    ReviewContext context, const Claim& before, ClaimStatus status, std::optional<QString> memo)
    : m_context(std::move(context))
    , m_claimId(before.id)
    , m_before { before.status, before.memo }
    , m_after { status, memo.value_or(before.memo) }
    , m_memoChanges(m_after.memo != m_before.memo)
{
    setText(m_after.status == m_before.status && m_memoChanges
            ? UiTr::tr("memo of %1").arg(m_claimId)
            : UiTr::tr("status of %1 to %2").arg(m_claimId, claimStatusLabel(status)));
}

void StatusChangeCommand::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    apply(m_before, m_after);
}

void StatusChangeCommand::undo()
{
    apply(m_after, m_before);
}

void StatusChangeCommand::apply(const State& from, const State& to)
{
    // Undo and redo check the status (and memo) they leave, not a version: other
    // edits of the claim may have followed.
    StatusChange change { m_claimId, to.status,
        m_memoChanges ? std::optional(to.memo) : std::nullopt, std::nullopt, from.status,
        m_memoChanges ? std::optional(from.memo) : std::nullopt };
    m_context.edits->changeStatus(change, m_context.actor, m_context.receiver,
        [context = m_context, alive = std::weak_ptr(m_alive), self = this](
            const StatusChangeAnswer& answer) {
            answered(context, alive, self, answer.saved ? &*answer.saved : nullptr,
                answer.saved ? QString() : answer.saved.error());
        });
}

FieldCorrectionCommand::FieldCorrectionCommand(ReviewContext context, const FieldCorrected& done)
    : m_context(std::move(context))
    , m_fieldId(done.before.id)
    , m_claimId(done.claim.id)
    , m_before(done.before.value)
    , m_after(done.value)
{
    setText(UiTr::tr("correction of %1").arg(fieldLabel(done.before.name)));
}

void FieldCorrectionCommand::redo()
{
    if (m_recorded) {
        m_recorded = false;
        return;
    }
    apply(m_before, m_after);
}

void FieldCorrectionCommand::undo()
{
    apply(m_after, m_before);
}

void FieldCorrectionCommand::apply(const QString& from, const QString& to)
{
    // Refused, with the reason, when the field no longer holds what this step left.
    m_context.edits->correctField({ m_fieldId, to, std::nullopt, from }, m_context.actor,
        m_context.receiver,
        [context = m_context, alive = std::weak_ptr(m_alive), self = this](
            const Result<FieldCorrected>& corrected) {
            answered(context, alive, self, corrected ? &corrected->claim : nullptr,
                corrected ? QString() : corrected.error());
        });
}

} // namespace ClaimDesk
