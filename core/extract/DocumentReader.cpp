#include "extract/DocumentReader.h"

#include "domain/DocumentCategory.h"
#include "extract/ConfidenceCalibration.h"
#include "extract/ExtractTr.h"
#include "extract/FormExtractor.h"
#include "extract/ReceiptExtractor.h"
#include "ocr/LineRereader.h"
#include "ocr/TesseractEngine.h"
#include "ocr/UncoveredText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ClaimDesk {

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QString DocumentReading::category() const
{
    return classification.category.isEmpty() ? DocumentCategory::Unknown : classification.category;
}

const ExtractedField* DocumentReading::field(const QString& name) const
{
    for (const ExtractedField& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

DocumentReader::DocumentReader(ReadOptions options)
    : m_options(std::move(options))
{ }

DocumentReader::Loaded DocumentReader::load(
    DocumentSource& source, const QByteArray& bytes, const QString& name) const
{
    QElapsedTimer t;
    t.start();
    Loaded out;
    if (Status s = source.open(bytes, name); !s) {
        out.error = s.error();
        return out;
    }
    if (source.mimeType() == u"image/jpeg" && !DocumentSource::isCompleteJpeg(bytes)) {
        out.error
            = ExtractTr::tr("%1 is a JPEG image that is cut short (damaged or not fully copied).")
                  .arg(name);
        return out;
    }
    auto first = source.page(0);
    if (!first) {
        out.error = first.error();
        return out;
    }
    out.pageCount = source.pageCount();
    out.first = std::move(first.value());
    if (const QString cut = source.pagesNotice(); !cut.isEmpty())
        out.notices << cut;
    if (!source.isPdf()) {
        out.photo = PhotoMetadata::read(bytes);
        out.looksLikePhoto = DocumentClassifier::looksLikePhoto(out.first.image);
    }
    out.ms = msSince(t);
    return out;
}

namespace {

// The second look's voting model, if it is installed: one engine for the
// process (TesseractEngine::shared), as the Latin-script model takes 200 MB.
void addSecondLookVoter(LineRereader& rereader, const ReadOptions& options)
{
    if (options.secondLookLanguages.isEmpty() || options.secondLookLanguages == options.languages)
        return;
    const TesseractEngine::Shared voter = TesseractEngine::shared(options.secondLookLanguages);
    rereader.addEngine(voter.engine, voter.mutex);
}

// Lines the pass over the page left unread (see UncoveredText), each read on its
// own in single-line mode; what reads like text joins the page's words as lines
// of a block of their own.
void readUncoveredLines(
    const PreparedPage& prepared, TesseractEngine& engine, QList<OcrWord>& words)
{
    QList<QRect> read;
    read.reserve(words.size());
    int block = 0;
    for (const OcrWord& w : std::as_const(words)) {
        read.append(w.box);
        block = std::max(block, w.block + 1);
    }
    const int textHeight = int(std::lround(prepared.medianTextHeight * prepared.scale));
    const QList<QRect> missed = UncoveredText::lines(prepared.image, read, textHeight);
    if (missed.isEmpty())
        return;
    const LineRereader rereader(prepared.image, 0, { &engine });
    int line = 0;
    for (const QRect& box : missed) {
        QList<OcrWord> found = rereader.read(box);
        // a rule of dots, a stamp or a picture reads as letters nobody is sure of
        double confidence = 0;
        for (const OcrWord& w : std::as_const(found))
            confidence += w.confidence;
        if (found.isEmpty() || confidence / found.size() < 0.5)
            continue;
        // in reading order: after the line read above it
        qsizetype at = 0;
        int above = std::numeric_limits<int>::min();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const int top = words[i].box.top();
            if (top <= box.top() && top >= above) {
                above = top;
                at = i + 1;
                while (at < words.size() && words[at].block == words[i].block
                    && words[at].line == words[i].line)
                    ++at;
            }
        }
        for (OcrWord& w : found) {
            // single-line mode gives words the height of the whole cut-out
            w.box = w.box.intersected(box);
            w.block = block;
            w.line = line;
            words.insert(at++, std::move(w));
        }
        ++line;
    }
}

// This thread's engine for the languages the page's script asks for
// (TesseractEngine::scriptOf); a failure to load them is said in *error and the
// returned engine then fails to read.
TesseractEngine& engineForScript(const PreparedPage& page, QString* error)
{
    const QString languages
        = TesseractEngine::languagesForScript(TesseractEngine::scriptOf(page.image, page.dpi));
    return TesseractEngine::forThisThread(languages, error);
}

// Whether a page read in English alone is a form whose labelled fields may be
// printed in Thai (cards, certificates, registrations), not a receipt or a bill,
// whose amounts and dates read as well or better in English, and that Thai is
// installed to read them.
bool printsThaiFields(const OcrPage& englishReading)
{
    if (!TesseractEngine::installedLanguages().contains(QLatin1String("tha")))
        return false;
    const QString c = DocumentClassifier::classify({ englishReading }, {}).category;
    return c == DocumentCategory::CitizenIdCard || c == DocumentCategory::DrivingLicense
        || c == DocumentCategory::VehicleRegistration || c == DocumentCategory::MedicalCertificate
        || c == DocumentCategory::DischargeSummary;
}

} // namespace

QString DocumentReader::pagesOverTimeNotice(int notRead, int pages)
{
    return ExtractTr::tr(
        "%1 of %2 pages were not read: reading the document took longer than the limit of %3 s.")
        .arg(notRead)
        .arg(pages)
        .arg(InputLimits::DocumentSeconds);
}

QString DocumentReader::overTimeError(const QString& name)
{
    return ExtractTr::tr(
        "%1 was not read: reading it took longer than the limit of %2 s for one document.")
        .arg(name)
        .arg(InputLimits::DocumentSeconds);
}

OcrPage DocumentReader::recognize(const SourcePage& page, int index, TesseractEngine* engine,
    const std::atomic_bool* cancel, StageTimes& times, QString* error,
    QDeadlineTimer deadline) const
{
    if (page.textLayer) {
        OcrPage p = *page.textLayer;
        p.index = index;
        return p;
    }
    OcrPage out;
    out.index = index;
    out.size = page.image.size();
    if (!engine) {
        if (error)
            *error = ExtractTr::tr("No OCR engine for page %1.").arg(index + 1);
        return out;
    }
    // One pass of OCR over the page prepared with `preprocess`.
    struct Pass
    {
        PreparedPage prepared;
        OcrPage reading; // its words' boxes in the prepared page's pixels
    };
    // The page as prepared read by the current engine.
    auto read = [&](PreparedPage prepared) -> std::optional<Pass> {
        QElapsedTimer t;
        t.start();
        if (engine->isAuto()) // the first pass's page tells the script
            engine = &engineForScript(prepared, error);
        auto words = engine->recognize(prepared.image, prepared.dpi, cancel, {}, deadline);
        times.ocr += msSince(t);
        if (!words) {
            if (error)
                *error = words.error();
            return std::nullopt;
        }
        Pass p { std::move(prepared), {} };
        p.reading.words = std::move(words.value());
        return p;
    };
    auto pass = [&](const PreprocessOptions& preprocess) -> std::optional<Pass> {
        QElapsedTimer t;
        t.start();
        PreparedPage prepared = ImagePreprocessor::prepare(page.image, page.dpi, preprocess);
        times.preprocess += msSince(t);
        return read(std::move(prepared));
    };
    const bool byScript = engine->isAuto();
    std::optional<Pass> kept = pass(m_options.preprocess);
    if (!kept)
        return out;
    out.inkJoined = m_options.preprocess.joinInk;
    if (byScript && !engine->languages().contains(QLatin1String("tha"))
        && printsThaiFields(kept->reading)) {
        // detection goes by most of the page, and a certificate or a card may be
        // English but for its Thai name or date: such forms are read with Thai too
        engine = &TesseractEngine::forThisThread(QStringLiteral("eng+tha"), error);
        if (std::optional<Pass> withThai = read(kept->prepared))
            kept = std::move(withThai);
        else if (error)
            error->clear(); // the English reading stands
    }
    out.languages = engine->languages();
    // (a page that read as nothing at all too: Tesseract finds no line in dots)
    if (!out.inkJoined && kept->reading.meanConfidence() < m_options.joinInkBelowConfidence) {
        PreprocessOptions joining = m_options.preprocess;
        joining.joinInk = true;
        if (std::optional<Pass> joined = pass(joining)) {
            if (joined->reading.meanConfidence() > kept->reading.meanConfidence()) {
                kept = std::move(joined);
                out.inkJoined = true;
            }
        } else if (error) {
            error->clear(); // cancelled or failed: the first reading stands
        }
    }
    // only on the reading kept
    if (m_options.readUncoveredLines) {
        QElapsedTimer t;
        t.start();
        readUncoveredLines(kept->prepared, *engine, kept->reading.words);
        times.ocr += msSince(t);
    }
    // Boxes back onto the page as loaded, where the viewer draws them.
    out.words = std::move(kept->reading.words);
    for (OcrWord& w : out.words)
        w.box = kept->prepared.toSource.mapRect(w.box).intersected(QRect(QPoint(0, 0), out.size));
    return out;
}

std::optional<LineRereader> DocumentReader::rereaderFor(
    const QImage& firstPage, const QList<OcrPage>& pages) const
{
    if (!m_options.secondLook || firstPage.isNull() || pages.isEmpty())
        return std::nullopt;
    return rereaderFor(firstPage, pages, TesseractEngine::forThisThread(m_options.languages));
}

std::optional<LineRereader> DocumentReader::rereaderFor(
    const QImage& firstPage, const QList<OcrPage>& pages, TesseractEngine& given) const
{
    if (!m_options.secondLook || firstPage.isNull() || pages.isEmpty())
        return std::nullopt;
    // the rows are read again in the languages the page was read in
    TesseractEngine& engine = given.isAuto() && !pages.first().languages.isEmpty()
        ? TesseractEngine::forThisThread(pages.first().languages)
        : given;
    if (!engine.isReady() || engine.isAuto())
        return std::nullopt;
    LineRereader rereader(
        pages.first().inkJoined ? ImagePreprocessor::joinedInk(firstPage) : firstPage, 0,
        { &engine });
    addSecondLookVoter(rereader, m_options);
    return rereader;
}

void DocumentReader::finish(
    DocumentReading& reading, bool looksLikePhoto, const LineRereader* rereader) const
{
    QElapsedTimer t;
    t.start();
    reading.classification
        = DocumentClassifier::classify(reading.pages, { looksLikePhoto, reading.name });
    reading.times.classify += msSince(t);
    t.restart();
    const QString c = reading.category();
    if (c == DocumentCategory::Receipt || c == DocumentCategory::ItemizedBill) {
        reading.fields = ReceiptExtractor::extract(reading.pages, rereader, m_options.today);
        if (m_options.calibrateConfidence)
            ConfidenceCalibration::shipped().apply(reading.fields);
    } else if (DocumentCategory::isPhoto(c))
        reading.fields = FormExtractor::photoFields(reading.photo);
    else
        reading.fields = FormExtractor::extract(c, reading.pages);
    reading.times.extract += msSince(t);
}

DocumentReading DocumentReader::read(const QByteArray& bytes, const QString& name,
    TesseractEngine& engine, const std::atomic_bool* cancel) const
{
    DocumentReading reading;
    reading.name = name;
    DocumentSource source;
    Loaded loaded = load(source, bytes, name);
    // the budget is for reading pages: not the PDF check nor loading the models
    QDeadlineTimer deadline(QDeadlineTimer::Forever);
    bool deadlineSet = false;
    reading.times.load = loaded.ms;
    if (!loaded.error.isEmpty()) {
        reading.error = loaded.error;
        return reading;
    }
    reading.notices = loaded.notices;
    reading.photo = loaded.photo;
    if (m_options.keepFirstPage)
        reading.firstPage = loaded.first.image;
    const QImage firstImage = loaded.first.image; // shared: for the second look
    for (int i = 0; i < loaded.pageCount; ++i) {
        SourcePage page;
        if (deadline.hasExpired()) {
            reading.notices << pagesOverTimeNotice(loaded.pageCount - i, loaded.pageCount);
            break;
        }
        if (i == 0) {
            page = std::move(loaded.first);
        } else {
            QElapsedTimer t;
            t.start();
            auto next = source.page(i);
            reading.times.load += msSince(t);
            if (!next) {
                reading.error = next.error();
                return reading;
            }
            page = std::move(next.value());
        }
        // the models load only for a page that needs OCR (not for a text layer)
        if (!page.textLayer && !engine.isReady()) {
            if (Status s = engine.init(); !s) {
                reading.error = s.error();
                return reading;
            }
        }
        QString error;
        if (!page.notice.isEmpty())
            reading.notices << page.notice;
        if (!deadlineSet) {
            deadline.setRemainingTime(InputLimits::DocumentSeconds * 1000);
            deadlineSet = true;
        }
        OcrPage read = recognize(page, i, &engine, cancel, reading.times, &error, deadline);
        if (!error.isEmpty() && deadline.hasExpired() && i > 0) {
            // what was read stands; the rest is said to be missing
            reading.notices << pagesOverTimeNotice(loaded.pageCount - i, loaded.pageCount);
            break;
        }
        if (!error.isEmpty()) {
            reading.error = deadline.hasExpired() ? overTimeError(name) : error;
            return reading;
        }
        reading.pages.append(std::move(read));
    }
    const std::optional<LineRereader> rereader = rereaderFor(firstImage, reading.pages, engine);
    finish(reading, loaded.looksLikePhoto, rereader ? &*rereader : nullptr);
    return reading;
}

} // namespace ClaimDesk
