#include "TeamCommand.h"

#include "CliTr.h"
#include "team/BookImport.h"
#include "team/TeamAdministration.h"
#include "team/TeamPasswords.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

QString TeamCommand::summary() const
{
    return CliTr::tr("set up a team book on PostgreSQL (init), move a desk's book into it "
                     "(import-book)");
}

int TeamCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli --db-url URL team init\n"
            "  init    create or migrate the team schema and the four group roles\n"
            "          (claimdesk_adjuster, _manager, _admin, _auditor); run by a login\n"
            "          that may create roles; safe to run again\n"
            "  import-book FILE.sqlite [--json]\n"
            "          copy a desk's whole book into this empty team book, IDs kept,\n"
            "          all or nothing, checked by counts and checksums\n"
            "  remember-password [--password-file FILE] [--forget]\n"
            "          keep the --db-url login's password in the system keychain\n"
            "          (read from FILE or the first line of standard input; checked\n"
            "          with the server first), or forget it\n");
        context.out().flush();
        return Ok;
    }
    if (sub == u"import-book")
        return importBook(args.mid(1), context);
    if (sub == u"remember-password")
        return rememberPassword(args.mid(1), context);
    if (sub != u"init")
        return context.usage(sub.isEmpty()
                ? CliTr::tr("team needs init, import-book or remember-password")
                : CliTr::tr("unknown team command '%1'").arg(sub));
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (int code = parse(parser, args.mid(1), context); code >= 0)
        return code;
    if (context.dbUrl.isEmpty())
        return context.usage(CliTr::tr("team init needs the team book's --db-url"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (auto s = TeamAdministration(*db).init(); !s)
        return context.fail(s.error());
    context.out() << CliTr::tr("Team book ready: %1 (roles claimdesk_adjuster, "
                               "claimdesk_manager, claimdesk_admin, claimdesk_auditor)\n")
                         .arg(db->location().displayName());
    context.out().flush();
    return Ok;
}

int TeamCommand::importBook(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Copy a desk's whole book into this empty team book, all or nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("The desk's SQLite book."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON counts."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("team import-book needs one book file"));
    context.logToBook = false; // the desk's app_log is being copied in
    if (context.dbUrl.isEmpty())
        return context.usage(CliTr::tr("team import-book needs the team book's --db-url"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    QElapsedTimer clock;
    clock.start();
    qint64 shownAt = 0;
    const auto copied = BookImport::fromFile(
        *db, parser.positionalArguments().first(), [&](qint64 done, qint64 total) {
            if (clock.elapsed() - shownAt >= 1000 || done == total) { // about once a second
                shownAt = clock.elapsed();
                context.err() << CliTr::tr("%1 of %2 rows\n").arg(done).arg(total);
                context.err().flush();
            }
            return true;
        });
    if (!copied)
        return context.fail(copied.error());
    qint64 rows = 0;
    QJsonArray tables;
    for (const TableCopied& t : *copied) {
        rows += t.rows;
        tables.append(
            QJsonObject { { QStringLiteral("table"), t.table }, { QStringLiteral("rows"), t.rows },
                { QStringLiteral("checksum"), QString::fromLatin1(t.checksum) } });
    }
    if (parser.isSet(json)) {
        const QJsonObject o { { QStringLiteral("rows"), rows },
            { QStringLiteral("tables"), tables },
            { QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0 } };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        for (const TableCopied& t : *copied)
            context.out() << QStringLiteral("%1  %2\n").arg(t.table, -24).arg(t.rows, 10);
        context.out() << CliTr::tr("Moved %1 rows into %2 in %3 s, every table checked\n")
                             .arg(rows)
                             .arg(db->location().displayName())
                             .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    }
    context.out().flush();
    return Ok;
}

int TeamCommand::rememberPassword(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Keep the --db-url login's password in the system keychain, or forget it."));
    const QCommandLineOption file(QStringLiteral("password-file"),
        CliTr::tr("A file whose first line is the password (default: standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption forget(
        QStringLiteral("forget"), CliTr::tr("Remove the kept password instead."));
    parser.addOptions({ file, forget });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (context.dbUrl.isEmpty())
        return context.usage(CliTr::tr("team remember-password needs the team book's --db-url"));
    const DatabaseLocation location = DatabaseLocation::fromString(context.dbUrl);
    if (!location.isPostgres())
        return context.usage(CliTr::tr("--db-url must be a postgresql:// URL"));
    if (parser.isSet(forget)) {
        if (const QString problem = TeamPasswords::forget(location); !problem.isEmpty())
            return context.fail(problem);
        context.out() << CliTr::tr("Forgot the password of %1\n").arg(location.login());
        context.out().flush();
        return Ok;
    }
    const auto password = CliContext::readPassword(parser.value(file));
    if (!password)
        return context.fail(password.error());
    // the server's word first: a wrong one is not kept
    if (auto s = TeamPasswords::checkAndStore(location, *password); !s)
        return context.fail(s.error());
    context.out()
        << CliTr::tr("The password of %1 is kept in the system keychain\n").arg(location.login());
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
