#include "ReviewCommands.h"

#include "domain/FieldLabels.h"

#include <QCoreApplication>

namespace ClaimDesk {

StatusChangeCommand::StatusChangeCommand(ReviewContext context, const Claim& before,
    ClaimStatus status, std::optional<QString> memo, Made made)
    : m_context(std::move(context))
    , m_claimId(before.id)
    , m_before { before.status, before.memo }
    , m_after { status, memo.value_or(before.memo) }
    , m_memoChanges(m_after.memo != m_before.memo)
    , m_made(made == Made::Already)
    , m_readVersion(made == Made::Already ? 0 : before.version)
{
    setText(m_after.status == m_before.status && m_memoChanges
            ? QCoreApplication::translate("ClaimDesk::ReviewCommands", "memo of %1").arg(m_claimId)
            : QCoreApplication::translate("ClaimDesk::ReviewCommands", "status of %1 to %2")
                  .arg(m_claimId, claimStatusLabel(status)));
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
    ClaimBook book = m_context.book();
    auto claim = book.claims().find(m_claimId);
    QString error = claim ? QString() : claim.error();
    if (claim && claim->status != from.status) {
        error = QCoreApplication::translate("ClaimDesk::ReviewCommands",
            "%1 is now %2 (changed by someone else); it was not set to %3")
                    .arg(m_claimId, claimStatusLabel(claim->status), claimStatusLabel(to.status));
    } else if (claim && m_memoChanges && claim->memo != from.memo) {
        error = QCoreApplication::translate("ClaimDesk::ReviewCommands",
            "The memo of %1 was changed by someone else; it was not set back")
                    .arg(m_claimId);
    }
    if (error.isEmpty()) {
        // The first change must find the version the reviewer saw; undo and redo
        // check the status they leave instead (other edits of the claim may follow).
        const std::optional<int> expected
            = m_readVersion ? std::optional(m_readVersion) : std::nullopt;
        m_readVersion = 0;
        auto saved = book.claims().setStatus(m_claimId, to.status,
            m_memoChanges ? std::optional(to.memo) : std::nullopt, m_context.actor, expected);
        if (!saved)
            error = saved.error();
        else if (m_context.saved)
            m_context.saved(*saved);
    }
    if (!error.isEmpty())
        setObsolete(true); // the claim moved on: this step can no longer be replayed
    m_context.done(m_claimId, error);
}

FieldCorrectionCommand::FieldCorrectionCommand(ReviewContext context, const FieldCorrected& done)
    : m_context(std::move(context))
    , m_fieldId(done.before.id)
    , m_claimId(done.claim.id)
    , m_before(done.before.value)
    , m_after(done.value)
{
    setText(QCoreApplication::translate("ClaimDesk::ReviewCommands", "correction of %1")
                .arg(fieldLabel(done.before.name)));
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
    auto corrected
        = m_context.book().correctField(m_fieldId, to, m_context.actor, std::nullopt, from);
    if (!corrected)
        setObsolete(true);
    else if (m_context.saved)
        m_context.saved(corrected->claim);
    m_context.done(m_claimId, corrected ? QString() : corrected.error());
}

} // namespace ClaimDesk
