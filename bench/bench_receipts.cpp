// Receipt extraction on a folder of scanned receipts with key files (the SROIE
// layout of shared/data/sroie-dev: img/NNN.jpg and key/NNN.json with company,
// date, total). Prints, for each validation fold (A: number % 6 == 0, B: % 6 == 2,
// C: % 6 == 4; any other number is fold X) and for all together, accuracy per
// field (exact after normalisation), how the Review pane would colour the values
// read right and wrong by their confidence (the share of values given that are
// wrong but shown sure, the share of right ones shown sure), the time of each
// pipeline stage and, side by side on the same images in one run, the time of the
// plain `tesseract IMG - -l LANG` command; then the spread between the folds and
// the throughput of ExtractionJob with 1 and with N jobs.
//
//   bench_receipts DIR [--folds ABC] [--lang auto] [--baseline-lang eng] [--steps default] [--jobs
//   2]
//                      [--no-baseline] [--misses] [--ocr-cache CACHE] [--no-second-look]
//                      [--second-look-languages L] [--no-uncovered-lines] [--no-join-ink]
//
// --folds reads only the receipts of the folds named: develop on two, measure the
// held-back one without printing its misses.
//
// --fit-calibration AB [--max-wrong-share 0.005] [--write-calibration FILE] fits the
// shown confidence (ConfidenceCalibration) on the extractor's own confidences of
// folds A and B, writes it to FILE (resources/calibration/receipt-confidence.json
// is the shipped one), and reports every fold as it would show them: the fold not
// named is the held-back figure. --raw-confidence reports the extractor's own.
//
// --train-total AB [--write-total-model FILE] trains the weights that choose the
// total (TotalModel) on folds A and B from the cached OCR words alone, and
// reports how often each fold's true total comes first (see trainTotalModel).
// --train-merchant AB [--write-merchant-model FILE] does the same for the
// merchant's row (MerchantModel; resources/models/receipt-merchant.json is the
// shipped one, see trainMerchantModel).
//
// --no-uncovered-lines and --no-join-ink switch off reading the lines the pass
// over the page missed and the second reading of a badly read page with its
// broken print joined (ReadOptions), to measure what each adds.
//
// --ocr-cache keeps each receipt's OCR words in CACHE/NNN.json and, when they are
// there already, extracts from them without reading the image again: extraction
// changes are then measured over the whole folder in a second. Times printed in
// that mode are not the pipeline's.
#include "extract/ConfidenceCalibration.h"
#include "extract/DocumentReader.h"
#include "extract/ExtractionJob.h"
#include "extract/FieldParsers.h"
#include "extract/ReceiptAmounts.h"
#include "extract/ReceiptExtractor.h"
#include "extract/ReceiptMerchant.h"
#include "extract/ReceiptRows.h"
#include "extract/TotalModel.h"
#include "ocr/DocumentSource.h"
#include "ocr/LineRereader.h"
#include "ocr/TesseractEngine.h"
#include "util/Text.h"

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

// Per field: how many were read right, and how the Review pane would colour
// what was read (ExtractedField::SureFrom, CheckBelow): a wrong value shown as
// sure is an error an adjuster is not warned of.
struct Tally
{
    int right = 0;
    int given = 0; // a value was read, right or wrong
    int rightSure = 0;
    int rightFlagged = 0;
    int wrongSure = 0;
    int wrongFlagged = 0;
};

constexpr int FieldCount = 3;
const char* const Fields[FieldCount] = { "total", "date", "merchant" };

struct FoldTally
{
    int receipts = 0;
    Tally fields[FieldCount];
    QList<double> ours, plain;

    double accuracy(int field) const
    {
        return receipts ? 100.0 * fields[field].right / receipts : 0;
    }
    // percent of one count of every field over another: share(&Tally::wrongSure,
    // &Tally::given) is the wrong values shown sure among all values given
    double share(int Tally::*part, int Tally::*whole) const
    {
        int p = 0, w = 0;
        for (const Tally& t : fields) {
            p += t.*part;
            w += t.*whole;
        }
        return w ? 100.0 * p / w : 0;
    }
    double wrongSureShare() const { return share(&Tally::wrongSure, &Tally::given); }
    double rightSureShare() const { return share(&Tally::rightSure, &Tally::right); }
};

