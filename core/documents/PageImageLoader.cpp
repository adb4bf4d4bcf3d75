#include "PageImageLoader.h"

#include "ocr/DocumentSource.h"
#include "storage/DocumentRepository.h"

#include <QtConcurrent>

namespace ClaimDesk {

namespace {

// The document's bytes, opened for reading pages; the error names the document.
Status openDocument(const Database& db, const Document& document, DocumentSource& source)
{
    auto bytes = DocumentRepository(db).bytes(document.sha256);
    if (!bytes)
        return Status::failure(bytes.errorDetail());
    return source.open(*bytes, document.originalName);
}

} // namespace

PageImageLoader::PageImageLoader(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_page(std::move(location), &PageImageLoader::render,
          [this](const Result<RenderedPage>& page) { Q_EMIT pageReady(*page); })
{ }

PageImageLoader::~PageImageLoader()
{
    // Waiting runs a thumbnail not yet started on this thread: abandoned, it
    // returns at once without opening the book.
    *m_abandoned = true;
    for (auto* watcher : std::as_const(m_thumbnails))
        watcher->waitForFinished();
}

void PageImageLoader::requestPage(const Document& document, int page, int maxSide)
{
    m_page.request({ document, page, maxSide });
}

// Always an answer: a page that cannot be shown carries its error, so the
// viewer can tell which document it was about.
Result<RenderedPage> PageImageLoader::render(const Database& db, const PageRequest& request)
{
    RenderedPage out;
    out.documentId = request.document.id;
    out.page = request.page;
    DocumentSource source;
    if (Status opened = openDocument(db, request.document, source); !opened) {
        out.error = opened.error();
        return out;
    }
    out.pageCount = source.pageCount();
    out.page = std::clamp(request.page, 0, source.pageCount() - 1);
    auto view = source.viewPage(out.page, request.maxSide);
    if (!view) {
        out.error = view.error();
        return out;
    }
    out.image = view->image;
    out.scale = view->scale;
    return out;
}

void PageImageLoader::requestThumbnails(const QList<Document>& documents, int maxSide)
{
    for (const Document& document : documents) {
        auto* watcher = new QFutureWatcher<std::pair<qint64, QImage>>(this);
        m_thumbnails << watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            const auto [id, image] = watcher->result();
            m_thumbnails.removeOne(watcher);
            watcher->deleteLater();
            Q_EMIT thumbnailReady(id, image);
        });
        watcher->setFuture(
            QtConcurrent::run([location = m_location, document, maxSide, abandoned = m_abandoned] {
                DocumentSource source;
                if (*abandoned)
                    return std::pair<qint64, QImage>(document.id, QImage());
                auto db = Database::open(location);
                if (!db || !openDocument(*db, document, source))
                    return std::pair<qint64, QImage>(document.id, QImage());
                return std::pair<qint64, QImage>(document.id, source.thumbnail(maxSide));
            }));
    }
}

} // namespace ClaimDesk
