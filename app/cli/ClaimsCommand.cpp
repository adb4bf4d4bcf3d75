#include "ClaimsCommand.h"

#include "CliTr.h"
#include "claims/ClaimBook.h"
#include "claims/ClaimView.h"
#include "claims/ReviewEdits.h"
#include "domain/DatabaseLocation.h"
#include "export/ClaimDossier.h"
#include "report/ClaimJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ClaimDesk::Cli {

namespace {

// The options that name a claim's details, shared by `claims new` and `claims edit`.
struct DetailOptions
{
    QCommandLineOption amount { QStringLiteral("amount"),
        CliTr::tr("Claimed amount, such as 1355.00."), QStringLiteral("X") };
    QCommandLineOption nationalId { QStringLiteral("national-id"),
        CliTr::tr("Claimant's 13-digit national ID."), QStringLiteral("ID") };
    QCommandLineOption claimant { QStringLiteral("name"), CliTr::tr("Claimant's name."),
        QStringLiteral("NAME") };
    QCommandLineOption provider { QStringLiteral("provider"),
        CliTr::tr("Hospital, clinic or garage."), QStringLiteral("NAME") };
    QCommandLineOption diagnosis { QStringLiteral("diagnosis"),
        CliTr::tr("Diagnosis or damage code."), QStringLiteral("CODE") };
    QCommandLineOption notes { QStringLiteral("notes"), CliTr::tr("Treatment notes."),
        QStringLiteral("TEXT") };
    QCommandLineOption assignee { QStringLiteral("assignee"), CliTr::tr("Who works on the claim."),
        QStringLiteral("NAME") };
    QCommandLineOption serviceDate { QStringLiteral("service-date"), CliTr::tr("YYYY-MM-DD."),
        QStringLiteral("DATE") };
    QCommandLineOption priorApproval { QStringLiteral("prior-approval"),
        CliTr::tr("The insurer's prior-approval reference for the claim."), QStringLiteral("REF") };

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({ amount, nationalId, claimant, provider, diagnosis, notes, assignee,
            serviceDate, priorApproval });
    }

    // Reads the options given into `edit`; returns a usage message for a bad value.
    QString read(const QCommandLineParser& parser, ClaimEdit& edit) const
    {
        if (parser.isSet(amount)) {
            edit.amount = Money::parse(parser.value(amount));
            if (!edit.amount)
                return CliTr::tr("--amount '%1' is not an amount").arg(parser.value(amount));
        }
        if (parser.isSet(serviceDate)) {
            edit.serviceDate = QDate::fromString(parser.value(serviceDate), Qt::ISODate);
            if (!edit.serviceDate->isValid())
                return CliTr::tr("--service-date needs a date as YYYY-MM-DD");
        }
        const std::pair<const QCommandLineOption*, std::optional<QString>*> texts[]
            = { { &provider, &edit.providerName }, { &diagnosis, &edit.diagnosisCode },
                  { &notes, &edit.treatmentNotes }, { &claimant, &edit.claimantName },
                  { &nationalId, &edit.claimantNationalId }, { &assignee, &edit.assignee },
                  { &priorApproval, &edit.priorApproval } };
        for (const auto& [option, target] : texts) {
            if (parser.isSet(*option))
                *target = parser.value(*option);
        }
        return {};
    }
};

bool readVersion(
    const QCommandLineParser& parser, const QCommandLineOption& option, std::optional<int>& version)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    version = parser.value(option).toInt(&ok);
    return ok;
}

void printJson(CliContext& context, const QJsonDocument& doc)
{
    QByteArray text = doc.toJson(QJsonDocument::Indented);
    if (!text.endsWith('\n'))
        text += '\n';
    context.out() << QString::fromUtf8(text);
    context.out().flush();
}

} // namespace

QString ClaimsCommand::summary() const
{
    return CliTr::tr("list, show, set-status, create (new), edit claims, or print a dossier");
}

int ClaimsCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return list(rest, context);
    if (sub == u"show")
        return show(rest, context);
    if (sub == u"set-status")
        return setStatus(rest, context);
    if (sub == u"new")
        return create(rest, context);
    if (sub == u"edit")
        return edit(rest, context);
    if (sub == u"dossier")
        return dossier(rest, context);
    if (sub == u"next")
        return next(rest, context);
    if (sub == u"assign")
        return assign(rest, context);
    if (sub == u"release")
        return release(rest, context);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli claims list|show|set-status|new [options]\n"
            "  list [--status S] [--type H|CD] [--risk L] [--decision D] [--search TEXT]\n"
            "       [--limit N] [--offset K] [--json]   the triage queue, in queue order\n"
            "  show ID [--json]                          one claim with documents, decision, "
            "audit\n"
            "  set-status ID STATUS [--memo TEXT] [--expect-version N]   change status (audited)\n"
            "  new --type H|CD [--amount X] [...]        file a claim and decide it\n"
            "  dossier ID [--out FILE]                   the claim's report as HTML\n"
            "  next [--type H|CD] [--json]               take the first free open claim\n"
            "  assign ID --to NAME                       hand a claim to someone (manager)\n"
            "  release ID                                give a claim back to the queue\n");
        context.out().flush();
        return Ok;
    }
    return context.usage(sub.isEmpty()
            ? CliTr::tr("claims needs list, show, set-status, new, edit, next, assign or release")
            : CliTr::tr("unknown claims command '%1'").arg(sub));
}

