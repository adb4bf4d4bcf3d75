#include "extract/ExtractionJob.h"

#include "extract/ExtractTr.h"
#include "ocr/LineRereader.h"
#include "ocr/TesseractEngine.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <algorithm>
#include <functional>
#include <optional>

namespace ClaimDesk {

struct ExtractionJob::DocumentState
{
    int index = 0;
    DocumentReading reading;
    QByteArray bytes; // each page task opens its own DocumentSource from these
    SourcePage first; // read while loading; later pages are read by their task
    QImage firstImage; // kept (shared, not copied) for the extractor's second look
    bool looksLikePhoto = false;
    // Time spent on the document's pages, not time waiting for a thread: a long
    // batch does not use up a document's budget before it starts.
    std::atomic<qint64> spentMs { 0 };
    qint64 msLeft() const { return InputLimits::DocumentSeconds * 1000LL - spentMs.load(); }
    std::atomic_int pagesLeft { 0 };
    QList<int> pagesOverTime; // not read: the budget was spent
    QMutex mutex; // guards reading.times, reading.error, reading.notices and pagesOverTime
};

ExtractionJob::ExtractionJob(QList<Input> inputs, ReadOptions options, int threads, QObject* parent)
    : QObject(parent)
    , m_inputs(std::move(inputs))
    , m_reader(std::move(options))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    // engines live in the worker threads: keep those threads while the job runs
    m_pool->setExpiryTimeout(-1);
}

ExtractionJob::~ExtractionJob()
{
    cancel();
    m_pool->clear();
    m_pool->waitForDone();
}

QList<ExtractionJob::Input> ExtractionJob::fromFiles(const QStringList& paths)
{
    QList<Input> out;
    for (const QString& p : paths)
        out.append({ QFileInfo(p).fileName(), p, {} });
    return out;
}

void ExtractionJob::start()
{
    if (m_inputs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_inputs.size(); ++i)
        m_pool->start([this, i] { readDocument(i); });
}

void ExtractionJob::cancel()
{
    m_cancel = true;
}

void ExtractionJob::readDocument(int index)
{
    auto doc = std::make_shared<DocumentState>();
    doc->index = index;
    doc->reading.name = m_inputs[index].name;
    if (m_cancel) {
        doc->reading.error = ExtractTr::tr("Canceled.");
        complete(index, std::move(doc->reading));
        return;
    }
    QByteArray bytes = m_inputs[index].bytes;
    if (bytes.isEmpty() && !m_inputs[index].path.isEmpty()) {
        auto read = BoundedRead::file(m_inputs[index].path, InputLimits::DocumentBytes);
        if (!read) {
            doc->reading.error = read.error();
            complete(index, std::move(doc->reading));
            return;
        }
        bytes = std::move(read).value();
    }
    DocumentSource source;
    DocumentReader::Loaded loaded = m_reader.load(source, bytes, doc->reading.name);
    doc->reading.times.load = loaded.ms;
    if (!loaded.error.isEmpty()) {
        doc->reading.error = loaded.error;
        complete(index, std::move(doc->reading));
        return;
    }
    doc->reading.photo = loaded.photo;
    doc->reading.notices = loaded.notices;
    if (m_reader.options().keepFirstPage)
        doc->reading.firstPage = loaded.first.image; // shared, not copied
    doc->looksLikePhoto = loaded.looksLikePhoto;
    doc->first = std::move(loaded.first);
    doc->bytes = bytes;
    const int n = loaded.pageCount;
    doc->reading.pages.resize(n);
    doc->pagesLeft = n;
    m_pagesTotal += n;
    // first page here, the others on free threads
    for (int p = 1; p < n; ++p)
        m_pool->start([this, doc, p] { readPage(doc, p); });
    readPage(doc, 0);
}

