// Receipt extraction on a folder of scanned receipts with key files (the SROIE
// layout of shared/data/sroie-dev: img/NNN.jpg and key/NNN.json with company,
// date, total). Prints accuracy per field (exact after normalisation), how the
// Review pane would colour the values read right and wrong by their confidence,
// the time of each pipeline stage, and, side by side on the same images in one run, the
// time of the plain `tesseract IMG - -l LANG` command; then the throughput of
// ExtractionJob with 1 and with N jobs.
//
//   bench_receipts DIR [--lang eng] [--steps default] [--jobs 2] [--no-baseline] [--misses]
//                      [--ocr-cache CACHE] [--no-second-look] [--second-look-languages L]
//                      [--no-uncovered-lines] [--no-join-ink]
//
// --no-uncovered-lines and --no-join-ink switch off reading the lines the pass
// over the page missed and the second reading of a badly read page with its
// broken print joined (ReadOptions), to measure what each adds.
//
// --ocr-cache keeps each receipt's OCR words in CACHE/NNN.json and, when they are
// there already, extracts from them without reading the image again: extraction
// changes are then measured over the whole folder in a second. Times printed in
// that mode are not the pipeline's.
#include "extract/DocumentReader.h"
#include "extract/ExtractionJob.h"
#include "extract/FieldParsers.h"
#include "extract/ReceiptExtractor.h"
#include "ocr/DocumentSource.h"
#include "ocr/LineRereader.h"
#include "ocr/TesseractEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace ClaimDesk;

