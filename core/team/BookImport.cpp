#include "BookImport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ClaimDesk::BookImport {

Result<QList<TableCopied>> fromFile(
    const Database& target, const QString& sqlitePath, const BookCopy::Progress& progress)
{
    using R = Result<QList<TableCopied>>;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ClaimDesk::BookImport", text);
    };
    if (!QFileInfo(sqlitePath).isFile())
        return R::failure(
            Error::of(ErrorKind::NotFound, tr("there is no book file %1").arg(sqlitePath)));
    if (target.dialect().kind() != SqlDialect::Kind::Postgres)
        return R::failure(Error::of(ErrorKind::Invalid,
            tr("a desk's book moves into a team book on a PostgreSQL server (--db-url)")));
    auto source = Database::open(DatabaseLocation::sqlite(sqlitePath));
    if (!source)
        return R::failure(source.errorDetail());
    return BookCopy(*source, target).run(progress);
}

} // namespace ClaimDesk::BookImport
