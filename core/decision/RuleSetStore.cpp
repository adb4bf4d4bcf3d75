#include "RuleSetStore.h"

#include "decision/DecisionTr.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

/* TRANSLATOR ClaimDesk::RuleSetStore */
namespace ClaimDesk::RuleSetStore {

namespace { } // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/rules.json");
}

Result<RuleSet> active()
{
    if (!QFile::exists(path()))
        return RuleSet::defaults();
    const auto bytes = BoundedRead::file(path(), InputLimits::RulesFileBytes);
    if (!bytes)
        return Result<RuleSet>::failure(bytes.errorDetail());
    auto rules = RuleSet::fromJson(*bytes);
    if (!rules)
        return Result<RuleSet>::failure(path() + QStringLiteral(": ") + rules.error());
    return rules;
}

Result<RuleSet> save(const QByteArray& json)
{
    auto rules = RuleSet::fromJson(json);
    if (!rules)
        return rules;
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly) || f.write(rules->toJson()) < 0 || !f.commit())
        return Result<RuleSet>::failure(
            DecisionTr::tr("Cannot save the rule set to %1: %2").arg(path(), f.errorString()));
    return rules;
}

Status resetToDefaults()
{
    QFile f(path());
    if (f.exists() && !f.remove())
        return Status::failure(DecisionTr::tr("Cannot remove %1: %2").arg(path(), f.errorString()));
    return {};
}

} // namespace ClaimDesk::RuleSetStore
