#include "RuleSetRepository.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk {

RuleSetRepository::RuleSetRepository(Database db)
    : m_db(std::move(db))
{ }

Result<std::optional<StoredRuleSet>> RuleSetRepository::latest() const
{
    using R = Result<std::optional<StoredRuleSet>>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT version, rules_json, actor, at FROM rule_sets"
                           " ORDER BY id DESC LIMIT 1"));
        !s)
        return R::failure(s.errorDetail());
    if (!q.next())
        return std::optional<StoredRuleSet>();
    return std::optional<StoredRuleSet>(StoredRuleSet { q.value(0).toString(),
        q.value(1).toString().toUtf8(), q.value(2).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC) });
}

Status RuleSetRepository::add(const QString& version, const QByteArray& json, const QString& actor)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        return Sql::exec(q,
            QStringLiteral(
                "INSERT INTO rule_sets (version, rules_json, actor, at) VALUES (?, ?, ?, ?)"),
            { version, QString::fromUtf8(json), actor,
                QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() });
    });
}

} // namespace ClaimDesk
