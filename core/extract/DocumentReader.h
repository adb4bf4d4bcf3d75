#pragma once

#include "domain/Document.h"
#include "extract/DocumentClassifier.h"
#include "extract/PhotoMetadata.h"
#include "ocr/DocumentSource.h"
#include "ocr/ImagePreprocessor.h"
#include "ocr/LineRereader.h"
#include "ocr/OcrTypes.h"

#include <QByteArray>
#include <QDate>
#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace ClaimDesk {

class TesseractEngine;

struct ReadOptions
{
    // Tesseract's languages ("eng", "eng+tha"), or "auto" (TesseractEngine::Auto):
    // each page read in the languages its script asks for, so that a Latin
    // receipt is not read, slower and worse, with the Thai model too.
    QString languages = QStringLiteral("auto");
    PreprocessOptions preprocess;
    // Keep the first page as loaded in DocumentReading::firstPage (for a model to
    // look at), so nobody has to open and decode the file a second time.
    bool keepFirstPage = false;
    // Let the extractor read its key rows of the first page a second time (see
    // LineRereader); off to measure what it adds.
    bool secondLook = true;
    // A second model that votes on the rows read again (Debian's
    // tesseract-ocr-script-latn); left out when not installed.
    QString secondLookLanguages = QStringLiteral("Latin");
    // Read on their own the lines the pass over a page left unread (see
    // UncoveredText): headings in a larger print, mostly.
    bool readUncoveredLines = true;
    // A page read with a mean word confidence below this (or read as nothing) is
    // read once more with its broken print joined (PreprocessOptions::joinInk):
    // Tesseract reads dot-matrix print as noise or not at all. The reading it is
    // surer of is kept. 0: never.
    double joinInkBelowConfidence = 0.5;
    // Show receipt fields' confidence as ConfidenceCalibration::shipped() maps it;
    // off to see the extractor's own (to fit the calibration).
    bool calibrateConfidence = true;
    // The day documents are read on, for telling a misread date from a real one;
    // invalid: the current date.
    QDate today {};
};

// Time spent in each stage of reading one document, in milliseconds of work
// (summed over pages, so with pages in parallel it can exceed the wall time).
struct StageTimes
{
    double load = 0;
    double preprocess = 0;
    double ocr = 0;
    double classify = 0;
    double extract = 0;
    double total() const { return load + preprocess + ocr + classify + extract; }
};

// Everything read from one document.
struct DocumentReading
{
    QString name;
    Classification classification;
    QList<ExtractedField> fields;
    QList<OcrPage> pages;
    PhotoMetadata photo;
    QImage firstPage; // as loaded; only with ReadOptions::keepFirstPage, and not for a text layer
    StageTimes times;
    QString error; // set when the document could not be read at all
    // What was read only in part: pages or words past their limit (InputLimits).
    QStringList notices;

    bool ok() const { return error.isEmpty(); }
    // The classification's category; "unknown" before (or without) one.
    QString category() const;
    const ExtractedField* field(const QString& name) const;
};

// The document pipeline, one stage at a time so that a batch can run pages of
// several documents in parallel (see ExtractionJob) and a single document can be
// read straight through (read()). Stateless apart from its options.
class DocumentReader final
{
public:
    explicit DocumentReader(ReadOptions options = {});

    // Straight through on the calling thread with the given engine; its pages are
    // read within InputLimits::DocumentSeconds (see overTimeError).
    DocumentReading read(const QByteArray& bytes, const QString& name, TesseractEngine& engine,
        const std::atomic_bool* cancel = nullptr) const;

    // Stage 1: open the document in `source` and read its first page; later pages
    // are read when their turn comes (source.page(i)), so a long PDF never sits in
    // memory at 300 DPI all at once.
    struct Loaded
    {
        int pageCount = 0;
        SourcePage first;
        PhotoMetadata photo;
        bool looksLikePhoto = false;
        QString error;
        QStringList notices;
        double ms = 0;
    };
    Loaded load(DocumentSource& source, const QByteArray& bytes, const QString& name) const;
    // Stage 2, per page: preprocess and OCR, or take the text layer (engine may
    // then be null). Past `deadline` the OCR stops and `error` says so.
    OcrPage recognize(const SourcePage& page, int index, TesseractEngine* engine,
        const std::atomic_bool* cancel, StageTimes& times, QString* error,
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever)) const;
    // The error of a document whose first page was not read within
    // InputLimits::DocumentSeconds; past its first page, the pages read stand and
    // the notice says how many were not.
    static QString overTimeError(const QString& name);
    static QString pagesOverTimeNotice(int notRead, int pages);
    // Stage 3: classify and extract fields. With a rereader on the first page the
    // extractor may read its key rows a second time (see LineRereader).
    void finish(DocumentReading& reading, bool looksLikePhoto,
        const LineRereader* rereader = nullptr) const;

    // The second look at a first page (none when ReadOptions::secondLook is off):
    // this thread's engine for the page's languages (TesseractEngine::forThisThread),
    // or the given one, and the voting model when it is installed.
    // `pages` are the document's readings: the first says whether its ink was
    // joined, and the rows are then read again from the page joined the same way.
    // None for a document with no pages read.
    std::optional<LineRereader> rereaderFor(
        const QImage& firstPage, const QList<OcrPage>& pages) const;
    std::optional<LineRereader> rereaderFor(
        const QImage& firstPage, const QList<OcrPage>& pages, TesseractEngine& engine) const;

    const ReadOptions& options() const { return m_options; }

private:
    ReadOptions m_options;
};

} // namespace ClaimDesk