namespace {

QString normMerchant(const QString& s)
{
    QString out;
    for (const QChar c : s.toUpper()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QString normTotal(const QString& s)
{
    const auto m = FieldParsers::parseAmount(s);
    return m ? m->toString() : QString();
}

QString normDate(const QString& s)
{
    const auto d = FieldParsers::parseDate(s);
    return d ? d->toString(Qt::ISODate) : QString();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

double sum(const QList<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

QJsonObject pageToJson(const OcrPage& page)
{
    QJsonArray words;
    for (const OcrWord& w : page.words) {
        words.append(QJsonArray { w.text, w.box.x(), w.box.y(), w.box.width(), w.box.height(),
            double(w.confidence), w.block, w.line });
    }
    return { { QStringLiteral("width"), page.size.width() },
        { QStringLiteral("height"), page.size.height() },
        { QStringLiteral("ink_joined"), page.inkJoined }, { QStringLiteral("words"), words } };
}

OcrPage pageFromJson(const QJsonObject& o)
{
    OcrPage page;
    page.size = QSize(
        o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
    page.inkJoined = o.value(QStringLiteral("ink_joined")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("words")).toArray()) {
        const QJsonArray a = v.toArray();
        OcrWord w;
        w.text = a.at(0).toString();
        w.box = QRect(a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt(), a.at(4).toInt());
        w.confidence = float(a.at(5).toDouble());
        w.block = a.at(6).toInt();
        w.line = a.at(7).toInt();
        page.words.append(w);
    }
    return page;
}

double runJob(const QStringList& files, const ReadOptions& options, int threads)
{
    ExtractionJob job(ExtractionJob::fromFiles(files), options, threads);
    QEventLoop loop;
    QObject::connect(&job, &ExtractionJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    job.start();
    loop.exec();
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    TesseractEngine::limitOpenMpThreads(argv);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args[i + 1];
        args.remove(i, 2);
        return v;
    };
    auto flag = [&](const QString& name) { return args.removeAll(name) > 0; };
    ReadOptions options;
    options.languages = option(QStringLiteral("--lang"), QStringLiteral("eng"));
    options.preprocess
        = PreprocessOptions::fromSpec(option(QStringLiteral("--steps"), QStringLiteral("default")));
    options.preprocess.targetTextHeight
        = option(QStringLiteral("--text-height"), QStringLiteral("22")).toInt();
    const int jobs = option(QStringLiteral("--jobs"), QStringLiteral("2")).toInt();
    bool baseline = !flag(QStringLiteral("--no-baseline"));
    const bool showMisses = flag(QStringLiteral("--misses"));
    bool throughput = !flag(QStringLiteral("--no-throughput"));
    const QString cacheDir = option(QStringLiteral("--ocr-cache"), QString());
    const bool secondLook = !flag(QStringLiteral("--no-second-look"));
    options.secondLook = secondLook;
    options.secondLookLanguages
        = option(QStringLiteral("--second-look-languages"), options.secondLookLanguages);
    options.readUncoveredLines = !flag(QStringLiteral("--no-uncovered-lines"));
    if (flag(QStringLiteral("--no-join-ink")))
        options.joinInkBelowConfidence = 0;
    if (!cacheDir.isEmpty())
        QDir().mkpath(cacheDir);
    if (args.isEmpty()) {
        std::fprintf(stderr,
            "usage: bench_receipts DIR [--lang eng] [--steps SPEC] [--jobs N] "
            "[--no-baseline] [--no-throughput] [--misses]\n");
        return 2;
    }
    const QDir dir(args.first());
    const QStringList images = QDir(dir.filePath(QStringLiteral("img")))
                                   .entryList({ QStringLiteral("*.jpg"), QStringLiteral("*.png") },
                                       QDir::Files, QDir::Name);
    QTextStream out(stdout);
    out << "receipts: " << images.size() << ", languages " << options.languages << ", steps "
        << options.preprocess.spec() << Qt::endl;

    TesseractEngine engine(options.languages);
    engine.setLayout(
        TesseractEngine::Layout(option(QStringLiteral("--psm"), QStringLiteral("6")).toInt()));
    if (Status s = engine.init(); !s) {
        out << s.error() << Qt::endl;
        return 1;
    }
    const DocumentReader reader(options);
    static const char* const Fields[3] = { "total", "date", "merchant" };
    // Per field: how many were read right, and how the Review pane would colour
    // what was read (ExtractedField::SureFrom, CheckBelow): a wrong value shown
    // as sure is an error an adjuster is not warned of.
    struct Tally
    {
        int right = 0;
        int rightSure = 0;
        int rightFlagged = 0;
        int wrongSure = 0;
        int wrongFlagged = 0;
    };
    Tally tally[3];
    QList<double> ours, plain, load, pre, ocr, classify, extract;
    QStringList files;
    for (const QString& name : images) {
        const QString path = dir.filePath(QStringLiteral("img/") + name);
        files << path;
        QFile keyFile(dir.filePath(
            QStringLiteral("key/") + QFileInfo(name).completeBaseName() + QStringLiteral(".json")));
        keyFile.open(QIODevice::ReadOnly);
        const QJsonObject key = QJsonDocument::fromJson(keyFile.readAll()).object();

        const QString cachePath = cacheDir.isEmpty()
            ? QString()
            : QDir(cacheDir).filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json"));
        DocumentReading r;
        if (!cachePath.isEmpty() && QFileInfo::exists(cachePath)) {
            QFile cached(cachePath);
            cached.open(QIODevice::ReadOnly);
            r.pages = { pageFromJson(QJsonDocument::fromJson(cached.readAll()).object()) };
            // the second look reads rows of the image again, as the pipeline does
            // (loaded as the pipeline loads it: a large image is scaled down, not refused)
            std::optional<LineRereader> rereader;
            QImage image;
            if (secondLook) {
                QFile f(path);
                f.open(QIODevice::ReadOnly);
                DocumentSource source;
                if (source.open(f.readAll(), name))
                    if (auto page = source.page(0))
                        image = page.value().image;
            }
            if (!image.isNull())
                rereader = reader.rereaderFor(image, r.pages);
            QElapsedTimer t;
            t.start();
            r.fields = ReceiptExtractor::extract(r.pages, rereader ? &*rereader : nullptr);
            r.times.extract = double(t.nsecsElapsed()) / 1e6;
            ours << r.times.extract;
            baseline = false;
            throughput = false;
        } else {
            if (baseline) {
                QProcess p;
                QElapsedTimer t;
                t.start();
                p.start(QStringLiteral("tesseract"),
                    { path, QStringLiteral("-"), QStringLiteral("-l"), options.languages });
                p.waitForFinished(-1);
                plain << double(t.nsecsElapsed()) / 1e6;
            }
            QElapsedTimer t;
            t.start();
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            r = reader.read(f.readAll(), name, engine);
            ours << double(t.nsecsElapsed()) / 1e6;
            if (!cachePath.isEmpty() && !r.pages.isEmpty()) {
                QFile cached(cachePath);
                if (cached.open(QIODevice::WriteOnly))
                    cached.write(QJsonDocument(pageToJson(r.pages.first())).toJson());
            }
        }
        load << r.times.load;
        pre << r.times.preprocess;
        ocr << r.times.ocr;
        classify << r.times.classify;
        extract << r.times.extract;

        const QString want[3] = { normTotal(key.value(QStringLiteral("total")).toString()),
            normDate(key.value(QStringLiteral("date")).toString()),
            normMerchant(key.value(QStringLiteral("company")).toString()) };
        for (int i = 0; i < 3; ++i) {
            const ExtractedField* read = r.field(QString::fromLatin1(Fields[i]));
            const QString value = read ? read->value : QString();
            const QString got = i == 0 ? normTotal(value)
                : i == 1               ? normDate(value)
                                       : normMerchant(value);
            const double sure = read ? read->confidence : -1.0;
            const bool shownSure = read && sure >= ExtractedField::SureFrom;
            const bool flagged = read && sure < ExtractedField::CheckBelow;
            Tally& t = tally[i];
            if (!want[i].isEmpty() && want[i] == got) {
                ++t.right;
                t.rightSure += shownSure;
                t.rightFlagged += flagged;
                continue;
            }
            t.wrongSure += shownSure;
            t.wrongFlagged += flagged;
            if (showMisses)
                out << "  miss " << name << " " << Fields[i] << ": want \"" << want[i]
                    << "\" got \"" << got << "\" (confidence " << QString::number(sure, 'f', 2)
                    << ")" << Qt::endl;
        }
    }
    const double n = images.size();
    out << QStringLiteral("accuracy: total %1% (%2/%3), date %4% (%5/%3), merchant %6% (%7/%3)")
               .arg(100.0 * tally[0].right / n, 0, 'f', 1)
               .arg(tally[0].right)
               .arg(images.size())
               .arg(100.0 * tally[1].right / n, 0, 'f', 1)
               .arg(tally[1].right)
               .arg(100.0 * tally[2].right / n, 0, 'f', 1)
               .arg(tally[2].right)
        << Qt::endl;
    for (int i = 0; i < 3; ++i) {
        const Tally& t = tally[i];
        out << QStringLiteral("%1 as the Review pane colours it (sure from %8, flagged under "
                              "%9): of %2 wrong, %3 sure and %4 flagged; of %5 right, %6 sure "
                              "and %7 flagged")
                   .arg(QLatin1String(Fields[i]))
                   .arg(images.size() - t.right)
                   .arg(t.wrongSure)
                   .arg(t.wrongFlagged)
                   .arg(t.right)
                   .arg(t.rightSure)
                   .arg(t.rightFlagged)
                   .arg(ExtractedField::SureFrom)
                   .arg(ExtractedField::CheckBelow)
            << Qt::endl;
    }
    out << QStringLiteral(
        "stage means (ms): load %1, preprocess %2, ocr %3, classify %4, extract %5")
               .arg(sum(load) / n, 0, 'f', 1)
               .arg(sum(pre) / n, 0, 'f', 1)
               .arg(sum(ocr) / n, 0, 'f', 1)
               .arg(sum(classify) / n, 0, 'f', 2)
               .arg(sum(extract) / n, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("ClaimDesk per receipt (ms): mean %1, median %2, p95 %3, total %4 s")
               .arg(sum(ours) / n, 0, 'f', 1)
               .arg(percentile(ours, 0.5), 0, 'f', 1)
               .arg(percentile(ours, 0.95), 0, 'f', 1)
               .arg(sum(ours) / 1000, 0, 'f', 2)
        << Qt::endl;
    if (baseline) {
        out << QStringLiteral(
            "tesseract CLI per receipt (ms): mean %1, median %2, p95 %3, total %4 s "
            "(OMP_THREAD_LIMIT=%5)")
                   .arg(sum(plain) / n, 0, 'f', 1)
                   .arg(percentile(plain, 0.5), 0, 'f', 1)
                   .arg(percentile(plain, 0.95), 0, 'f', 1)
                   .arg(sum(plain) / 1000, 0, 'f', 2)
                   .arg(qEnvironmentVariable("OMP_THREAD_LIMIT", QStringLiteral("unset")))
            << Qt::endl;
        out << QStringLiteral("time ratio ClaimDesk / tesseract: %1 (target <= 1.0)")
                   .arg(sum(ours) / sum(plain), 0, 'f', 3)
            << Qt::endl;
    }
    if (throughput) {
        const double one = runJob(files, options, 1);
        const double many = runJob(files, options, jobs);
        out << QStringLiteral(
            "ExtractionJob: 1 job %1 s (%2 receipts/s), %3 jobs %4 s (%5 receipts/s), speed-up %6x")
                   .arg(one, 0, 'f', 2)
                   .arg(n / one, 0, 'f', 2)
                   .arg(jobs)
                   .arg(many, 0, 'f', 2)
                   .arg(n / many, 0, 'f', 2)
                   .arg(one / many, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
