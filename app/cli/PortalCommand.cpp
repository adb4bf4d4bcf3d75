#include "PortalCommand.h"

#include "CliTr.h"
#include "filing/PortalDirectory.h"
#include "filing/PortalFilingJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef CLAIMDESK_CLI_BROWSER
#include <QWebEngineProfile>
#include <QWebEngineView>
#endif

namespace ClaimDesk::Cli {

namespace {

QJsonObject portalJson(const InsurerPortal& p)
{
    return { { QStringLiteral("name"), p.name }, { QStringLiteral("url"), p.baseUrl },
        { QStringLiteral("user"), p.login },
        { QStringLiteral("status_after"), claimStatusCode(p.statusAfter) },
        { QStringLiteral("added_by"), p.addedBy },
        { QStringLiteral("added_at"), p.addedAt.toString(Qt::ISODate) } };
}

void printLine(CliContext& context, const QJsonObject& o)
{
    context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

#ifdef CLAIMDESK_CLI_BROWSER
// Large enough that a portal's form is laid out as on a desk's screen.
constexpr QSize PageSize(1280, 1024);

QJsonObject resultJson(const FilingResult& r)
{
    return { { QStringLiteral("claim_id"), r.claimId }, { QStringLiteral("portal"), r.portal },
        { QStringLiteral("status"), FilingResult::outcomeCode(r.outcome) },
        { QStringLiteral("reference"), r.reference },
        { QStringLiteral("evidence_document_id"),
            r.evidenceDocumentId ? QJsonValue(r.evidenceDocumentId) : QJsonValue() },
        { QStringLiteral("step"), r.step }, { QStringLiteral("error"), r.error } };
}

QJsonObject statusJson(const StatusRead& r, const QString& portal)
{
    return { { QStringLiteral("claim_id"), r.claimId }, { QStringLiteral("portal"), portal },
        { QStringLiteral("found"), r.found }, { QStringLiteral("portal_status"), r.portalStatus },
        { QStringLiteral("claim_status"),
            r.claimStatus ? claimStatusCode(*r.claimStatus) : QString() },
        { QStringLiteral("changed"), r.changed }, { QStringLiteral("error"), r.error } };
}

// The off-screen page a portal is filled in, and the job that drives it: a
// real click (the file chooser's) needs the page laid out in a shown window.
struct OffscreenPortal
{
    QWebEngineProfile profile; // off the record: nothing of the portal kept on disk
    QWebEngineView view;
    PortalFilingJob job;

    OffscreenPortal(const DatabaseLocation& location, const QString& password)
        : job(location, pageOf(view, profile), [this] { return view.focusProxy(); })
    {
        view.resize(PageSize);
        view.show();
        job.setPassword(password);
        job.setSnapshot([this] { return view.grab().toImage(); });
    }

    // Runs what `start` starts until the job's finished().
    void run(const std::function<void()>& start)
    {
        QEventLoop loop;
        QObject::connect(&job, &PortalFilingJob::finished, &loop, &QEventLoop::quit);
        start();
        if (job.isRunning())
            loop.exec();
    }

    static PortalPage* pageOf(QWebEngineView& view, QWebEngineProfile& profile)
    {
        auto* page = new PortalPage(&profile, &view);
        view.setPage(page);
        return page;
    }
};
#endif

} // namespace

QString PortalCommand::summary() const
{
    return CliTr::tr("keep insurer portals, file approved claims on them and read their status");
}

bool PortalCommand::needsBrowser(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("portal"));
    if (at < 0)
        return false;
    const QString sub = arguments.value(at + 1);
    return sub == u"submit" || sub == u"status";
}

int PortalCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(rest, context);
    if (sub == u"list")
        return list(rest, context);
    if (sub == u"remove")
        return remove(rest, context);
    if (sub == u"submit")
        return submit(rest, context);
    if (sub == u"status")
        return status(rest, context);
    return context.usage(CliTr::tr("portal needs one of: add, list, remove, submit, status"));
}

