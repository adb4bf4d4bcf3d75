#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <optional>

namespace ClaimDesk {

// A rule set as a book keeps it: its JSON as saved, and who saved it when (on a
// team book the server writes the login and its own time).
struct StoredRuleSet
{
    QString version;
    QByteArray json;
    QString savedBy;
    QDateTime savedAt;
};

// The rule sets a team book keeps (table rule_sets): every version, the latest
// in force. Rows are only added. Any thread, on that thread's connection.
class RuleSetRepository final
{
public:
    explicit RuleSetRepository(Database db);

    // Nothing when no rule set was ever saved in the book.
    Result<std::optional<StoredRuleSet>> latest() const;
    Status add(const QString& version, const QByteArray& json, const QString& actor);

private:
    Database m_db;
};

} // namespace ClaimDesk
