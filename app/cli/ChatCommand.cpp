#include "ChatCommand.h"

#include "CliTr.h"
#include "intake/IntakeEngine.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace {

// An upload's path as written in the script: as given, else beside the script.
QString resolveUpload(const QString& path, const QString& scriptDir)
{
    if (QFileInfo(path).isAbsolute() || QFileInfo::exists(path) || scriptDir.isEmpty())
        return path;
    const QString beside = QDir(scriptDir).filePath(path);
    return QFileInfo::exists(beside) ? beside : path;
}

QJsonObject stepJson(const IntakeEngine& engine, const IntakeReply& reply, ReplyLanguage lang)
{
    const IntakeState& s = engine.state();
    const auto list = engine.checklist();
    QJsonArray quick;
    for (const QuickReply& q : reply.quickReplies)
        quick << q.label.in(lang);
    QJsonObject o { { QStringLiteral("reply"), reply.text.in(lang) },
        { QStringLiteral("claim_id"), s.claimId.isEmpty() ? QJsonValue() : QJsonValue(s.claimId) },
        { QStringLiteral("claim_type"),
            s.claimType ? QJsonValue(claimTypeCode(*s.claimType)) : QJsonValue() },
        { QStringLiteral("policy_verified"), s.policyVerified },
        { QStringLiteral("required_documents"),
            QJsonArray::fromStringList(list ? list->requiredKeys() : QStringList()) },
        { QStringLiteral("missing_documents"),
            QJsonArray::fromStringList(list ? list->missingKeys() : QStringList()) },
        { QStringLiteral("is_complete"), engine.isComplete() },
        { QStringLiteral("submitted"), s.submitted }, { QStringLiteral("quick_replies"), quick },
        { QStringLiteral("escalated"), s.escalated } };
    if (reply.documentId)
        o.insert(QStringLiteral("document_id"), *reply.documentId);
    if (reply.error != IntakeError::None)
        o.insert(QStringLiteral("error"), intakeErrorCode(reply.error));
    return o;
}

} // namespace

QString ChatCommand::summary() const
{
    return CliTr::tr("drive the intake conversation from a JSON Lines script");
}

int ChatCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u'\n'
        + CliTr::tr(
            "Each line is one of {\"say\": TEXT}, {\"upload\": PATH}, {\"owner\": "
            "\"customer\"|\"other_party\"}, {\"id_number\": DIGITS}, {\"submit\": true}, "
            "{\"claim_type\": \"H\"|\"CD\"}, {\"appointment\": ISO-TIME} or {\"restart\": true}. "
            "One JSON line is printed per step. Uploads are read with OCR (Thai and English). "
            "The replies are the engine's own words; the model phrases them only in the app."));
    const QCommandLineOption script(QStringLiteral("script"),
        CliTr::tr("The conversation, JSON Lines; - reads stdin."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        CliTr::tr("Reply in th or en only (default: both, Thai first)."), QStringLiteral("LANG"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        CliTr::tr(
            "Hold the conversation as on this day (policy periods, claim dates), for replays."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOption(script);
    parser.addOption(lang);
    parser.addOption(asOf);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (!parser.isSet(script))
        return context.usage(CliTr::tr("chat needs --script FILE (or - for stdin)"));
    bool langOk = true;
    const ReplyLanguage language = replyLanguageFromCode(parser.value(lang), &langOk);
    if (!langOk)
        return context.usage(CliTr::tr("--lang must be th or en, not %1").arg(parser.value(lang)));

    const QString path = parser.value(script);
    QFile in;
    const bool opened = path == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                     : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!opened)
        return context.fail(CliTr::tr("cannot read %1: %2").arg(path, in.errorString()));
    const QString scriptDir = path == u"-" ? QString() : QFileInfo(path).absolutePath();

    Clock clock = systemClock();
    if (parser.isSet(asOf)) {
        const QDate day = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!day.isValid())
            return context.usage(
                CliTr::tr("--as-of must be a date as YYYY-MM-DD, not %1").arg(parser.value(asOf)));
        clock = fixedClock(QDateTime(day, QTime(12, 0)).toUTC());
    }
    auto openedBook = context.openClaimBook(clock);
    if (!openedBook)
        return context.fail(openedBook.error());
    ClaimBook& book = openedBook.value();
    IntakeEngine engine(book, IntakeEngine::importingStore(book, ReadOptions {}), clock);
    engine.setLanguage(language);
    engine.setActor(QStringLiteral("cli-chat"));

    bool anyFailed = false;
    BoundedLineReader lines(
        in, InputLimits::ChatLineBytes, path == u"-" ? CliTr::tr("the script") : path);
    for (;;) {
        auto next = lines.next();
        if (!next)
            return context.fail(next.error());
        if (!next->has_value())
            break;
        const qint64 lineNo = lines.lineNumber();
        if (lineNo > InputLimits::ChatScriptLines)
            return context.fail(CliTr::tr("the script is longer than the limit of %1 lines; "
                                          "nothing after line %1 was read")
                                    .arg(InputLimits::ChatScriptLines));
        const QByteArray line = next->value().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QJsonObject out;
        if (!doc.isObject()) {
            out = { { QStringLiteral("line"), lineNo },
                { QStringLiteral("error"),
                    doc.isNull() ? CliTr::tr("not valid JSON (%1 at character %2)")
                                       .arg(error.errorString())
                                       .arg(error.offset + 1)
                                 : CliTr::tr("a line must be a JSON object") } };
            anyFailed = true;
        } else if (auto input = IntakeInput::fromJson(doc.object()); !input) {
            out = { { QStringLiteral("line"), lineNo },
                { QStringLiteral("error"), input.error() } };
            anyFailed = true;
        } else {
            IntakeInput step = *input;
            if (step.kind == IntakeInput::Kind::Upload)
                step.value = resolveUpload(step.value, scriptDir);
            out = stepJson(engine, engine.handle(step), language);
        }
        context.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact))
                      << Qt::endl;
    }
    context.out().flush();
    return anyFailed ? InputFailed : Ok;
}

} // namespace ClaimDesk::Cli