int ClaimsCommand::list(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("The triage queue: highest risk and priority first, then oldest."));
    const QCommandLineOption status(QStringLiteral("status"),
        CliTr::tr("Submitted, Under Review, Pending, Approved, Rejected or Paid."),
        QStringLiteral("S"));
    const QCommandLineOption type(
        QStringLiteral("type"), CliTr::tr("H or CD."), QStringLiteral("T"));
    const QCommandLineOption risk(
        QStringLiteral("risk"), CliTr::tr("LOW, MEDIUM or HIGH."), QStringLiteral("L"));
    const QCommandLineOption decision(QStringLiteral("decision"),
        CliTr::tr("AUTO_APPROVE, STANDARD_REVIEW, MANUAL_REVIEW, REJECT or QUARANTINE."),
        QStringLiteral("D"));
    const QCommandLineOption search(QStringLiteral("search"),
        CliTr::tr("Claim ID prefix, national ID or part of the claimant's name."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        CliTr::tr("At most N claims (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), CliTr::tr("Skip the first K claims."),
        QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print a JSON array."));
    parser.addOptions({ status, type, risk, decision, search, limit, offset, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;

    ClaimQuery query;
    if (parser.isSet(status) && !(query.status = claimStatusFromCode(parser.value(status))))
        return context.usage(CliTr::tr("unknown status '%1'").arg(parser.value(status)));
    if (parser.isSet(type) && !(query.type = claimTypeFromCode(parser.value(type))))
        return context.usage(
            CliTr::tr("unknown claim type '%1' (H or CD)").arg(parser.value(type)));
    if (parser.isSet(risk)) {
        query.risk = riskLevelFromCode(parser.value(risk));
        if (!query.risk || *query.risk == RiskLevel::None)
            return context.usage(
                CliTr::tr("unknown risk level '%1' (LOW, MEDIUM, HIGH)").arg(parser.value(risk)));
    }
    if (parser.isSet(decision) && !(query.decision = finalDecisionFromCode(parser.value(decision))))
        return context.usage(CliTr::tr("unknown decision '%1'").arg(parser.value(decision)));
    query.search = parser.value(search);
    bool ok1 = false, ok2 = false;
    query.limit = parser.value(limit).toInt(&ok1);
    query.offset = parser.value(offset).toInt(&ok2);
    if (!ok1 || !ok2 || query.limit < 0 || query.offset < 0)
        return context.usage(CliTr::tr("--limit and --offset need whole numbers of 0 or more"));

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto claims = ClaimBook::list(*db, query);
    if (!claims)
        return context.fail(claims.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Claim& c : *claims)
            array.append(ClaimJson::listEntry(c));
        printJson(context, QJsonDocument(array));
        return Ok;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(CliTr::tr("CLAIM"), -18)
               .arg(CliTr::tr("TYPE"), -4)
               .arg(CliTr::tr("STATUS"), -12)
               .arg(CliTr::tr("AMOUNT"), 14)
               .arg(CliTr::tr("RISK"), -6)
               .arg(CliTr::tr("DECISION"), -15)
               .arg(CliTr::tr("CREATED"));
    for (const Claim& c : *claims) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(c.id, -18)
                   .arg(claimTypeCode(c.type), -4)
                   .arg(claimStatusCode(c.status), -12)
                   .arg(c.amount ? c.amount->toDisplayString() : QStringLiteral("-"), 14)
                   .arg(riskLevelCode(c.riskLevel).isEmpty() ? QStringLiteral("-")
                                                             : riskLevelCode(c.riskLevel),
                       -6)
                   .arg(c.finalDecision ? finalDecisionCode(*c.finalDecision) : QStringLiteral("-"),
                       -15)
                   .arg(c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    out.flush();
    return Ok;
}

int ClaimsCommand::dossier(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("The claim's dossier as one self-contained HTML page "
                  "(the desktop app also saves it as PDF)."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption out(QStringLiteral("out"),
        CliTr::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(out);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(CliTr::tr("claims dossier needs exactly one claim ID"));
    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    const auto html
        = ClaimDossier(opened->database(), opened->engine().rules()).html(positional.first());
    if (!html)
        return context.fail(html.error());
    if (!parser.isSet(out)) {
        context.out() << *html;
        context.out().flush();
        return Ok;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(html->toUtf8()) < 0 || !file.commit())
        return context.fail(
            CliTr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Ok;
}

int ClaimsCommand::show(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("One claim: fields, documents, extracted data, decision, audit trail."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(CliTr::tr("claims show needs exactly one claim ID"));

    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    ClaimBook& book = opened.value();
    const auto view = ClaimView::read(book.database(), positional.first());
    if (!view)
        return context.fail(view.error());

    QJsonObject o = ClaimJson::claim(view->claim);
    QJsonArray docArray;
    for (const ClaimView::DocumentRead& d : view->documents)
        docArray.append(ClaimJson::document(d.document, d.fields));
    o.insert(QStringLiteral("documents"), docArray);
    QJsonArray decisions;
    for (const StoredDecision& d : view->decisions)
        decisions.append(ClaimJson::decision(d, book.engine().rules()));
    o.insert(QStringLiteral("decision"), decisions.isEmpty() ? QJsonValue() : decisions.last());
    o.insert(QStringLiteral("decision_history"), decisions);
    QJsonArray trail;
    for (const AuditEntry& e : view->history)
        trail.append(ClaimJson::auditEntry(e));
    o.insert(QStringLiteral("audit"), trail);
    QJsonArray policyChecks;
    for (const RecordedCheck& c : view->policyChecks)
        policyChecks.append(ClaimJson::recordedCheck(c));
    o.insert(QStringLiteral("policy_checks"), policyChecks);
    // the model's advice kept with the latest recorded checks (for the items then)
    if (view->advice)
        o.insert(QStringLiteral("clinical_advice"), ClaimJson::keptAdvice(view->advice->advice));
    printJson(context, QJsonDocument(o));
    return Ok;
}

int ClaimsCommand::setStatus(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Change a claim's status; the change is audited."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    parser.addPositionalArgument(QStringLiteral("STATUS"),
        CliTr::tr("Submitted, \"Under Review\", Pending, Approved, Rejected or Paid."));
    const QCommandLineOption memo(QStringLiteral("memo"),
        CliTr::tr("A note to keep with the claim."), QStringLiteral("TEXT"));
    const QCommandLineOption expect(QStringLiteral("expect-version"),
        CliTr::tr("Fail if the claim is no longer at version N."), QStringLiteral("N"));
    parser.addOptions({ memo, expect });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(CliTr::tr("claims set-status needs a claim ID and a status"));
    const auto status = claimStatusFromCode(positional.at(1));
    if (!status)
        return context.usage(
            CliTr::tr("unknown status '%1' (%2)")
                .arg(positional.at(1), allClaimStatusCodes().join(QStringLiteral(", "))));
    if (*status == ClaimStatus::Draft)
        return context.usage(
            CliTr::tr("a claim is a draft only while the customer files it in the chat"));
    std::optional<int> expected;
    if (!readVersion(parser, expect, expected))
        return context.usage(CliTr::tr("--expect-version needs a whole number"));

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    StatusChange change;
    change.claimId = positional.first();
    change.status = *status;
    if (parser.isSet(memo))
        change.memo = parser.value(memo);
    change.expectedVersion = expected;
    const StatusChangeAnswer answer = ReviewEdits::changeStatusOn(*db, change, db->login());
    if (!answer.saved)
        return context.fail(answer.saved.error());
    const Claim& after = *answer.saved;
    context.out() << CliTr::tr("%1: %2 -> %3 (version %4)")
                         .arg(after.id, claimStatusCode(answer.before->status),
                             claimStatusCode(after.status))
                         .arg(after.version)
                  << Qt::endl;
    return Ok;
}

int ClaimsCommand::create(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("File a new claim; it is decided at once."));
    const QCommandLineOption type(
        QStringLiteral("type"), CliTr::tr("H or CD."), QStringLiteral("T"));
    const QCommandLineOption outOfNetwork(
        QStringLiteral("out-of-network"), CliTr::tr("The provider is out of network."));
    const QCommandLineOption emergency(
        QStringLiteral("emergency"), CliTr::tr("An emergency claim."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print the claim as JSON."));
    const DetailOptions details;
    details.addTo(parser);
    parser.addOptions({ type, outOfNetwork, emergency, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const auto t = claimTypeFromCode(parser.value(type));
    if (!t)
        return context.usage(CliTr::tr("claims new needs --type H or --type CD"));
    ClaimEdit e;
    if (const QString error = details.read(parser, e); !error.isEmpty())
        return context.usage(error);
    NewClaim c;
    c.type = *t;
    c.amount = e.amount;
    c.serviceDate = e.serviceDate.value_or(QDate());
    c.claimantNationalId = e.claimantNationalId.value_or(QString());
    c.claimantName = e.claimantName.value_or(QString());
    c.providerName = e.providerName.value_or(QString());
    c.diagnosisCode = e.diagnosisCode.value_or(QString());
    c.treatmentNotes = e.treatmentNotes.value_or(QString());
    c.assignee = e.assignee.value_or(QString());
    c.priorApproval = e.priorApproval.value_or(QString());
    c.inNetwork = !parser.isSet(outOfNetwork);
    c.emergency = parser.isSet(emergency);

    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    auto filed = opened->file(c, DatabaseLocation::systemLogin());
    if (!filed)
        return context.fail(filed.error());
    if (parser.isSet(json))
        printJson(context, QJsonDocument(ClaimJson::listEntry(*filed)));
    else
        context.out() << filed->id << Qt::endl;
    return Ok;
}

int ClaimsCommand::edit(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Change a claim's details; the claim is decided again and every change is audited."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption inNetwork(
        QStringLiteral("in-network"), CliTr::tr("yes or no."), QStringLiteral("YES|NO"));
    const QCommandLineOption emergency(
        QStringLiteral("emergency"), CliTr::tr("yes or no."), QStringLiteral("YES|NO"));
    const QCommandLineOption expect(QStringLiteral("expect-version"),
        CliTr::tr("Fail if the claim is no longer at version N."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print the claim as JSON."));
    const DetailOptions details;
    details.addTo(parser);
    parser.addOptions({ inNetwork, emergency, expect, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(CliTr::tr("claims edit needs exactly one claim ID"));

    ClaimEdit e;
    if (const QString error = details.read(parser, e); !error.isEmpty())
        return context.usage(error);
    auto yesNo = [&](const QCommandLineOption& option, std::optional<bool>& target) {
        if (!parser.isSet(option))
            return true;
        const QString v = parser.value(option).toLower();
        if (v != u"yes" && v != u"no")
            return false;
        target = v == u"yes";
        return true;
    };
    if (!yesNo(inNetwork, e.inNetwork) || !yesNo(emergency, e.emergency))
        return context.usage(CliTr::tr("--in-network and --emergency take yes or no"));
    if (e.isEmpty())
        return context.usage(CliTr::tr("claims edit needs at least one change"));
    std::optional<int> expected;
    if (!readVersion(parser, expect, expected))
        return context.usage(CliTr::tr("--expect-version needs a whole number"));

    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    auto edited = opened->edit(positional.first(), e, DatabaseLocation::systemLogin(), expected);
    if (!edited)
        return context.fail(edited.error());
    if (parser.isSet(json))
        printJson(context, QJsonDocument(ClaimJson::listEntry(*edited)));
    else
        context.out() << CliTr::tr("%1: version %2, %3, reimbursement %4")
                             .arg(edited->id)
                             .arg(edited->version)
                             .arg(edited->finalDecision ? finalDecisionCode(*edited->finalDecision)
                                                        : QString())
                             .arg(edited->reimbursement.toString())
                      << Qt::endl;
    return Ok;
}

} // namespace ClaimDesk::Cli
