#include "RulesCommand.h"

#include "CliTr.h"
#include "claims/Rescorer.h"
#include "team/BookRuleSet.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <unistd.h>

namespace ClaimDesk::Cli {

namespace {

// Runs `work` on the book named by --db or --db-url (else the desk's own).
Result<RuleSet> withBook(
    const CliContext& context, const std::function<Result<RuleSet>(const Database&)>& work)
{
    auto db = context.openDatabase();
    if (!db)
        return Result<RuleSet>::failure(db.errorDetail());
    return work(*db);
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
            "  show         print the rule set in force in the book (JSON); a team book's\n"
            "               rules are set only by a team administrator\n"
            "  check FILE   validate a rules file; every bad key is named\n"
            "  set FILE [--no-rescore]  validate, make it the rule set in force, re-score\n"
            "               open claims (unless --no-rescore)\n"
            "  reset        back to the spec's defaults, re-score open claims\n"
            "  rescore [--all]  re-decide every open claim (or every claim) with the rule set in "
            "force\n");
        context.out().flush();
        return sub.isEmpty() ? UsageError : Ok;
    }
    if (sub == u"show") {
        auto rules = withBook(context, &BookRuleSet::active);
        if (!rules)
            return context.fail(rules.error());
        context.out() << QString::fromUtf8(rules->toJson());
        context.out().flush();
        return Ok;
    }
    if (sub == u"check" || sub == u"set") {
        if (file.isEmpty())
            return context.usage(CliTr::tr("rules %1 needs a file").arg(sub));
        auto bytes = BoundedRead::file(file, InputLimits::RulesFileBytes);
        if (!bytes)
            return context.fail(bytes.error());
        auto rules = sub == u"check"
            ? RuleSet::fromJson(*bytes)
            : withBook(context, [&](const Database& db) { return BookRuleSet::save(db, *bytes); });
        if (!rules)
            return context.fail(file + QStringLiteral(": ") + rules.error());
        context.out() << CliTr::tr("Rule set %1 is valid").arg(rules->version) << Qt::endl;
        if (sub == u"check" || args.contains(QStringLiteral("--no-rescore")))
            return Ok;
        return rescore(context, DecisionEngine(*rules), false, true);
    }
    if (sub == u"reset") {
        auto rules = withBook(context, &BookRuleSet::reset);
        if (!rules)
            return context.fail(rules.error());
        return rescore(context, DecisionEngine(*rules), false, true);
    }
    if (sub == u"rescore") {
        const QString option = args.value(2);
        if (!option.isEmpty() && option != u"--all")
            return context.usage(CliTr::tr("rules rescore takes only --all"));
        return rescore(context, std::nullopt, option == u"--all"); // the rules in force
    }
    return context.usage(CliTr::tr("unknown rules command '%1'").arg(sub));
}

// A team's administrator, who set the rules, decides no claim: the claims are
// re-decided by the desks that work them.
int RulesCommand::leaveRescoreToTheDesks(CliContext& context)
{
    context.out() << CliTr::tr("The team decides by these rules from now on; open claims are "
                               "re-decided by an adjuster or manager with `claimdesk-cli rules "
                               "rescore`\n");
    context.out().flush();
    return Ok;
}

int RulesCommand::rescore(
    CliContext& context, std::optional<DecisionEngine> rules, bool all, bool teamRulesJustSet)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto inForce = rules ? Result<DecisionEngine>(*rules) : CliContext::engineFor(*db);
    if (!inForce)
        return context.fail(inForce.error());
    const DecisionEngine& engine = *inForce;
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
    if (!count && teamRulesJustSet && count.errorKind() == ErrorKind::Forbidden)
        return leaveRescoreToTheDesks(context); // an administrator decides no claim
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
