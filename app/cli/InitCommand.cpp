#include "InitCommand.h"

#include "CliTr.h"
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "demo/SyntheticClaimGenerator.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <unistd.h>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString InitCommand::summary() const
{
    return CliTr::tr(
        "create or migrate the database; --demo adds demo data, --claims N synthetic claims");
}

int InitCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption demo(
        QStringLiteral("demo"), CliTr::tr("Add the demo policy holders, formulary and claims."));
    const QCommandLineOption claims(QStringLiteral("claims"),
        CliTr::tr("Add N synthetic claims with decisions."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        CliTr::tr("Random seed for --claims (same seed, same book)."), QStringLiteral("S"));
    const QCommandLineOption days(QStringLiteral("days"),
        CliTr::tr("Spread --claims over the last D days (default 90)."), QStringLiteral("D"));
    parser.addOptions({ demo, claims, seed, days });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliTr::tr("init takes no arguments"));

    SyntheticClaimGenerator::Options options;
    bool numberOk = true;
    if (parser.isSet(claims)) {
        options.count = parser.value(claims).toLongLong(&numberOk);
        if (!numberOk || options.count < 0 || options.count > InputLimits::InitClaims)
            return context.usage(CliTr::tr("--claims needs a whole number from 0 to %1")
                                     .arg(InputLimits::InitClaims));
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&numberOk);
        if (!numberOk)
            return context.usage(CliTr::tr("--seed needs a whole number"));
    }
    if (parser.isSet(days)) {
        options.days = parser.value(days).toInt(&numberOk);
        if (!numberOk || options.days < 1 || options.days > InputLimits::StatsRangeDays)
            return context.usage(CliTr::tr("--days needs a whole number from 1 to %1")
                                     .arg(InputLimits::StatsRangeDays));
    }

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto engine = CliContext::engineFor(*db); // the book open: its rules, no second sign-in
    if (!engine)
        return context.fail(engine.error());
    context.out() << CliTr::tr("Database ready: %1 (schema version %2)")
                         .arg(db->location().displayName())
                         .arg(db->schemaVersion())
                  << Qt::endl;

    if (parser.isSet(demo)) {
        auto policies = DemoData::importPolicies(*db);
        if (!policies)
            return context.fail(policies.error());
        auto formulary = DemoData::importFormulary(*db);
        if (!formulary)
            return context.fail(formulary.error());
        ClaimBook book(*db, *engine);
        auto ids = DemoData::addDemoClaims(book);
        if (!ids)
            return context.fail(ids.error());
        context.out() << CliTr::tr("Demo data: %1 policy holders, %2 demo claims added")
                             .arg(*policies)
                             .arg(ids->size())
                      << Qt::endl;
    }

    if (parser.isSet(claims) && options.count > 0) {
        QElapsedTimer timer;
        timer.start();
        const bool showProgress = isatty(STDERR_FILENO);
        SyntheticClaimGenerator generator(options);
        auto written = generator.generate(*db, *engine, [&](qint64 done, qint64 total) {
            if (showProgress)
                context.err() << "\r" << CliTr::tr("%1 of %2 claims").arg(done).arg(total)
                              << Qt::flush;
        });
        if (showProgress)
            context.err() << Qt::endl;
        if (!written)
            return context.fail(written.error());
        context.out() << CliTr::tr("Synthetic claims: %1 written in %2 s")
                             .arg(*written)
                             .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                      << Qt::endl;
    }
    return Ok;
}

} // namespace ClaimDesk::Cli
