#include "PolicyCommand.h"

#include "CliTr.h"
#include "WaitForAnswer.h"
#include "claims/ClaimBook.h"
#include "llm/LlmPolicyReasoner.h"
#include "policy/LineItemChecker.h"
#include "policy/PolicyHolderFile.h"
#include "policylibrary/ClaimPolicyReview.h"
#include "policylibrary/PolicyLibrary.h"
#include "policylibrary/PolicyVerifier.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ClaimDesk::Cli {

namespace {

void print(CliContext& context, const QJsonObject& o)
{
    context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    context.out().flush();
}

// The model's reasoning on checked items, when one is configured (recorded in the
// ledger); offline it is the skipped reasoning.
PolicyReasoning askModel(CliContext& context, const Database& db, const QString& claimId,
    const QString& diagnosis, const QList<LineItemCheck>& checks, const QString& notes)
{
    const auto client = context.llmClient();
    if (!client->isConfigured())
        return {};
    const auto ledger = context.ledgerFor(client.get(), db);
    LlmPolicyReasoner reasoner(client.get());
    const PolicyReasoning reasoning = waitForAnswer(&reasoner, &PolicyReasoner::reasoningReady,
        [&] { reasoner.requestReasoning(claimId, diagnosis, checks, notes); });
    if (!reasoning.checked && !reasoning.error.isEmpty())
        context.err() << CliTr::tr(
            "The model's policy reasoning failed (%1); the offline checks stand.")
                             .arg(reasoning.error)
                      << Qt::endl;
    return reasoning;
}

} // namespace

QString PolicyCommand::summary() const
{
    return CliTr::tr(
        "verify a policy holder, check a line item against the policy library, import policy text");
}

int PolicyCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"verify")
        return verify(rest, context);
    if (sub == u"check")
        return check(rest, context);
    if (sub == u"import")
        return import(rest, context);
    if (sub == u"holders")
        return holders(rest, context);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli policy verify|check|import [options]\n"
            "  verify ID_NUMBER --type H|CD [--as-of DATE] [--json]\n"
            "  check --item TEXT [--field pharmacy|lab|symptoms|complaint] [--diagnosis TEXT]\n"
            "        [--approved] [--emergency] [--json]\n"
            "  import FILE [--name NAME]   a new version of a policy document\n");
        context.out().flush();
        return Ok;
    }
    return context.usage(sub.isEmpty() ? CliTr::tr("policy needs verify, check, import or holders")
                                       : CliTr::tr("unknown policy command '%1'").arg(sub));
}