// One field of one receipt as read: kept so that the tallies can be made with
// the confidences as read or as a calibration fitted afterwards shows them.
struct FieldRead
{
    QChar fold;
    int field = 0;
    bool given = false;
    bool right = false;
    double confidence = -1;
};

void count(FoldTally& f, const FieldRead& r, double shown)
{
    Tally& t = f.fields[r.field];
    const bool shownSure = r.given && shown >= ExtractedField::SureFrom;
    const bool flagged = r.given && shown < ExtractedField::CheckBelow;
    t.given += r.given;
    if (r.right) {
        ++t.right;
        t.rightSure += shownSure;
        t.rightFlagged += flagged;
    } else {
        t.wrongSure += shownSure;
        t.wrongFlagged += flagged;
    }
}

// SROIE-dev's folds by the number in the file name (its README).
QChar foldOf(const QString& fileName)
{
    bool ok = false;
    const int number = QFileInfo(fileName).completeBaseName().toInt(&ok);
    if (!ok)
        return QLatin1Char('X');
    switch (number % 6) {
    case 0:
        return QLatin1Char('A');
    case 2:
        return QLatin1Char('B');
    case 4:
        return QLatin1Char('C');
    default:
        return QLatin1Char('X');
    }
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
        { QStringLiteral("ink_joined"), page.inkJoined },
        { QStringLiteral("languages"), page.languages }, { QStringLiteral("words"), words } };
}

