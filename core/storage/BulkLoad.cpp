#include "BulkLoad.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk::BulkLoad {

Status withIndexesAfter(
    const Database& db, const QStringList& tables, const std::function<Status()>& load)
{
    return db.writeTransaction([&]() -> Status {
        QStringList makeAgain;
        QSqlQuery q = db.query();
        for (const QString& table : tables) {
            if (auto s = Sql::exec(q, db.dialect().secondaryIndexesOf(), { table }); !s)
                return s;
            QStringList names;
            while (q.next()) {
                names << q.value(0).toString();
                makeAgain << q.value(1).toString();
            }
            for (const QString& name : names) {
                if (auto s = Sql::exec(q, QStringLiteral("DROP INDEX ") + name); !s)
                    return s;
            }
        }
        if (auto s = load(); !s)
            return s;
        for (const QString& statement : makeAgain) {
            if (auto s = Sql::exec(q, statement); !s)
                return s;
        }
        return {};
    });
}

} // namespace ClaimDesk::BulkLoad
