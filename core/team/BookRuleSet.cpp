#include "BookRuleSet.h"

#include "logging/LogCategories.h"
#include "storage/RuleSetRepository.h"
#include "team/TeamTr.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace ClaimDesk::BookRuleSet {

namespace {

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
            TeamTr::tr(
                "only a team administrator (the claimdesk_admin role) sets the team's rules: %1")
                .arg(added.error())));
    return Result<RuleSet>::failure(added.errorDetail());
}

// The book a desk works on: the default file, or the one the settings name.
bool isDesksOwnBook(const Database& db)
{
    if (isTeamBook(db))
        return false;
    const QString book = QFileInfo(db.location().sqlitePath).canonicalFilePath();
    const QString configured = DatabaseLocation::chosenPath();
    const QString standard = DatabaseLocation::defaultLocation().sqlitePath;
    return !book.isEmpty()
        && (book == QFileInfo(standard).canonicalFilePath()
            || (!configured.isEmpty() && book == QFileInfo(configured).canonicalFilePath()));
}

Result<std::optional<RuleSet>> readDeskFile(const QString& path)
{
    using R = Result<std::optional<RuleSet>>;
    const auto bytes = BoundedRead::file(path, InputLimits::RulesFileBytes);
    if (!bytes)
        return R::failure(bytes.errorDetail());
    auto rules = RuleSet::fromJson(*bytes);
    if (!rules)
        return R::failure(
            Error::of(ErrorKind::Invalid, deskFilePath() + QStringLiteral(": ") + rules.error()));
    return R(std::optional<RuleSet>(*rules));
}

// The carry-over of the desk's rules file (see the header). The file is claimed
// by renaming it first, so two processes never both adopt it; a file that cannot
// be read goes back where it was and is named, so that nothing set by hand is
// lost. Rules that cannot be stored still govern this run.
Result<std::optional<RuleSet>> adoptDeskFile(const Database& db)
{
    using R = Result<std::optional<RuleSet>>;
    const QString path = deskFilePath();
    const QString claimed = path + QStringLiteral(".moving");
    if (!isDesksOwnBook(db) || !QFile::exists(path) || !QFile::rename(path, claimed))
        return R(std::nullopt);
    const auto rules = readDeskFile(claimed);
    if (!rules || !*rules) {
        QFile::rename(claimed, path);
        return rules;
    }
    if (auto stored = store(db, **rules); !stored) {
        QFile::rename(claimed, path); // tried again next time
        qCWarning(lcSystem).noquote()
            << QStringLiteral("the rules of %1 could not be kept in %2: %3")
                   .arg(path, db.location().displayName(), stored.error());
        return rules;
    }
    const QString moved = path + QStringLiteral(".moved");
    QFile::remove(moved);
    QFile::rename(claimed, moved);
    qCInfo(lcSystem).noquote() << QStringLiteral("the rules of %1 (version %2) now belong to %3")
                                      .arg(path, (*rules)->version, db.location().displayName());
    return rules;
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
            TeamTr::tr("the rule set %1 kept in %2 cannot be read: %3")
                .arg((*stored)->version, db.location().displayName(), rules.error())));
    return rules;
}

Result<std::optional<RuleSet>> storedOrDeskFile(const Database& db)
{
    using R = Result<std::optional<RuleSet>>;
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return R::failure(stored.errorDetail());
    if (*stored) {
        auto rules = RuleSet::fromJson((*stored)->json);
        if (!rules)
            return R::failure(rules.errorDetail());
        return R(std::optional<RuleSet>(*rules));
    }
    if (!isDesksOwnBook(db) || !QFile::exists(deskFilePath()))
        return R(std::nullopt);
    return readDeskFile(deskFilePath());
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
    const QString book = isTeamBook(db) ? TeamTr::tr("the team book") : TeamTr::tr("this book");
    if (!*stored)
        return TeamTr::tr("%1 (the spec's defaults; none saved yet)").arg(book);
    return TeamTr::tr("%1: version %2, saved by %3 on %4")
        .arg(book, (*stored)->version, (*stored)->savedBy,
            QLocale().toString((*stored)->savedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace ClaimDesk::BookRuleSet
