#include "DbCommand.h"

#include "CliTr.h"
#include "admin/BookRepair.h"
#include "domain/DatabaseLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace {

// The desk book the command is about: --db, or the default one.
QString bookPath(const CliContext& context)
{
    return context.dbPath.isEmpty() ? DatabaseLocation::defaultLocation().sqlitePath
                                    : context.dbPath;
}

} // namespace

QString DbCommand::summary() const
{
    return CliTr::tr("check a desk book for damage, or recover what can be read into a new one");
}

int DbCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    if (!context.dbUrl.isEmpty())
        return context.usage(
            CliTr::tr("db works on a desk book (--db FILE); a team server keeps its own pages"));
    if (sub == u"check")
        return check(args.mid(1), context);
    if (sub == u"recover")
        return recover(args.mid(1), context);
    context.err() << CliTr::tr("Usage: claimdesk-cli [--db FILE] db check|recover --out NEW\n"
                               "  check           SQLite's integrity check of the book\n"
                               "  recover --out NEW  what can be read, into a new book\n");
    return sub == u"--help" || sub == u"-h" ? Ok
                                            : context.usage(CliTr::tr("db needs check or recover"));
}

int DbCommand::check(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("SQLite's integrity check of the desk book."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QString path = bookPath(context);
    const auto problems = BookRepair::check(path);
    if (!problems)
        return context.fail(problems.error());
    const bool ok = *problems == QStringList { QStringLiteral("ok") };
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("ok"), ok },
                { QStringLiteral("problems"),
                    ok ? QJsonArray() : QJsonArray::fromStringList(*problems) } })
                                               .toJson(QJsonDocument::Indented));
    } else if (ok) {
        context.out() << CliTr::tr("%1: no damage found").arg(path) << Qt::endl;
    } else {
        context.out() << CliTr::tr("%1 is damaged:").arg(path) << Qt::endl;
        for (const QString& problem : *problems)
            context.out() << "  " << problem << Qt::endl;
    }
    return ok ? Ok : InputFailed;
}

int DbCommand::recover(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Save what can be read of the desk book into a new book."));
    const QCommandLineOption out(QStringLiteral("out"),
        CliTr::tr("The new book (a file that does not exist yet)."), QStringLiteral("FILE"));
    parser.addOption(out);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (!parser.isSet(out))
        return context.usage(CliTr::tr("db recover needs --out FILE"));
    const auto recovered = BookRepair::recover(bookPath(context), parser.value(out));
    if (!recovered)
        return context.fail(recovered.error());
    QJsonObject saved;
    QJsonObject before;
    for (const QString& table : BookRepair::countedTables()) {
        saved.insert(table, recovered->saved.value(table));
        const auto counted = recovered->before.value(table);
        before.insert(table, counted ? QJsonValue(*counted) : QJsonValue());
    }
    context.out() << QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("file"), recovered->path },
            { QStringLiteral("saved"), saved },
            { QStringLiteral("counted_before"),
                before } }).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace ClaimDesk::Cli
