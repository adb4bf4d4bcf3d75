#include "domain/AuditText.h"

#include "domain/ClaimTypes.h"
#include "domain/DocumentCategory.h"
#include "domain/DomainTr.h"
#include "domain/FieldLabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

QString translated(const char* text, int n = -1)
{
    return DomainTr::tr(text, nullptr, n);
}

QString status(const QString& code)
{
    const auto s = claimStatusFromCode(code);
    return s ? claimStatusLabel(*s) : code;
}

// Who holds a claim: a login, or the queue when nobody does.
QString holder(const QString& login)
{
    return login.isEmpty() ? translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "the queue"))
                           : login;
}

QString yesNo(const QString& value)
{
    if (value == u"yes" || value == u"true")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Yes"));
    if (value == u"no" || value == u"false")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "No"));
    return value; // an escalation's reason
}

QString moment(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString day(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

// Line items as stored by an edit: [{"description": ..., "amount": "12.00"}].
QString lineItems(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return json;
    QStringList items;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        items << QStringLiteral("%1 %2").arg(
            o.value(u"description").toString(), o.value(u"amount").toString());
    }
    return items.isEmpty() ? translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "none"))
                           : items.join(QStringLiteral("; "));
}

QString editValue(const QString& field, const QString& value)
{
    if (field == u"in_network" || field == u"is_emergency")
        return yesNo(value);
    if (field == u"service_date")
        return day(value);
    if (field == u"line_items")
        return lineItems(value);
    return value;
}

QString category(const QString& code)
{
    return code.isEmpty() ? QString() : DocumentCategory::label(code);
}

// "12: receipt (7 fields)"
QString documentRead(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+): (\\w+) \\((\\d+) fields\\)$"));
    const auto m = pattern.match(value);
    if (!m.hasMatch())
        return value;
    return translated(
        QT_TRANSLATE_N_NOOP("ClaimDesk::Domain", "Document %1 read as %2, %n field(s)"),
        m.captured(3).toInt())
        .arg(m.captured(1), category(m.captured(2)));
}

// "scan.jpg #12, total: 120.00"
QString correction(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*) #(\\d+), ([\\w.]+): (.*)$"));
    const auto m = pattern.match(value);
    if (!m.hasMatch())
        return value;
    return QStringLiteral("%1 #%2, %3: %4")
        .arg(m.captured(1), m.captured(2), fieldLabel(m.captured(3)), m.captured(4));
}

QString useful(const QString& value)
{
    if (value == u"useful")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Useful"));
    if (value == u"not useful")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Not useful"));
    return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Not marked"));
}

QString licenceOwner(const QString& value)
{
    if (value == u"customer")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "The claimant's"));
    if (value == u"other_party")
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "The other party's"));
    return value;
}

QString documentNumber(const QString& id)
{
    return id.isEmpty() ? id
                        : translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Document %1")).arg(id);
}

// "3 items, 1 excluded"
QString policyCheck(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) items, (\\d+) excluded$"));
    const auto m = pattern.match(value);
    if (!m.hasMatch())
        return value;
    return translated(QT_TRANSLATE_N_NOOP("ClaimDesk::Domain", "%n item(s) checked, %1 excluded"),
        m.captured(1).toInt())
        .arg(m.captured(2));
}

QString intake(const QString& value)
{
    if (value.startsWith(u"cancelled"))
        return translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Cancelled by the customer"));
    return value;
}

QString decision(const QString& code)
{
    const auto d = finalDecisionFromCode(code);
    return d ? finalDecisionLabel(*d) : code;
}

} // namespace

AuditText AuditText::of(const AuditEntry& e)
{
    AuditText t { auditActionLabel(e.action), e.oldValue, e.newValue };
    auto both = [&](QString (*format)(const QString&)) {
        t.before = format(e.oldValue);
        t.after = format(e.newValue);
    };
    switch (e.action) {
    case AuditAction::Created:
    case AuditAction::Status:
        both(status);
        break;
    case AuditAction::Edit:
        t.what = translated(QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Edited: %1"))
                     .arg(fieldLabel(e.field));
        t.before = editValue(e.field, e.oldValue);
        t.after = editValue(e.field, e.newValue);
        break;
    case AuditAction::Escalated:
        both(yesNo);
        break;
    case AuditAction::Submitted:
    case AuditAction::Appointment:
        both(moment);
        break;
    case AuditAction::DocumentRead:
        t.before = category(e.oldValue);
        t.after = documentRead(e.newValue);
        break;
    case AuditAction::DocumentUseful:
        both(useful);
        break;
    case AuditAction::DocumentRefused:
        t.before = category(e.oldValue);
        break;
    case AuditAction::Correction:
        both(correction);
        break;
    case AuditAction::LicenceOwner:
        t.before = documentNumber(e.oldValue);
        t.after = licenceOwner(e.newValue);
        break;
    case AuditAction::Intake:
        t.after = intake(e.newValue);
        break;
    case AuditAction::PolicyCheck:
        t.after = policyCheck(e.newValue);
        break;
    case AuditAction::AgentDecisionAccepted:
        t.after = decision(e.newValue);
        break;
    case AuditAction::Unknown:
        t.what = e.field; // the code as stored: nothing better to show
        break;
    case AuditAction::Assignment:
        both(holder);
        break;
    case AuditAction::Memo:
    case AuditAction::Document:
    case AuditAction::PortalStep: // in the recipe's own words
    case AuditAction::PortalFiling:
    case AuditAction::PortalStatus: // in the portal's own words
        break;
    }
    return t;
}

} // namespace ClaimDesk