void ExtractionJob::readPage(const std::shared_ptr<DocumentState>& doc, int page)
{
    if (!m_cancel) {
        QElapsedTimer pageTime;
        pageTime.start();
        const QDeadlineTimer deadline(std::max<qint64>(0, doc->msLeft()));
        QString error;
        bool overTime = deadline.hasExpired();
        StageTimes times;
        SourcePage source;
        if (page == 0) {
            source = std::move(doc->first);
            doc->firstImage = source.image;
        } else {
            // QPdfDocument cannot be shared between threads: this page's own copy
            QElapsedTimer t;
            t.start();
            DocumentSource own;
            if (!overTime) { // checked by the first page's open already
                if (Status opened
                    = own.open(doc->bytes, doc->reading.name, DocumentSource::PdfChecked::Yes);
                    !opened)
                    error = opened.error();
                else if (auto read = own.page(page); !read)
                    error = read.error();
                else
                    source = std::move(read.value());
            }
            times.load = double(t.nsecsElapsed()) / 1e6;
        }
        OcrPage result;
        TesseractEngine* engine = nullptr;
        if (!overTime && error.isEmpty() && !source.textLayer)
            engine = &TesseractEngine::forThisThread(m_reader.options().languages, &error);
        if (!overTime && error.isEmpty())
            result = m_reader.recognize(source, page, engine, &m_cancel, times, &error, deadline);
        overTime = overTime || (!error.isEmpty() && deadline.hasExpired());
        if (overTime && page == 0)
            error = DocumentReader::overTimeError(doc->reading.name);
        else if (overTime)
            error.clear(); // the pages read stand; the notice says which were not
        doc->spentMs += pageTime.elapsed();
        doc->reading.pages[page] = std::move(result);
        QMutexLocker lock(&doc->mutex);
        if (overTime)
            doc->pagesOverTime << page;
        if (!source.notice.isEmpty())
            doc->reading.notices << source.notice;
        doc->reading.times.load += times.load;
        doc->reading.times.preprocess += times.preprocess;
        doc->reading.times.ocr += times.ocr;
        if (!error.isEmpty() && doc->reading.error.isEmpty())
            doc->reading.error = error;
    }
    const int done = ++m_pagesDone;
    const int total = m_pagesTotal;
    QMetaObject::invokeMethod(
        this, [this, done, total] { emit progress(m_done, int(m_inputs.size()), done, total); },
        Qt::QueuedConnection);
    if (--doc->pagesLeft > 0)
        return;
    doc->bytes.clear();
    if (!doc->pagesOverTime.isEmpty()) {
        const int pages = int(doc->reading.pages.size());
        std::sort(doc->pagesOverTime.begin(), doc->pagesOverTime.end(), std::greater<int>());
        for (const int p : doc->pagesOverTime)
            doc->reading.pages.removeAt(p);
        doc->reading.notices << DocumentReader::pagesOverTimeNotice(
            int(doc->pagesOverTime.size()), pages);
    }
    if (m_cancel && doc->reading.error.isEmpty())
        doc->reading.error = ExtractTr::tr("Canceled.");
    if (doc->reading.error.isEmpty()) {
        // the thread that read the last page takes the second look at the first
        const std::optional<LineRereader> rereader
            = m_reader.rereaderFor(doc->firstImage, doc->reading.pages);
        m_reader.finish(doc->reading, doc->looksLikePhoto, rereader ? &*rereader : nullptr);
    }
    doc->firstImage = QImage();
    complete(doc->index, std::move(doc->reading));
}

void ExtractionJob::complete(int index, DocumentReading reading)
{
    QMetaObject::invokeMethod(
        this,
        [this, index, reading = std::move(reading)] {
            ++m_done;
            emit documentRead(index, reading);
            emit progress(m_done, int(m_inputs.size()), m_pagesDone, m_pagesTotal);
            if (m_done == m_inputs.size())
                emit finished(m_cancel.load());
        },
        Qt::QueuedConnection);
}

} // namespace ClaimDesk
