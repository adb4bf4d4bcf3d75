#include "BookRuleSet.h"

#include "decision/RuleSetStore.h"
#include "storage/RuleSetRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace ClaimDesk::BookRuleSet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClaimDesk::BookRuleSet", text);
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

} // namespace

bool keptInBook(const Database& db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres;
}

Result<RuleSet> active(const Database& db)
{
    if (!keptInBook(db))
        return RuleSetStore::active();
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return Result<RuleSet>::failure(stored.errorDetail());
    if (!*stored)
        return RuleSet::defaults();
    auto rules = RuleSet::fromJson((*stored)->json);
    if (!rules)
        return Result<RuleSet>::failure(Error::of(ErrorKind::Damaged,
            tr("the team book's rule set %1 cannot be read: %2")
                .arg((*stored)->version, rules.error())));
    return rules;
}

Result<RuleSet> save(const Database& db, const QByteArray& json)
{
    if (!keptInBook(db))
        return RuleSetStore::save(json);
    auto rules = RuleSet::fromJson(json);
    if (!rules)
        return Result<RuleSet>::failure(Error::of(ErrorKind::Invalid, rules.error()));
    return store(db, *rules);
}

Result<RuleSet> reset(const Database& db)
{
    if (!keptInBook(db)) {
        if (auto s = RuleSetStore::resetToDefaults(); !s)
            return Result<RuleSet>::failure(s.errorDetail());
        return RuleSet::defaults();
    }
    return store(db, RuleSet::defaults());
}

Result<QString> describeSource(const Database& db)
{
    if (!keptInBook(db))
        return RuleSetStore::path();
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return Result<QString>::failure(stored.errorDetail());
    if (!*stored)
        return tr("the team book (the spec's defaults; none saved yet)");
    return tr("the team book: version %1, saved by %2 on %3")
        .arg((*stored)->version, (*stored)->savedBy,
            QLocale().toString((*stored)->savedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace ClaimDesk::BookRuleSet