OcrPage pageFromJson(const QJsonObject& o)
{
    OcrPage page;
    page.size = QSize(
        o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
    page.inkJoined = o.value(QStringLiteral("ink_joined")).toBool();
    // caches written before pages said their languages were read in English
    page.languages = o.value(QStringLiteral("languages")).toString(QStringLiteral("eng"));
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

// The object of a JSON file (a cached reading, a key); none when the file
// cannot be opened.
std::optional<QJsonObject> jsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Where --ocr-cache keeps the first reading of receipt image `name`.
QString cachePathOf(const QString& cacheDir, const QString& name)
{
    return QDir(cacheDir).filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json"));
}

// The key (the true company, date and total) of receipt image `name`.
QString keyPathOf(const QDir& dir, const QString& name)
{
    return dir.filePath(
        QStringLiteral("key/") + QFileInfo(name).completeBaseName() + QStringLiteral(".json"));
}

// Reads a receipt from its cached OCR words; the second look reads rows of the
// image again, as the pipeline does (loaded as the pipeline loads it: a large
// image is scaled down, not refused).
DocumentReading readCached(const QString& cachePath, const QString& path, const QString& name,
    const DocumentReader& reader, const ReadOptions& options)
{
    DocumentReading r;
    r.pages = { pageFromJson(jsonFile(cachePath).value_or(QJsonObject())) };
    std::optional<LineRereader> rereader;
    QImage image;
    if (options.secondLook) {
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
    if (options.calibrateConfidence)
        ConfidenceCalibration::shipped().apply(r.fields);
    r.times.extract = double(t.nsecsElapsed()) / 1e6;
    return r;
}

void printFold(QTextStream& out, const QString& title, const FoldTally& f, bool baseline)
{
    out << QStringLiteral("%1 (%2 receipts): total %3%, date %4%, merchant %5%; wrong but "
                          "shown sure %6% of values given (target <= 1), right shown sure %7%")
               .arg(title)
               .arg(f.receipts)
               .arg(f.accuracy(0), 0, 'f', 1)
               .arg(f.accuracy(1), 0, 'f', 1)
               .arg(f.accuracy(2), 0, 'f', 1)
               .arg(f.wrongSureShare(), 0, 'f', 2)
               .arg(f.rightSureShare(), 0, 'f', 1)
        << Qt::endl;
    for (int i = 0; i < FieldCount; ++i) {
        const Tally& t = f.fields[i];
        out << QStringLiteral("  %1: %2/%3 right; of %4 wrong given, %5 sure and %6 flagged; "
                              "of %2 right, %7 sure and %8 flagged (sure from %9, flagged "
                              "under %10)")
                   .arg(QLatin1String(Fields[i]))
                   .arg(t.right)
                   .arg(f.receipts)
                   .arg(t.given - t.right)
                   .arg(t.wrongSure)
                   .arg(t.wrongFlagged)
                   .arg(t.rightSure)
                   .arg(t.rightFlagged)
                   .arg(ExtractedField::SureFrom)
                   .arg(ExtractedField::CheckBelow)
            << Qt::endl;
    }
    out << QStringLiteral("  ClaimDesk per receipt (ms): mean %1, median %2, p95 %3, total %4 s")
               .arg(sum(f.ours) / std::max(1, f.receipts), 0, 'f', 1)
               .arg(percentile(f.ours, 0.5), 0, 'f', 1)
               .arg(percentile(f.ours, 0.95), 0, 'f', 1)
               .arg(sum(f.ours) / 1000, 0, 'f', 2)
        << Qt::endl;
    if (!baseline || f.plain.isEmpty())
        return;
    out << QStringLiteral("  tesseract CLI per receipt (ms): mean %1, median %2, p95 %3, "
                          "total %4 s (OMP_THREAD_LIMIT=%5)")
               .arg(sum(f.plain) / f.plain.size(), 0, 'f', 1)
               .arg(percentile(f.plain, 0.5), 0, 'f', 1)
               .arg(percentile(f.plain, 0.95), 0, 'f', 1)
               .arg(sum(f.plain) / 1000, 0, 'f', 2)
               .arg(qEnvironmentVariable("OMP_THREAD_LIMIT", QStringLiteral("unset")))
        << Qt::endl;
    out << QStringLiteral("  time ratio ClaimDesk / tesseract: %1 (target <= 1.0)")
               .arg(sum(f.ours) / sum(f.plain), 0, 'f', 3)
        << Qt::endl;
}

// The largest difference between two folds, per field: how much a figure
// depends on which receipts it was measured on.
void printSpread(QTextStream& out, const QMap<QChar, FoldTally>& byFold)
{
    QStringList parts;
    for (int i = 0; i < FieldCount; ++i) {
        double low = 100, high = 0;
        for (const FoldTally& f : byFold) {
            low = std::min(low, f.accuracy(i));
            high = std::max(high, f.accuracy(i));
        }
        parts << QStringLiteral("%1 %2 points")
                     .arg(QLatin1String(Fields[i]))
                     .arg(high - low, 0, 'f', 1);
    }
    out << "spread between folds: " << parts.join(QStringLiteral(", ")) << Qt::endl;
}

// A receipt's first OCR reading from the cache (--ocr-cache) and its key: what
// the models are trained on, without reading an image.
struct CachedReceipt
{
    QString name;
    QList<OcrPage> pages;
    QJsonObject key;

    // Every one of `images`; none, having said which is missing, when one is.
    static std::optional<QList<CachedReceipt>> loadAll(
        QTextStream& out, const QDir& dir, const QString& cacheDir, const QStringList& images)
    {
        QList<CachedReceipt> all;
        for (const QString& name : images) {
            auto cached = load(dir, cacheDir, name);
            if (!cached) {
                out << "no cached reading or key for " << name << Qt::endl;
                return std::nullopt;
            }
            all << std::move(*cached);
        }
        return all;
    }

    static std::optional<CachedReceipt> load(
        const QDir& dir, const QString& cacheDir, const QString& name)
    {
        const auto cached = jsonFile(cachePathOf(cacheDir, name));
        const auto key = jsonFile(keyPathOf(dir, name));
        if (!cached || !key)
            return std::nullopt;
        return CachedReceipt { name, { pageFromJson(*cached) }, *key };
    }
};

bool writeModel(QTextStream& out, const LinearModel& model, const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(model.toJson()).toJson()) < 0) {
        out << "cannot write " << file << Qt::endl;
        return false;
    }
    return true;
}

// Trains weights on the candidates x (y: 1 for a right one) and prints them.
template<class Row>
LinearModel trainAndShow(QTextStream& out, const QStringList& names, const QList<Row>& x,
    const QList<int>& y, const QString& folds)
{
    const LinearModel trained = LinearModel::train(names, x, y);
    if (!trained.isValid())
        out << "training failed" << Qt::endl;
    else
        out << "trained on folds " << folds << ": "
            << QJsonDocument(trained.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    return trained;
}

// Trains TotalModel on the amounts of the receipts of `folds` from their cached
// OCR words (no image is read: the amounts' features come from the first
// reading), writes it to `file`, and prints for every fold how often the written
// and the trained weights put the true total first among the amounts: the folds
// not trained on are the held-back figure (the product scores with the written
// weights; see TotalModel.h).
int trainTotalModel(QTextStream& out, const QDir& dir, const QStringList& images,
    const QString& cacheDir, const QString& folds, const QString& file)
{
    struct Receipt
    {
        QChar fold;
        QList<ReceiptAmounts::Candidate> candidates;
        qint64 truth = -1;
    };
    QList<Receipt> receipts;
    QList<TotalModel::Features> x;
    QList<int> y;
    const auto cachedAll = CachedReceipt::loadAll(out, dir, cacheDir, images);
    if (!cachedAll)
        return 1;
    for (const CachedReceipt& cached : *cachedAll) {
        const QString& name = cached.name;
        const auto truth = FieldParsers::parseAmount(cached.key.value(u"total").toString());
        Receipt r { foldOf(name), {}, truth ? truth->cents() : -1 };
        ReceiptAmounts::find(ReceiptRows(cached.pages, nullptr), &r.candidates);
        if (folds.contains(r.fold)) {
            for (const auto& c : std::as_const(r.candidates)) {
                x << c.features;
                y << int(c.value.cents() == r.truth);
            }
        }
        receipts << r;
    }
    const LinearModel trained = trainAndShow(out, TotalModel::featureNames(), x, y, folds);
    if (!trained.isValid())
        return 1;
    const LinearModel written = TotalModel::written();
    QMap<QChar, std::array<int, 3>> byFold; // receipts, written first, trained first
    for (const Receipt& r : std::as_const(receipts)) {
        auto first = [&](const LinearModel& m) {
            const ReceiptAmounts::Candidate* best = nullptr;
            double bestScore = 0;
            for (const auto& c : r.candidates) {
                const double s = m.score(c.features);
                if (!best || s > bestScore + 1e-9
                    || (std::abs(s - bestScore) < 1e-9 && c.value.cents() >= best->value.cents())) {
                    best = &c;
                    bestScore = s;
                }
            }
            return best && best->value.cents() == r.truth;
        };
        auto& tally = byFold[r.fold];
        ++tally[0];
        tally[1] += first(written);
        tally[2] += first(trained);
    }
    for (auto it = byFold.cbegin(); it != byFold.cend(); ++it) {
        out << QStringLiteral("fold %1%2: the true total first among the amounts, written "
                              "weights %3/%4, trained %5/%4")
                   .arg(it.key())
                   .arg(folds.contains(it.key()) ? QStringLiteral(" (trained on)")
                                                 : QStringLiteral(" (held back)"))
                   .arg((*it)[1])
                   .arg((*it)[0])
                   .arg((*it)[2])
            << Qt::endl;
    }
    return file.isEmpty() || writeModel(out, trained, file) ? 0 : 1;
}

// Whether a top row holds (most of) the receipt's merchant as the key names it:
// the row alone, or a part of a name printed over two rows.
bool namesMerchant(const QString& rowText, const QString& truth)
{
    const QString row = normMerchant(ReceiptMerchant::cleanName(rowText));
    const QString name = normMerchant(truth);
    if (row.size() < 4 || name.isEmpty())
        return false;
    const int near = std::max(2, int(name.size() / 5));
    return Text::editDistance(row, name, near) <= near
        || (name.contains(row) && row.size() * 5 >= name.size() * 2);
}

// Trains MerchantModel on the top rows of the receipts of `folds` (a row naming
// the merchant is a right one) from their cached OCR words, writes it to `file`,
// and prints for every fold how often the written and the trained weights choose
// a row that names the merchant, and how often the merchant read from the first
// reading alone (no second look) is right with each: the folds not trained on
// are the held-back figures.
int trainMerchantModel(QTextStream& out, const QDir& dir, const QStringList& images,
    const QString& cacheDir, const QString& folds, const QString& file)
{
    struct Receipt
    {
        QChar fold;
        QList<OcrPage> pages;
        QString truth;
    };
    QList<Receipt> receipts;
    QList<MerchantModel::Features> x;
    QList<int> y;
    const auto cachedAll = CachedReceipt::loadAll(out, dir, cacheDir, images);
    if (!cachedAll)
        return 1;
    for (const CachedReceipt& cached : *cachedAll) {
        const QString& name = cached.name;
        Receipt r { foldOf(name), cached.pages, cached.key.value(u"company").toString() };
        if (r.truth.isEmpty()) {
            out << "no merchant in the key of " << name << Qt::endl;
            return 1;
        }
        if (folds.contains(r.fold)) {
            QList<ReceiptMerchant::Candidate> candidates;
            ReceiptMerchant::find(
                ReceiptRows(r.pages, nullptr), MerchantModel::written(), &candidates);
            for (const auto& c : std::as_const(candidates)) {
                x << c.features;
                y << int(namesMerchant(c.text, r.truth));
            }
        }
        receipts << r;
    }
    const LinearModel trained = trainAndShow(out, MerchantModel::featureNames(), x, y, folds);
    if (!trained.isValid())
        return 1;
    const LinearModel written = MerchantModel::written();
    // receipts; per model: a right row chosen, the merchant right
    QMap<QChar, std::array<int, 5>> byFold;
    for (const Receipt& r : std::as_const(receipts)) {
        auto& tally = byFold[r.fold];
        ++tally[0];
        const ReceiptRows rows(r.pages, nullptr);
        for (int m = 0; m < 2; ++m) {
            const auto found = ReceiptMerchant::find(rows, m == 0 ? written : trained);
            if (!found)
                continue;
            tally[1 + 2 * m] += namesMerchant(found->printedText, r.truth);
            tally[2 + 2 * m] += normMerchant(found->value) == normMerchant(r.truth);
        }
    }
    for (auto it = byFold.cbegin(); it != byFold.cend(); ++it) {
        out << QStringLiteral("fold %1%2: a row naming the merchant chosen, written weights "
                              "%3/%4, trained %5/%4; merchant right (first reading), written "
                              "%6/%4, trained %7/%4")
                   .arg(it.key())
                   .arg(folds.contains(it.key()) ? QStringLiteral(" (trained on)")
                                                 : QStringLiteral(" (held back)"))
                   .arg((*it)[1])
                   .arg((*it)[0])
                   .arg((*it)[3])
                   .arg((*it)[2])
                   .arg((*it)[4])
            << Qt::endl;
    }
    return file.isEmpty() || writeModel(out, trained, file) ? 0 : 1;
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
    // as `claimdesk-cli extract` reads by default; the plain tesseract command
    // beside it reads in English (--baseline-lang)
    options.languages = option(QStringLiteral("--lang"), QStringLiteral("auto"));
    const QString baselineLanguages
        = option(QStringLiteral("--baseline-lang"), QStringLiteral("eng"));
    options.preprocess
        = PreprocessOptions::fromSpec(option(QStringLiteral("--steps"), QStringLiteral("default")));
    options.preprocess.targetTextHeight
        = option(QStringLiteral("--text-height"), QStringLiteral("22")).toInt();
    const int jobs = option(QStringLiteral("--jobs"), QStringLiteral("2")).toInt();
    const QString folds = option(QStringLiteral("--folds"), QStringLiteral("ABCX")).toUpper();
    bool baseline = !flag(QStringLiteral("--no-baseline"));
    const bool showMisses = flag(QStringLiteral("--misses"));
    bool throughput = !flag(QStringLiteral("--no-throughput"));
    const QString cacheDir = option(QStringLiteral("--ocr-cache"), QString());
    options.secondLook = !flag(QStringLiteral("--no-second-look"));
    options.secondLookLanguages
        = option(QStringLiteral("--second-look-languages"), options.secondLookLanguages);
    options.readUncoveredLines = !flag(QStringLiteral("--no-uncovered-lines"));
    if (flag(QStringLiteral("--no-join-ink")))
        options.joinInkBelowConfidence = 0;
    const QString trainFolds = option(QStringLiteral("--train-total"), QString()).toUpper();
    const QString totalModelFile = option(QStringLiteral("--write-total-model"), QString());
    const QString merchantFolds = option(QStringLiteral("--train-merchant"), QString()).toUpper();
    const QString merchantModelFile = option(QStringLiteral("--write-merchant-model"), QString());
    const QString fitFolds = option(QStringLiteral("--fit-calibration"), QString()).toUpper();
    const QString calibrationFile = option(QStringLiteral("--write-calibration"), QString());
    const double maxWrongShare
        = option(QStringLiteral("--max-wrong-share"), QStringLiteral("0.005")).toDouble();
    options.calibrateConfidence = fitFolds.isEmpty() && !flag(QStringLiteral("--raw-confidence"));
    if (!cacheDir.isEmpty())
        QDir().mkpath(cacheDir);
    if (args.isEmpty()) {
        std::fprintf(stderr,
            "usage: bench_receipts DIR [--lang eng] [--steps SPEC] [--jobs N] "
            "[--no-baseline] [--no-throughput] [--misses] [--ocr-cache DIR [--train-total AB] "
            "[--train-merchant AB] [--fit-calibration AB]]\n");
        return 2;
    }
    const QDir dir(args.first());
    QStringList images;
    for (const QString& name : QDir(dir.filePath(QStringLiteral("img")))
                                   .entryList({ QStringLiteral("*.jpg"), QStringLiteral("*.png") },
                                       QDir::Files, QDir::Name)) {
        if (folds.contains(foldOf(name)))
            images << name;
    }
    QTextStream out(stdout);
    out << "receipts: " << images.size() << " in folds " << folds << ", languages "
        << options.languages << " (English from "
        << TesseractEngine::dataPathFor(QStringLiteral("eng")) << "), steps "
        << options.preprocess.spec() << Qt::endl;

    if (!trainFolds.isEmpty())
        return trainTotalModel(out, dir, images, cacheDir, trainFolds, totalModelFile);
    if (!merchantFolds.isEmpty())
        return trainMerchantModel(out, dir, images, cacheDir, merchantFolds, merchantModelFile);

    TesseractEngine engine(options.languages);
    engine.setLayout(
        TesseractEngine::Layout(option(QStringLiteral("--psm"), QStringLiteral("6")).toInt()));
    if (Status s = engine.init(); !s) {
        out << s.error() << Qt::endl;
        return 1;
    }
    const DocumentReader reader(options);
    QMap<QChar, FoldTally> byFold;
    FoldTally all;
    QList<double> load, pre, ocr, classify, extract;
    QList<FieldRead> reads;
    QStringList files;
    for (const QString& name : images) {
        const QString path = dir.filePath(QStringLiteral("img/") + name);
        files << path;
        FoldTally& fold = byFold[foldOf(name)];
        const QJsonObject key = jsonFile(keyPathOf(dir, name)).value_or(QJsonObject());
        const QString cachePath = cacheDir.isEmpty() ? QString() : cachePathOf(cacheDir, name);
        DocumentReading r;
        double ms = 0;
        if (!cachePath.isEmpty() && QFileInfo::exists(cachePath)) {
            r = readCached(cachePath, path, name, reader, options);
            ms = r.times.extract;
            baseline = false;
            throughput = false;
        } else {
            if (baseline) {
                QProcess p;
                QElapsedTimer t;
                t.start();
                p.start(QStringLiteral("tesseract"),
                    { path, QStringLiteral("-"), QStringLiteral("-l"), baselineLanguages });
                p.waitForFinished(-1);
                fold.plain << double(t.nsecsElapsed()) / 1e6;
            }
            QElapsedTimer t;
            t.start();
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            r = reader.read(f.readAll(), name, engine);
            ms = double(t.nsecsElapsed()) / 1e6;
            if (!cachePath.isEmpty() && !r.pages.isEmpty()) {
                QFile cached(cachePath);
                if (cached.open(QIODevice::WriteOnly))
                    cached.write(
                        QJsonDocument(pageToJson(r.pages.first())).toJson(QJsonDocument::Compact));
            }
        }
        fold.ours << ms;
        load << r.times.load;
        pre << r.times.preprocess;
        ocr << r.times.ocr;
        classify << r.times.classify;
        extract << r.times.extract;
        ++fold.receipts;

        const QString want[FieldCount] = { normTotal(key.value(QStringLiteral("total")).toString()),
            normDate(key.value(QStringLiteral("date")).toString()),
            normMerchant(key.value(QStringLiteral("company")).toString()) };
        for (int i = 0; i < FieldCount; ++i) {
            const ExtractedField* read = r.field(QString::fromLatin1(Fields[i]));
            const QString value = read ? read->value : QString();
            const QString got = i == 0 ? normTotal(value)
                : i == 1               ? normDate(value)
                                       : normMerchant(value);
            const FieldRead fr { foldOf(name), i, !got.isEmpty(),
                !want[i].isEmpty() && want[i] == got, read ? read->confidence : -1.0 };
            reads << fr;
            if (showMisses && !fr.right)
                out << "  miss " << name << " " << Fields[i] << ": want \"" << want[i]
                    << "\" got \"" << got << "\" (confidence "
                    << QString::number(fr.confidence, 'f', 2) << ")" << Qt::endl;
        }
    }
    std::optional<ConfidenceCalibration> fitted;
    if (!fitFolds.isEmpty()) {
        QList<ConfidenceCalibration::Sample> samples;
        for (const FieldRead& fr : reads) {
            if (fr.given && fitFolds.contains(fr.fold))
                samples.append({ QString::fromLatin1(Fields[fr.field]), fr.confidence, fr.right });
        }
        fitted = ConfidenceCalibration::fit(samples, maxWrongShare);
        out << "calibration fitted on folds " << fitFolds << " (at most " << maxWrongShare * 100
            << "% of each field's values wrong but sure): "
            << QJsonDocument(fitted->toJson()).toJson(QJsonDocument::Compact) << Qt::endl
            << "the figures below show the confidences as it maps them" << Qt::endl;
        if (!calibrationFile.isEmpty()) {
            QFile file(calibrationFile);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(QJsonDocument(fitted->toJson()).toJson()) < 0) {
                out << "cannot write " << calibrationFile << Qt::endl;
                return 1;
            }
        }
    }
    for (const FieldRead& fr : reads) {
        const double shown = fitted
            ? fitted->calibrated(QString::fromLatin1(Fields[fr.field]), fr.confidence)
            : fr.confidence;
        count(byFold[fr.fold], fr, shown);
    }
    for (auto it = byFold.cbegin(); it != byFold.cend(); ++it) {
        printFold(out, QStringLiteral("fold %1").arg(it.key()), it.value(), baseline);
        all.receipts += it->receipts;
        all.ours += it->ours;
        all.plain += it->plain;
        for (int i = 0; i < FieldCount; ++i) {
            Tally& a = all.fields[i];
            const Tally& f = it->fields[i];
            a.right += f.right;
            a.given += f.given;
            a.rightSure += f.rightSure;
            a.rightFlagged += f.rightFlagged;
            a.wrongSure += f.wrongSure;
            a.wrongFlagged += f.wrongFlagged;
        }
    }
    printFold(out, QStringLiteral("all folds"), all, baseline);
    if (byFold.size() > 1)
        printSpread(out, byFold);
    const double n = images.size();
    out << QStringLiteral(
        "stage means (ms): load %1, preprocess %2, ocr %3, classify %4, extract %5")
               .arg(sum(load) / n, 0, 'f', 1)
               .arg(sum(pre) / n, 0, 'f', 1)
               .arg(sum(ocr) / n, 0, 'f', 1)
               .arg(sum(classify) / n, 0, 'f', 2)
               .arg(sum(extract) / n, 0, 'f', 2)
        << Qt::endl;
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
