#pragma once

#include "domain/Document.h"
#include "storage/LatestDatabaseRead.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <atomic>
#include <memory>

namespace ClaimDesk {

// A page of a stored document, rendered for showing.
struct RenderedPage
{
    qint64 documentId = 0;
    int page = 0;
    int pageCount = 0;
    QImage image;
    double scale = 1.0; // reading coordinates (extracted boxes) -> image pixels
    QString error; // names the document and what is wrong with it
};

// Renders document pages and thumbnails off the UI thread, each task on its own
// database connection: decoding a phone photo or rendering a PDF page takes
// longer than a frame. Only the latest page request is delivered (a reviewer
// walking the queue outruns the renderer); thumbnails are delivered as each is ready.
class PageImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageImageLoader)

public:
    explicit PageImageLoader(DatabaseLocation location, QObject* parent = nullptr);
    ~PageImageLoader() override;

    void requestPage(const Document& document, int page, int maxSide);
    void requestThumbnails(const QList<Document>& documents, int maxSide);

Q_SIGNALS:
    void pageReady(const ClaimDesk::RenderedPage& page);
    void thumbnailReady(qint64 documentId, const QImage& image);

private:
    struct PageRequest
    {
        Document document;
        int page = 0;
        int maxSide = 0;
    };
    static Result<RenderedPage> render(const Database& db, const PageRequest& request);

    DatabaseLocation m_location;
    LatestDatabaseRead<PageRequest, RenderedPage> m_page;
    QList<QFutureWatcher<std::pair<qint64, QImage>>*> m_thumbnails;
    std::shared_ptr<std::atomic_bool> m_abandoned = std::make_shared<std::atomic_bool>(false);
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::RenderedPage)
