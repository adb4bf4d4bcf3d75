#include "PageImageLoader.h"

#include "ocr/DocumentSource.h"
#include "storage/DocumentRepository.h"

#include <QtConcurrent>

namespace ClaimDesk {

namespace {

// The document's bytes, opened for reading pages; the error names the document.
Status openDocument(
    const DatabaseLocation& location, const Document& document, DocumentSource& source)
{
    auto db = Database::open(location);
    if (!db)
        return Status::failure(db.error());
    auto bytes = DocumentRepository(*db).bytes(document.sha256);
    if (!bytes)
        return Status::failure(bytes.error());
    return source.open(*bytes, document.originalName);
}

} // namespace

PageImageLoader::PageImageLoader(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_page, &QFutureWatcher<RenderedPage>::finished, this, [this] {
        if (m_pendingPage) { // a newer page was asked for meanwhile
            startPage();
            return;
        }
        Q_EMIT pageReady(m_page.result());
    });
}

PageImageLoader::~PageImageLoader()
{
    m_page.waitForFinished();
    for (auto* watcher : std::as_const(m_thumbnails))
        watcher->waitForFinished();
}

void PageImageLoader::requestPage(const Document& document, int page, int maxSide)
{
    m_pendingPage = std::make_tuple(document, page, maxSide);
    if (!m_page.isRunning())
        startPage();
}

void PageImageLoader::startPage()
{
    auto [document, page, maxSide] = *m_pendingPage;
    m_pendingPage.reset();
    m_page.setFuture(QtConcurrent::run(
        [location = m_location, document = document, page = page, maxSide = maxSide] {
            RenderedPage out;
            out.documentId = document.id;
            out.page = page;
            DocumentSource source;
            if (Status opened = openDocument(location, document, source); !opened) {
                out.error = opened.error();
                return out;
            }
            out.pageCount = source.pageCount();
            auto view = source.viewPage(std::clamp(page, 0, source.pageCount() - 1), maxSide);
            if (!view) {
                out.error = view.error();
                return out;
            }
            out.page = std::clamp(page, 0, source.pageCount() - 1);
            out.image = view->image;
            out.scale = view->scale;
            return out;
        }));
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
        watcher->setFuture(QtConcurrent::run([location = m_location, document, maxSide] {
            DocumentSource source;
            if (!openDocument(location, document, source))
                return std::pair<qint64, QImage>(document.id, QImage());
            return std::pair<qint64, QImage>(document.id, source.thumbnail(maxSide));
        }));
    }
}

} // namespace ClaimDesk
