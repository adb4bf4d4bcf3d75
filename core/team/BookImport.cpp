#include "BookImport.h"

#include "BookRuleSet.h"
#include "logging/LogCategories.h"
#include "storage/RuleSetRepository.h"
#include "team/TeamTr.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ClaimDesk::BookImport {

namespace {

// The desk book's rules go with it, as the team's first version, unless the team
// book has rules of its own: the moved claims were decided by them. The book is
// moved either way; a desk's rules that cannot be carried are logged.
void carryTheDesksRules(const Database& source, const Database& target)
{
    const auto stored = RuleSetRepository(target).latest();
    if (!stored || *stored)
        return;
    const auto desks = BookRuleSet::storedOrDeskFile(source);
    if (desks && !*desks)
        return; // the desk followed the spec's defaults: so does the team
    const auto saved = desks ? BookRuleSet::save(target, (*desks)->toJson())
                             : Result<RuleSet>::failure(desks.errorDetail());
    if (!saved)
        qCWarning(lcSystem).noquote()
            << QStringLiteral("the desk's rules did not go with its book: %1").arg(saved.error());
}

} // namespace

Result<QList<TableCopied>> fromFile(
    const Database& target, const QString& sqlitePath, const BookCopy::Progress& progress)
{
    using R = Result<QList<TableCopied>>;
    if (!QFileInfo(sqlitePath).isFile())
        return R::failure(
            Error::of(ErrorKind::NotFound, TeamTr::tr("there is no book file %1").arg(sqlitePath)));
    if (target.dialect().kind() != SqlDialect::Kind::Postgres)
        return R::failure(Error::of(ErrorKind::Invalid,
            TeamTr::tr("a desk's book moves into a team book on a PostgreSQL server (--db-url)")));
    auto source = Database::open(DatabaseLocation::sqlite(sqlitePath));
    if (!source)
        return R::failure(source.errorDetail());
    auto copied = BookCopy(*source, target).run(progress);
    if (copied)
        carryTheDesksRules(*source, target);
    return copied;
}

} // namespace ClaimDesk::BookImport
