#include "ExtractCommand.h"

#include "CliTr.h"
#include "extract/ExtractionJob.h"
#include "llm/LlmFieldReader.h"
#include "report/ClaimJson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <cmath>

namespace ClaimDesk::Cli {

namespace {

double rounded(double ms)
{
    return std::round(ms * 10) / 10;
}

QJsonObject toJson(const QString& file, const DocumentReading& r, bool withText)
{
    QJsonObject o { { QStringLiteral("file"), file }, { QStringLiteral("category"), r.category() },
        { QStringLiteral("fields"), ClaimJson::fields(r.fields) },
        { QStringLiteral("ocr_ms"), rounded(r.times.preprocess + r.times.ocr) },
        { QStringLiteral("times_ms"),
            QJsonObject { { QStringLiteral("load"), rounded(r.times.load) },
                { QStringLiteral("preprocess"), rounded(r.times.preprocess) },
                { QStringLiteral("ocr"), rounded(r.times.ocr) },
                { QStringLiteral("classify"), rounded(r.times.classify) },
                { QStringLiteral("extract"), rounded(r.times.extract) } } },
        { QStringLiteral("pages"), int(r.pages.size()) } };
    if (!r.classification.evidence.isEmpty())
        o.insert(QStringLiteral("category_evidence"), r.classification.evidence);
    if (withText) {
        QString text;
        for (const OcrPage& p : r.pages)
            text += p.text() + QLatin1Char('\n');
        o.insert(QStringLiteral("text"), text);
    }
    if (!r.notices.isEmpty())
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(r.notices));
    if (!r.ok())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

} // namespace

QString ExtractCommand::summary() const
{
    return CliTr::tr("OCR, classify and extract fields from images and PDFs (JSON Lines)");
}

int ExtractCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"),
        CliTr::tr("Images (JPEG, PNG, WebP, TIFF) or PDFs."), QStringLiteral("FILE..."));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        CliTr::tr("Pages read in parallel (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        CliTr::tr("OCR languages, Tesseract's names joined by +, or auto: each page in the "
                  "languages its script asks for (default auto)."),
        QStringLiteral("LANGS"), QStringLiteral("auto"));
    const QCommandLineOption steps(QStringLiteral("steps"),
        CliTr::tr("Preprocessing steps: default, all, none, a list to keep "
                  "(grayscale,flatten,join,scale,deskew,denoise,"
                  "binarize,perspective) or to drop from the default (-deskew)."),
        QStringLiteral("SPEC"), QStringLiteral("default"));
    const QCommandLineOption text(
        QStringLiteral("text"), CliTr::tr("Include the recognised text."));
    const QCommandLineOption llm(QStringLiteral("llm"),
        CliTr::tr("Let the configured model read each document too: it fills fields OCR missed and "
                  "flags values it reads differently (model_value)."));
    parser.addOptions({ jobs, lang, steps, text, llm });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.usage(CliTr::tr("extract needs at least one file"));
    int threads = 0;
    if (parser.isSet(jobs)) {
        bool ok = false;
        threads = parser.value(jobs).toInt(&ok);
        if (!ok || threads < 1 || threads > 64)
            return context.usage(CliTr::tr("--jobs takes a number from 1 to 64"));
    }
    ReadOptions options;
    options.languages = parser.value(lang);
    QString stepError;
    options.preprocess = PreprocessOptions::fromSpec(parser.value(steps), &stepError);
    if (!stepError.isEmpty())
        return context.usage(stepError);
    options.keepFirstPage = parser.isSet(llm); // the model looks at it

    std::unique_ptr<LlmClient> client;
    std::unique_ptr<LlmFieldReader> reader;
    if (parser.isSet(llm)) {
        client = context.llmClient();
        if (!client->isConfigured())
            return context.usage(CliTr::tr("--llm needs a model: configure one in the settings or "
                                           "pass --llm-provider"));
        reader = std::make_unique<LlmFieldReader>(client.get());
    }

    ExtractionJob job(ExtractionJob::fromFiles(files), options, threads);
    // Print in input order as soon as each file's predecessors are out.
    QMap<int, QJsonObject> pending;
    int next = 0;
    int failed = 0;
    int outstanding = int(files.size());
    bool jobDone = false;
    QEventLoop loop;
    auto emitReady = [&](int index, const DocumentReading& reading, const QString& modelError) {
        if (!reading.ok())
            ++failed;
        QJsonObject o = toJson(files[index], reading, parser.isSet(text));
        if (!modelError.isEmpty())
            o.insert(QStringLiteral("model_error"), modelError);
        pending.insert(index, o);
        while (pending.contains(next)) {
            context.out() << QString::fromUtf8(
                QJsonDocument(pending.take(next)).toJson(QJsonDocument::Compact))
                          << '\n';
            ++next;
        }
        context.out().flush();
        if (--outstanding == 0 && jobDone)
            loop.quit();
    };
    if (reader)
        QObject::connect(reader.get(), &LlmFieldReader::checked, &loop, emitReady);
    QObject::connect(
        &job, &ExtractionJob::documentRead, &job, [&](int index, const DocumentReading& reading) {
            if (reader)
                reader->check(index, reading);
            else
                emitReady(index, reading, {});
        });
    QObject::connect(&job, &ExtractionJob::finished, &loop, [&] {
        jobDone = true;
        if (outstanding == 0)
            loop.quit();
    });
    job.start();
    loop.exec();
    if (failed > 0) {
        context.err() << CliTr::tr("claimdesk-cli: %1 of %2 files could not be read")
                             .arg(failed)
                             .arg(files.size())
                      << Qt::endl;
        return InputFailed;
    }
    return Ok;
}

} // namespace ClaimDesk::Cli
