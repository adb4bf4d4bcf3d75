#include "QueueView.h"

#include "triage/TriageTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ClaimDesk {

namespace {

constexpr std::pair<QueueSort, const char*> SortCodes[] = {
    { QueueSort::Queue, "queue" },
    { QueueSort::Id, "id" },
    { QueueSort::Type, "type" },
    { QueueSort::Status, "status" },
    { QueueSort::Amount, "amount" },
    { QueueSort::Risk, "risk" },
    { QueueSort::Decision, "decision" },
    { QueueSort::Age, "age" },
    { QueueSort::Assignee, "assignee" },
    { QueueSort::Escalated, "escalated" },
};

QString dateTimeText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QString queueSortCode(QueueSort sort)
{
    for (const auto& [s, code] : SortCodes) {
        if (s == sort)
            return QLatin1String(code);
    }
    return QStringLiteral("queue");
}

std::optional<QueueSort> queueSortFromCode(const QString& code)
{
    for (const auto& [s, c] : SortCodes) {
        if (code == QLatin1String(c))
            return s;
    }
    return std::nullopt;
}

QJsonObject QueueView::toJson() const
{
    QJsonObject o;
    o[u"name"] = name;
    if (query.status)
        o[u"status"] = claimStatusCode(*query.status);
    if (query.openOnly)
        o[u"openOnly"] = true;
    if (query.type)
        o[u"type"] = claimTypeCode(*query.type);
    if (query.risk)
        o[u"risk"]
            = query.risk == RiskLevel::None ? QStringLiteral("NONE") : riskLevelCode(*query.risk);
    if (query.decision)
        o[u"decision"] = finalDecisionCode(*query.decision);
    if (query.createdFrom.isValid())
        o[u"createdFrom"] = dateTimeText(query.createdFrom);
    if (query.createdTo.isValid())
        o[u"createdTo"] = dateTimeText(query.createdTo);
    if (!query.assignee.isEmpty())
        o[u"assignee"] = query.assignee;
    if (!query.search.isEmpty())
        o[u"search"] = query.search;
    o[u"sort"] = queueSortCode(query.sort);
    if (query.descending)
        o[u"descending"] = true;
    return o;
}

QueueView QueueView::fromJson(const QJsonObject& o)
{
    QueueView v;
    v.name = o.value(u"name").toString();
    ClaimQuery& q = v.query;
    q.status = claimStatusFromCode(o.value(u"status").toString());
    q.openOnly = o.value(u"openOnly").toBool();
    q.type = claimTypeFromCode(o.value(u"type").toString());
    const QString risk = o.value(u"risk").toString();
    if (risk == u"NONE")
        q.risk = RiskLevel::None;
    else if (!risk.isEmpty())
        q.risk = riskLevelFromCode(risk);
    q.decision = finalDecisionFromCode(o.value(u"decision").toString());
    q.createdFrom = dateTimeFrom(o.value(u"createdFrom"));
    q.createdTo = dateTimeFrom(o.value(u"createdTo"));
    q.assignee = o.value(u"assignee").toString();
    q.search = o.value(u"search").toString();
    q.sort = queueSortFromCode(o.value(u"sort").toString()).value_or(QueueSort::Queue);
    q.descending = o.value(u"descending").toBool();
    return v;
}

QByteArray QueueView::toJsonList(const QList<QueueView>& views)
{
    QJsonArray a;
    for (const QueueView& v : views)
        a.append(v.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<QueueView> QueueView::fromJsonList(const QByteArray& json, QString* error)
{
    QList<QueueView> out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? TriageTr::tr("The saved views are not valid JSON (%1 at offset %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : TriageTr::tr("The saved views are not a list");
        }
        return out;
    }
    for (const QJsonValue& v : doc.array()) {
        QueueView view = fromJson(v.toObject());
        if (!view.name.trimmed().isEmpty())
            out << view;
    }
    return out;
}

} // namespace ClaimDesk
