#include "domain/AuditAction.h"

#include "domain/AuditEntry.h"
#include "domain/DomainTr.h"

#include <QCoreApplication>
#include <array>

namespace ClaimDesk {

namespace {

// A label is told apart from the same word elsewhere (Submitted, the status).
struct Label
{
    const char* source;
    const char* comment;
};

struct ActionText
{
    const char* code;
    Label label;
};

// In the order of AuditAction; Unknown has no code of its own.
constexpr std::array<ActionText, 20> Actions = { {
    { "created", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Created", "audit action") },
    { "status", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Status changed", "audit action") },
    { "memo", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Memo", "audit action") },
    { "edit", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Detail edited", "audit action") },
    { "escalated", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Escalation", "audit action") },
    { "submitted", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Submitted", "audit action") },
    { "document", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Document attached", "audit action") },
    { "document_read", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Document read", "audit action") },
    { "document_useful",
        QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Document marked", "audit action") },
    { "correction", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Field corrected", "audit action") },
    { "appointment", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Inspection booked", "audit action") },
    { "licence_owner", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Licence owner", "audit action") },
    { "intake", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Conversation ended", "audit action") },
    { "policy_check", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Policy checked", "audit action") },
    { "agent_decision_accepted",
        QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Model's decision accepted", "audit action") },
    { "document_refused",
        QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Document refused", "audit action") },
    { "assignment", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Assigned", "audit action") },
    { "portal_step", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Portal step", "audit action") },
    { "portal", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Filed on portal", "audit action") },
    { "portal_status", QT_TRANSLATE_NOOP3("ClaimDesk::Domain", "Portal status", "audit action") },
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
        return DomainTr::tr("Other", "audit action");
    const Label& label = Actions[static_cast<std::size_t>(action)].label;
    return DomainTr::tr(label.source, label.comment);
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
