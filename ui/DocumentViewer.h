#pragma once

#include "claims/ClaimView.h"
#include "domain/DatabaseLocation.h"
#include "domain/Document.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;
class QToolButton;

namespace ClaimDesk {

class PageImageLoader;
class PageView;
class ReviewEdits;
struct RenderedPage;

// The documents of one claim: a strip of thumbnails, the chosen page large with
// the extracted fields drawn over it, and the fields as a list beside it. A field
// chosen in the list is highlighted on the page (which turns to it), a box
// clicked on the page selects its field in the list. Values are corrected in
// the list; the viewer asks for the correction and its owner records it.
// Pages are rendered off the UI thread.
class DocumentViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    enum FieldColumn
    {
        FieldNameColumn,
        FieldValueColumn,
        FieldConfidenceColumn,
        FieldSourceColumn,
        FieldColumnCount
    };

    // Pages are read from the book at `location`; useful marks go through `edits`.
    DocumentViewer(DatabaseLocation location, ReviewEdits* edits, QWidget* parent = nullptr);
    ~DocumentViewer() override;

    // Empties the viewer for a claim whose documents are being read.
    void showClaim(const QString& claimId);
    // The claim's documents with their fields (ClaimView): the first one's page is
    // asked for at once, then the thumbnails. Runs no query on this thread.
    void showDocuments(const QString& claimId, const QList<ClaimView::DocumentRead>& documents);
    // The same claim read again (after a correction): the fields change, the
    // document and page on show stay. A document added meanwhile starts the list again.
    void updateFields(const QString& claimId, const QList<ClaimView::DocumentRead>& documents);
    void showDocument(int index, int page = 0);
    // Selects the field in the list and its box on the page (turning to its page).
    void selectField(qint64 fieldId);

    QString claimId() const { return m_claimId; }
    const QList<Document>& documents() const { return m_documents; }
    int currentIndex() const { return m_current; }
    int currentPage() const { return m_page; }
    qint64 selectedField() const;
    PageView* pageView() const { return m_view; }
    QTableWidget* fieldTable() const { return m_fields; }
    QListWidget* thumbnails() const { return m_thumbnails; }

Q_SIGNALS:
    // The reviewer typed a new value for a field.
    void correctionRequested(qint64 fieldId, const QString& value);
    // The page is on screen (tests and the benchmark wait for it).
    void pageShown(qint64 documentId, int page);
    void usefulChanged(qint64 documentId);
    // A document could not be marked useful or not (named in the message).
    void markFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitFieldColumns();
    void showRendered(const RenderedPage& page);
    void fillFieldTable();
    void updateControls();
    void setUseful(std::optional<bool> useful);
    void onFieldRowChanged();

    ReviewEdits* m_edits;
    PageImageLoader* m_loader = nullptr;
    QString m_claimId;
    QList<Document> m_documents;
    QHash<qint64, QList<ExtractedField>> m_fieldsByDocument;
    QList<ExtractedField> m_documentFields; // of the document on show
    int m_current = -1;
    int m_page = 0;
    int m_pageCount = 0;
    qint64 m_pendingHighlight = 0;
    bool m_filling = false;

    QListWidget* m_thumbnails = nullptr;
    PageView* m_view = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_previousPage = nullptr;
    QToolButton* m_nextPage = nullptr;
    QToolButton* m_useful = nullptr;
    QToolButton* m_notUseful = nullptr;
    QList<QToolButton*> m_viewButtons;
};

} // namespace ClaimDesk
