#include "BookRuleSet.h"

#include "logging/LogCategories.h"
#include "storage/RuleSetRepository.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

namespace ClaimDesk::BookRuleSet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClaimDesk::BookRuleSet", text);
}

bool isTeamBook(const Database& db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres;
}

Result<RuleSet> store(const Database& db, const RuleSet& rules)
{
    const Status added = RuleSetRepository(db).add(rules.version, rules.toJson(), db.login());
    if (added)
        return rules;
    if (added.errorKind() == ErrorKind::Forbidden)
        return Result<RuleSet>::failure(Error::of(ErrorKind::Forbidden,
            tr("only a team administrator (the claimdesk_admin role) sets the team's rules: %1")
                .arg(added.error())));
    return Result<RuleSet>::failure(added.errorDetail());
}

// The carry-over of the desk's rules file (see the header). A file that cannot
// be read is left where it is and named, so that nothing set by hand is lost.
Result<std::optional<RuleSet>> adoptDeskFile(const Database& db)
{
    using R = Result<std::optional<RuleSet>>;
    const QString path = deskFilePath();
    if (isTeamBook(db) || !QFile::exists(path))
        return R(std::nullopt);
    const auto bytes = BoundedRead::file(path, InputLimits::RulesFileBytes);
    if (!bytes)
        return R::failure(bytes.errorDetail());
    auto rules = RuleSet::fromJson(*bytes);
    if (!rules)
        return R::failure(Error::of(
            ErrorKind::Invalid, path + QStringLiteral(": ") + rules.error()));
    if (auto stored = store(db, *rules); !stored)
        return R::failure(stored.errorDetail());
    const QString moved = path + QStringLiteral(".moved");
    QFile::remove(moved);
    if (!QFile::rename(path, moved))
        qCWarning(lcSystem).noquote()
            << QStringLiteral("%1 now governs %2 but could not be renamed: other desk books "
                              "without rules of their own will take it too")
                   .arg(path, db.location().displayName());
    else
        qCInfo(lcSystem).noquote() << QStringLiteral("the rules of %1 (version %2) now belong to %3")
                                          .arg(path, rules->version,
                                              db.location().displayName());
    return R(std::optional<RuleSet>(*rules));
}

} // namespace

QString deskFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/rules.json");
}

Result<RuleSet> active(const Database& db)
{
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return Result<RuleSet>::failure(stored.errorDetail());
    if (!*stored) {
        auto adopted = adoptDeskFile(db);
        if (!adopted)
            return Result<RuleSet>::failure(adopted.errorDetail());
        return adopted->value_or(RuleSet::defaults());
    }
    auto rules = RuleSet::fromJson((*stored)->json);
    if (!rules)
        return Result<RuleSet>::failure(Error::of(ErrorKind::Damaged,
            tr("the rule set %1 kept in %2 cannot be read: %3")
                .arg((*stored)->version, db.location().displayName(), rules.error())));
    return rules;
}

Result<RuleSet> save(const Database& db, const QByteArray& json)
{
    auto rules = RuleSet::fromJson(json);
    if (!rules)
        return Result<RuleSet>::failure(Error::of(ErrorKind::Invalid, rules.error()));
    return store(db, *rules);
}

Result<RuleSet> reset(const Database& db)
{
    return store(db, RuleSet::defaults());
}

Result<QString> describeSource(const Database& db)
{
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return Result<QString>::failure(stored.errorDetail());
    const QString book = isTeamBook(db) ? tr("the team book") : tr("this book");
    if (!*stored)
        return tr("%1 (the spec's defaults; none saved yet)").arg(book);
    return tr("%1: version %2, saved by %3 on %4")
        .arg(book, (*stored)->version, (*stored)->savedBy,
            QLocale().toString((*stored)->savedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace ClaimDesk::BookRuleSet