int PortalCommand::add(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Keep an insurer portal and its recipe."));
    parser.addPositionalArgument(
        QStringLiteral("recipe"), CliTr::tr("The recipe (JSON)."), QStringLiteral("RECIPE.json"));
    const QCommandLineOption name(
        QStringLiteral("name"), CliTr::tr("The portal's name."), QStringLiteral("NAME"));
    const QCommandLineOption url(
        QStringLiteral("url"), CliTr::tr("The portal's address."), QStringLiteral("URL"));
    const QCommandLineOption user(
        QStringLiteral("user"), CliTr::tr("The login on the portal."), QStringLiteral("USER"));
    const QCommandLineOption after(QStringLiteral("status-after"),
        CliTr::tr("The status a claim moves to once filed (default Pending)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        CliTr::tr("A file whose first line is the portal's password, kept in the system keychain."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print the portal as JSON."));
    parser.addOptions({ name, url, user, after, passwordFile, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(name) || !parser.isSet(url)
        || !parser.isSet(user))
        return context.usage(
            CliTr::tr("portal add needs: RECIPE.json --name NAME --url URL --user USER"));
    const auto statusAfter
        = parser.isSet(after) ? claimStatusFromCode(parser.value(after)) : ClaimStatus::Pending;
    if (!statusAfter)
        return context.usage(
            CliTr::tr("unknown status \"%1\"; known: %2")
                .arg(parser.value(after), allClaimStatusCodes().join(QStringLiteral(", "))));
    const auto recipeJson = PortalDirectory::readRecipe(parser.positionalArguments().first());
    if (!recipeJson)
        return context.fail(recipeJson.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto added = PortalDirectory::add(*db,
        { parser.value(name), parser.value(url), parser.value(user), *recipeJson, *statusAfter },
        db->login());
    if (!added)
        return context.fail(added.error());
    if (parser.isSet(passwordFile)) {
        const auto password = CliContext::readPassword(parser.value(passwordFile));
        if (!password)
            return context.fail(password.error());
        if (const QString problem = PortalPasswords::store(*added, *password); !problem.isEmpty())
            return context.fail(
                CliTr::tr("The portal was kept, its password not: %1").arg(problem));
    }
    if (parser.isSet(json))
        printLine(context, portalJson(*added));
    else
        context.out() << CliTr::tr("Kept the portal %1 (%2)\n").arg(added->name, added->baseUrl);
    return context.finish(Ok);
}

int PortalCommand::list(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("List the insurer portals."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print a JSON array."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto portals = PortalDirectory::list(*db);
    if (!portals)
        return context.fail(portals.error());
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const InsurerPortal& p : *portals)
            all << portalJson(p);
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const InsurerPortal& p : *portals)
            context.out() << p.name << '\t' << p.baseUrl << '\t' << p.login << '\n';
    }
    return context.finish(Ok);
}

int PortalCommand::remove(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Remove an insurer portal and its kept password."));
    parser.addPositionalArgument(
        QStringLiteral("name"), CliTr::tr("The portal's name."), QStringLiteral("NAME"));
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("portal remove needs: NAME"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto portal = PortalDirectory::find(*db, parser.positionalArguments().first());
    if (!portal)
        return context.fail(portal.error());
    if (auto s = PortalDirectory::remove(*db, portal->name); !s)
        return context.fail(s.error());
    PortalPasswords::forget(*portal);
    return context.finish(Ok);
}

Result<PortalCommand::Opened> PortalCommand::open(const QString& portalName, CliContext& context)
{
    auto db = context.openDatabase();
    if (!db)
        return Result<Opened>::failure(db.errorDetail());
    auto portal = PortalDirectory::find(*db, portalName);
    if (!portal)
        return Result<Opened>::failure(portal.errorDetail());
    auto password = passwordFor(*portal);
    if (!password)
        return Result<Opened>::failure(password.errorDetail());
    return Opened { *db, *portal, *password };
}

Result<QString> PortalCommand::passwordFor(const InsurerPortal& portal)
{
    if (qEnvironmentVariableIsSet("CLAIMDESK_PORTAL_PASSWORD"))
        return qEnvironmentVariable("CLAIMDESK_PORTAL_PASSWORD");
    const KeychainEntry::Answer kept = PortalPasswords::read(portal);
    if (kept.problem == KeychainEntry::Problem::None)
        return kept.secret;
    return Result<QString>::failure(Error::of(ErrorKind::Unauthenticated,
        CliTr::tr("No password for the portal %1 (%2). Keep one with `claimdesk-cli portal add ... "
                  "--password-file FILE`, or set CLAIMDESK_PORTAL_PASSWORD")
            .arg(portal.name, kept.message)));
}

int PortalCommand::submit(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("File approved claims on an insurer portal."));
    parser.addPositionalArgument(
        QStringLiteral("ids"), CliTr::tr("The claims."), QStringLiteral("ID..."));
    const QCommandLineOption portalName(
        QStringLiteral("portal"), CliTr::tr("The portal."), QStringLiteral("NAME"));
    const QCommandLineOption force(
        QStringLiteral("force"), CliTr::tr("File a claim again that was filed before."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("One JSON line per claim."));
    parser.addOptions({ portalName, force, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(portalName))
        return context.usage(CliTr::tr("portal submit needs: ID... --portal NAME"));
#ifndef CLAIMDESK_CLI_BROWSER
    return context.fail(
        CliTr::tr("this build has no browser to fill a portal in (built without the GUI)"));
#else
    auto opened = open(parser.value(portalName), context);
    if (!opened)
        return context.fail(opened.error());
    const auto& [db, portal, password] = *opened;
    OffscreenPortal browser(db.location(), password);
    bool allFiled = true;
    QObject::connect(
        &browser.job, &PortalFilingJob::claimFiled, &browser.job, [&](const FilingResult& r) {
            allFiled = allFiled
                && (r.outcome == FilingResult::Outcome::Submitted
                    || r.outcome == FilingResult::Outcome::AlreadySubmitted);
            if (parser.isSet(json))
                printLine(context, resultJson(r));
            else
                context.out() << r.claimId << '\t' << FilingResult::outcomeCode(r.outcome) << '\t'
                              << (r.reference.isEmpty() ? r.error : r.reference) << '\n';
            context.out().flush();
        });
    browser.run([&] {
        browser.job.file(
            parser.positionalArguments(), portal.name, parser.isSet(force), db.login());
    });
    return context.finish(allFiled ? Ok : InputFailed);
#endif
}

int PortalCommand::status(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Read the status of filed claims on an insurer portal."));
    parser.addPositionalArgument(QStringLiteral("id"),
        CliTr::tr("One claim (default: every claim filed there)."), QStringLiteral("[ID]"));
    const QCommandLineOption portalName(
        QStringLiteral("portal"), CliTr::tr("The portal."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("One JSON line per claim."));
    parser.addOptions({ portalName, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1 || !parser.isSet(portalName))
        return context.usage(CliTr::tr("portal status needs: [ID] --portal NAME"));
#ifndef CLAIMDESK_CLI_BROWSER
    return context.fail(
        CliTr::tr("this build has no browser to read a portal in (built without the GUI)"));
#else
    auto opened = open(parser.value(portalName), context);
    if (!opened)
        return context.fail(opened.error());
    const auto& [db, portal, password] = *opened;
    OffscreenPortal browser(db.location(), password);
    bool allRead = true;
    QObject::connect(
        &browser.job, &PortalFilingJob::statusRead, &browser.job, [&](const StatusRead& r) {
            allRead = allRead && r.error.isEmpty();
            if (parser.isSet(json))
                printLine(context, statusJson(r, portal.name));
            else
                context.out() << r.claimId << '\t' << (r.error.isEmpty() ? r.portalStatus : r.error)
                              << '\n';
            context.out().flush();
        });
    browser.run(
        [&] { browser.job.checkStatus(parser.positionalArguments(), portal.name, db.login()); });
    return context.finish(allRead ? Ok : InputFailed);
#endif
}

} // namespace ClaimDesk::Cli
