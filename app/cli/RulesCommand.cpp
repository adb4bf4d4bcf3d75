#include "RulesCommand.h"

#include "CliTr.h"
#include "claims/Rescorer.h"
#include "decision/RuleSetStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <unistd.h>

/* TRANSLATOR ClaimDesk::Cli::RulesCommand */
namespace ClaimDesk::Cli {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            CliTr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

QString RulesCommand::summary() const
{
    return CliTr::tr("show, check, set or reset the decision rule set; rescore open claims");
}

int RulesCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    const QString file = args.value(2);
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli rules show|check FILE|set FILE|reset|rescore\n"
            "  show         print the rule set in force (JSON)\n"
            "  check FILE   validate a rules file; every bad key is named\n"
            "  set FILE     validate, make it the rule set in force, re-score open claims\n"
            "  reset        back to the spec's defaults, re-score open claims\n"
            "  rescore [--all]  re-decide every open claim (or every claim) with the rule set in "
            "force\n");
        context.out().flush();
        return sub.isEmpty() ? UsageError : Ok;
    }
    if (sub == u"show") {
        auto rules = RuleSetStore::active();
        if (!rules)
            return context.fail(rules.error());
        context.out() << QString::fromUtf8(rules->toJson());
        context.out().flush();
        return Ok;
    }
    if (sub == u"check" || sub == u"set") {
        if (file.isEmpty())
            return context.usage(CliTr::tr("rules %1 needs a file").arg(sub));
        auto bytes = readFile(file);
        if (!bytes)
            return context.fail(bytes.error());
        auto rules = sub == u"check" ? RuleSet::fromJson(*bytes) : RuleSetStore::save(*bytes);
        if (!rules)
            return context.fail(file + QStringLiteral(": ") + rules.error());
        context.out() << CliTr::tr("Rule set %1 is valid").arg(rules->version) << Qt::endl;
        return sub == u"check" ? Ok : rescore(context, DecisionEngine(*rules), false);
    }
    if (sub == u"reset") {
        if (auto s = RuleSetStore::resetToDefaults(); !s)
            return context.fail(s.error());
        return rescore(context, DecisionEngine(), false);
    }
    if (sub == u"rescore") {
        auto engine = context.engine();
        if (!engine)
            return context.fail(engine.error());
        const QString option = args.value(2);
        if (!option.isEmpty() && option != u"--all")
            return context.usage(CliTr::tr("rules rescore takes only --all"));
        return rescore(context, *engine, option == u"--all");
    }
    return context.usage(CliTr::tr("unknown rules command '%1'").arg(sub));
}

int RulesCommand::rescore(CliContext& context, const DecisionEngine& engine, bool all)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = isatty(STDERR_FILENO);
    const std::atomic_bool never { false };
    const auto scope = all ? Rescorer::Scope::AllClaims : Rescorer::Scope::OpenClaims;
    auto count = Rescorer::rescore(*db, engine, scope, QDate::currentDate(),
        QDateTime::currentDateTimeUtc(), never, [&](qint64 done, qint64 total) {
            if (showProgress)
                context.err() << "\r" << CliTr::tr("%1 of %2 claims").arg(done).arg(total)
                              << Qt::flush;
        });
    if (showProgress)
        context.err() << Qt::endl;
    if (!count)
        return context.fail(count.error());
    context.out() << (all ? CliTr::tr("Re-scored all %1 claims with rule set %2 in %3 s")
                          : CliTr::tr("Re-scored %1 open claims with rule set %2 in %3 s"))
                         .arg(*count)
                         .arg(engine.rules().version)
                         .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                  << Qt::endl;
    return Ok;
}

} // namespace ClaimDesk::Cli
