#include "domain/AuditAction.h"

#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <array>

namespace ClaimDesk {

namespace {

struct ActionText
{
    const char* code;
    const char* label;
};

// In the order of AuditAction; Unknown has no code of its own.
constexpr std::array<ActionText, 20> Actions = { {
    { "created", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Created") },
    { "status", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Status changed") },
    { "memo", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Memo") },
    { "edit", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Detail edited") },
    { "escalated", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Escalation") },
    { "submitted", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Submitted") },
    { "document", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Document attached") },
    { "document_read", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Document read") },
    { "document_useful", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Document marked") },
    { "correction", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Field corrected") },
    { "appointment", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Inspection booked") },
    { "licence_owner", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Licence owner") },
    { "intake", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Conversation ended") },
    { "policy_check", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Policy checked") },
    { "agent_decision_accepted",
        QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Model's decision accepted") },
    { "document_refused", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Document refused") },
    { "assignment", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Assigned") },
    { "portal_step", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Portal step") },
    { "portal", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Filed on portal") },
    { "portal_status", QT_TRANSLATE_NOOP("ClaimDesk::AuditText", "Portal status") },
} };

static_assert(Actions.size() == static_cast<std::size_t>(AuditAction::Unknown));

constexpr QLatin1String EditPrefix("edit:");

} // namespace

QString auditActionCode(AuditAction action)
{
    if (action == AuditAction::Unknown)
        return {};
    return QLatin1String(Actions[static_cast<std::size_t>(action)].code);
}

AuditAction auditActionFromCode(const QString& code)
{
    if (code.startsWith(EditPrefix))
        return AuditAction::Edit;
    for (std::size_t i = 0; i < Actions.size(); ++i) {
        if (code == QLatin1String(Actions[i].code))
            return static_cast<AuditAction>(i);
    }
    return AuditAction::Unknown;
}

QString auditActionLabel(AuditAction action)
{
    if (action == AuditAction::Unknown)
        return QCoreApplication::translate("ClaimDesk::AuditText", "Other");
    return QCoreApplication::translate(
        "ClaimDesk::AuditText", Actions[static_cast<std::size_t>(action)].label);
}

QString AuditEntry::code() const
{
    if (action == AuditAction::Edit)
        return EditPrefix + field;
    if (action == AuditAction::Unknown)
        return field;
    return auditActionCode(action);
}

void AuditEntry::setCode(const QString& code)
{
    action = auditActionFromCode(code);
    field = action == AuditAction::Edit  ? code.mid(EditPrefix.size())
        : action == AuditAction::Unknown ? code
                                         : QString();
}

} // namespace ClaimDesk