int PolicyCommand::verify(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Look up the policy of a national ID for a kind of claim."));
    parser.addPositionalArgument(QStringLiteral("ID_NUMBER"),
        CliTr::tr("13-digit national ID; spaces and dashes are fine."));
    const QCommandLineOption type(
        QStringLiteral("type"), CliTr::tr("H or CD."), QStringLiteral("T"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        CliTr::tr("Date to check the policy period against (default: today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    parser.addOptions({ type, asOf, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("policy verify needs one ID number"));
    const auto claimType = claimTypeFromCode(parser.value(type));
    if (!claimType)
        return context.usage(CliTr::tr("policy verify needs --type H or --type CD"));
    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return context.usage(CliTr::tr("--as-of needs a date as YYYY-MM-DD"));
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto verification
        = PolicyVerifier(*db).verify(parser.positionalArguments().first(), *claimType, date);
    if (!verification)
        return context.fail(verification.error());
    print(context, verification->toJson());
    return Ok;
}

int PolicyCommand::check(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Decide one line item against the policy library. The decision is the policy's, "
        "offline; with a model configured (--llm-provider), an excluded item whose clause "
        "names no alternative also gets the model's suggestions for the diagnosis, and "
        "--claim adds the clinical-coherence check."));
    const QCommandLineOption item(
        QStringLiteral("item"), CliTr::tr("The billed item, as printed."), QStringLiteral("TEXT"));
    const QCommandLineOption field(QStringLiteral("field"),
        CliTr::tr("pharmacy (default), lab, symptoms or complaint."), QStringLiteral("FIELD"));
    const QCommandLineOption diagnosis(
        QStringLiteral("diagnosis"), CliTr::tr("The claim's diagnosis."), QStringLiteral("TEXT"));
    const QCommandLineOption approved(
        QStringLiteral("approved"), CliTr::tr("Prior approval is recorded for the item."));
    const QCommandLineOption emergency(
        QStringLiteral("emergency"), CliTr::tr("An emergency admission."));
    const QCommandLineOption claim(QStringLiteral("claim"),
        CliTr::tr("Check every billed item of this claim and record the checks on it."),
        QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    parser.addOptions({ item, field, diagnosis, approved, emergency, claim, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.isSet(claim))
        return checkClaim(parser.value(claim), context);
    if (parser.value(item).trimmed().isEmpty())
        return context.usage(CliTr::tr("policy check needs --item TEXT or --claim ID"));
    const auto itemField = parser.isSet(field) ? itemFieldFromCode(parser.value(field))
                                               : std::optional(ItemField::Pharmacy);
    if (!itemField)
        return context.usage(CliTr::tr("unknown --field '%1' (pharmacy, lab, symptoms, complaint)")
                                 .arg(parser.value(field)));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    PolicyLibrary library(*db);
    const auto embeddings = context.embeddingProvider(*db);
    library.setEmbeddingProvider(embeddings.get());
    auto clauses = library.clauseCount();
    if (!clauses)
        return context.fail(clauses.error());
    if (*clauses == 0)
        return context.fail(CliTr::tr("The policy library is empty: import a policy document first "
                                      "(policy import FILE, or init --demo)"));
    LineItemChecker checker(library);
    if (auto s = checker.load(); !s)
        return context.fail(s.error());
    auto result = checker.check(parser.value(item), *itemField,
        { parser.value(diagnosis), parser.isSet(approved), parser.isSet(emergency) });
    if (!result)
        return context.fail(result.error());
    LineItemCheck checked = std::move(result).value();
    if (!checked.allowed && checked.alternatives.isEmpty()) {
        const PolicyReasoning reasoning
            = askModel(context, *db, QString(), parser.value(diagnosis), { checked }, QString());
        checked.suggestedAlternatives = reasoning.suggestions.value(checked.item);
    }
    print(context, checked.toJson());
    return Ok;
}

int PolicyCommand::checkClaim(const QString& claimId, CliContext& context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto claim = ClaimBook::findClaim(*db, claimId);
    if (!claim)
        return context.fail(claim.error());
    const auto rules = CliContext::engineFor(*db);
    if (!rules)
        return context.fail(rules.error());
    const auto embeddings = context.embeddingProvider(*db);
    auto review = ClaimPolicyReview::build(
        *db, *claim, QDate::currentDate(), rules->rules(), embeddings.get());
    if (!review)
        return context.fail(review.error());
    if (review->libraryEmpty)
        return context.fail(CliTr::tr("The policy library is empty: import a policy document first "
                                      "(policy import FILE, or init --demo)"));
    // (advice kept from an earlier check of the same items is not asked for again)
    if (review->needsClinicalCheck() && !review->reasoning.checked)
        review->applyReasoning(askModel(
            context, *db, claim->id, review->diagnosis, review->checks, review->treatmentNotes));
    if (auto s = review->record(*db, qEnvironmentVariable("USER", QStringLiteral("cli"))); !s)
        return context.fail(s.error());
    QJsonArray checks;
    for (const LineItemCheck& c : review->checks)
        checks.append(c.toJson());
    print(context,
        { { QStringLiteral("claim_id"), claim->id },
            { QStringLiteral("verification"),
                review->verification ? QJsonValue(review->verification->toJson()) : QJsonValue() },
            { QStringLiteral("checks"), checks },
            { QStringLiteral("approval_probability"), review->approvalProbability },
            { QStringLiteral("implausibilities"),
                QJsonArray::fromStringList(review->implausibilities) },
            { QStringLiteral("clinical_coherence"), review->reasoning.toJson() } });
    return Ok;
}

int PolicyCommand::import(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Import a policy document as a new version and index it: UTF-8 text, a PDF (its "
                  "text layer, or OCR when it is a scan) or page images."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("The policy document."));
    const QCommandLineOption name(QStringLiteral("name"),
        CliTr::tr("Document name (default: the file name)."), QStringLiteral("NAME"));
    parser.addOption(name);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("policy import needs one file"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    PolicyLibrary library(*db);
    const auto embeddings = context.embeddingProvider(*db);
    library.setEmbeddingProvider(embeddings.get());
    auto imported = library.importFile(parser.positionalArguments().first(), parser.value(name));
    if (!imported)
        return context.fail(imported.error());
    if (imported->unchanged)
        context.out()
            << CliTr::tr("%1 is unchanged (version %2)").arg(imported->name).arg(imported->version)
            << Qt::endl;
    else
        context.out() << CliTr::tr("%1 version %2: %3 clauses indexed")
                             .arg(imported->name)
                             .arg(imported->version)
                             .arg(imported->clauses)
                      << Qt::endl;
    if (!imported->embeddingProblem.isEmpty())
        context.err()
            << CliTr::tr("imported without embeddings: %1").arg(imported->embeddingProblem)
            << Qt::endl;
    if (imported->ocr)
        context.out() << CliTr::tr("read by OCR from %1 page(s), mean word confidence %2%")
                             .arg(imported->pages)
                             .arg(qRound(imported->ocrConfidence * 100))
                      << Qt::endl;
    return Ok;
}

int PolicyCommand::holders(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Import policy holders from JSON or CSV; all or nothing."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), CliTr::tr("A JSON array or a CSV file with a header row."));
    const QCommandLineOption type(
        QStringLiteral("type"), CliTr::tr("H or CD."), QStringLiteral("T"));
    parser.addOption(type);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("policy holders needs one file"));
    const auto claimType = claimTypeFromCode(parser.value(type));
    if (!claimType)
        return context.usage(CliTr::tr("policy holders needs --type H or --type CD"));
    const QString file = parser.positionalArguments().first();
    const auto bytes = BoundedRead::file(file, InputLimits::PolicyHoldersBytes);
    if (!bytes)
        return context.fail(bytes.error());
    auto holders = parsePolicyHolders(*bytes, *claimType);
    if (!holders)
        return context.fail(file + QStringLiteral(": ") + holders.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto stored = PolicyVerifier(*db).importHolders(*holders);
    if (!stored)
        return context.fail(stored.error());
    context.out() << CliTr::tr("%1 policy holders imported").arg(*stored) << Qt::endl;
    return Ok;
}

} // namespace ClaimDesk::Cli
