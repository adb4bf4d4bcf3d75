#include "DocumentViewer.h"

#include "AppSettings.h"
#include "PageView.h"
#include "UiTr.h"
#include "claims/ReviewEdits.h"
#include "documents/PageImageLoader.h"
#include "domain/DocumentCategory.h"
#include "domain/FieldLabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace ClaimDesk {

namespace {

constexpr int ThumbnailSide = 96;
// Pages are rendered to at most this many pixels a side: sharp at 2x zoom on a
// large screen, and a fraction of the 300 DPI reading's memory.
constexpr int PageSide = 2400;
constexpr int FieldIdRole = Qt::UserRole;

QString sourceLabel(const ExtractedField& f)
{
    if (f.source == u"reviewer")
        return UiTr::tr("corrected");
    if (f.source == u"llm")
        return UiTr::tr("model");
    if (f.source == u"ocr+llm")
        return UiTr::tr("OCR, model agrees");
    if (!f.modelValue.isEmpty())
        return UiTr::tr("OCR; model read \"%1\"").arg(f.modelValue);
    return UiTr::tr("OCR");
}

} // namespace

DocumentViewer::DocumentViewer(DatabaseLocation location, ReviewEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
{
    m_loader = new PageImageLoader(location, this);
    connect(m_loader, &PageImageLoader::pageReady, this, &DocumentViewer::showRendered);
    connect(m_loader, &PageImageLoader::thumbnailReady, this,
        [this](qint64 documentId, const QImage& image) {
            for (int i = 0; i < m_thumbnails->count(); ++i) {
                QListWidgetItem* item = m_thumbnails->item(i);
                if (item->data(Qt::UserRole).toLongLong() == documentId && !image.isNull())
                    item->setIcon(QIcon(QPixmap::fromImage(image)));
            }
        });

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("documentThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
    m_thumbnails->setFixedWidth(ThumbnailSide + 34);
    m_thumbnails->setWordWrap(true);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            showDocument(row);
    });

    m_view = new PageView(this);
    m_view->setObjectName(QStringLiteral("pageView"));
    connect(m_view, &PageView::fieldClicked, this, [this](qint64 fieldId) {
        for (int row = 0; row < m_fields->rowCount(); ++row) {
            if (m_fields->item(row, FieldNameColumn)->data(FieldIdRole).toLongLong() == fieldId) {
                const QSignalBlocker block(m_fields->selectionModel());
                m_fields->selectRow(row);
                m_fields->scrollToItem(m_fields->item(row, FieldNameColumn));
            }
        }
    });

    m_fields = new QTableWidget(0, FieldColumnCount, this);
    m_fields->setObjectName(QStringLiteral("documentFields"));
    m_fields->setHorizontalHeaderLabels(
        { UiTr::tr("Field"), UiTr::tr("Value"), UiTr::tr("Confidence"), UiTr::tr("Read by") });
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    // The value takes the room left; confidence and source are as wide as they
    // need; the field's name gives way on a narrow pane (fitFieldColumns).
    for (int column = 0; column < FieldColumnCount; ++column)
        m_fields->horizontalHeader()->setSectionResizeMode(column,
            column == FieldValueColumn      ? QHeaderView::Stretch
                : column == FieldNameColumn ? QHeaderView::Interactive
                                            : QHeaderView::ResizeToContents);
    m_fields->setTextElideMode(Qt::ElideRight);
    m_fields->viewport()->installEventFilter(this);
    m_fields->setToolTip(UiTr::tr("Double-click a value (or press F2) to correct it; the claim is "
                                  "decided again and the change audited."));
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DocumentViewer::onFieldRowChanged);
    // A second click on the chosen field brings its box back into view.
    connect(m_fields, &QTableWidget::cellClicked, this, &DocumentViewer::onFieldRowChanged);
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != FieldValueColumn)
            return;
        const qint64 fieldId
            = m_fields->item(item->row(), FieldNameColumn)->data(FieldIdRole).toLongLong();
        Q_EMIT correctionRequested(fieldId, item->text());
    });

    auto button = [this](const QString& text, const QString& tip, const QKeySequence& key) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(key.isEmpty()
                ? tip
                : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setAutoRaise(true);
        if (!key.isEmpty()) {
            auto* shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, b, &QToolButton::click);
        }
        return b;
    };
    auto* zoomOut = button(UiTr::tr("−"), UiTr::tr("Zoom out"), QKeySequence::ZoomOut);
    auto* zoomIn = button(UiTr::tr("+"), UiTr::tr("Zoom in"), QKeySequence::ZoomIn);
    auto* fitWidth = button(UiTr::tr("Fit width"), UiTr::tr("Fit the page's width"),
        QKeySequence(Qt::CTRL | Qt::Key_9));
    auto* fitPage = button(
        UiTr::tr("Fit page"), UiTr::tr("Show the whole page"), QKeySequence(Qt::CTRL | Qt::Key_0));
    auto* rotateLeft = button(
        UiTr::tr("⟲"), UiTr::tr("Rotate left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto* rotateRight = button(
        UiTr::tr("⟳"), UiTr::tr("Rotate right"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_previousPage = button(UiTr::tr("◀"), UiTr::tr("Previous page"), QKeySequence(Qt::Key_PageUp));
    m_nextPage = button(UiTr::tr("▶"), UiTr::tr("Next page"), QKeySequence(Qt::Key_PageDown));
    m_useful = button(UiTr::tr("Useful"), UiTr::tr("This document helped decide the claim"), {});
    m_useful->setObjectName(QStringLiteral("markUseful"));
    m_notUseful = button(UiTr::tr("Not useful"),
        UiTr::tr("This document did not help (wrong, unreadable, irrelevant)"), {});
    m_notUseful->setObjectName(QStringLiteral("markNotUseful"));
    for (QToolButton* b : { m_useful, m_notUseful })
        b->setCheckable(true);
    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1 / 1.25); });
    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1.25); });
    connect(fitWidth, &QToolButton::clicked, m_view, &PageView::fitWidth);
    connect(fitPage, &QToolButton::clicked, m_view, &PageView::fitPage);
    connect(rotateLeft, &QToolButton::clicked, m_view, [this] { m_view->rotateBy(-90); });
    connect(rotateRight, &QToolButton::clicked, m_view, [this] { m_view->rotateBy(90); });
    connect(m_previousPage, &QToolButton::clicked, this, [this] {
        if (m_page > 0)
            showDocument(m_current, m_page - 1);
    });
    connect(m_nextPage, &QToolButton::clicked, this, [this] {
        if (m_page + 1 < m_pageCount)
            showDocument(m_current, m_page + 1);
    });
    connect(m_useful, &QToolButton::clicked, this,
        [this](bool on) { setUseful(on ? std::optional(true) : std::nullopt); });
    connect(m_notUseful, &QToolButton::clicked, this,
        [this](bool on) { setUseful(on ? std::optional(false) : std::nullopt); });
    m_viewButtons = { zoomOut, zoomIn, fitWidth, fitPage, rotateLeft, rotateRight };
    m_pageLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);

    // A tool bar, so that on a narrow pane (long Thai labels) what does not fit
    // goes behind its overflow button instead of taking the fields' width.
    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("documentTools"));
    tools->setIconSize(QSize(16, 16));
    for (QToolButton* b : std::as_const(m_viewButtons))
        tools->addWidget(b);
    tools->addSeparator();
    tools->addWidget(m_previousPage);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_nextPage);
    // The marks are about the document: under it, beside its name, always in view.
    auto* marks = new QHBoxLayout;
    marks->setContentsMargins(0, 0, 0, 0);
    marks->addWidget(m_status, 1);
    marks->addWidget(m_useful);
    marks->addWidget(m_notUseful);

    auto* pageSide = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(pageSide);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(tools);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addLayout(marks);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("documentSplitter"));
    splitter->addWidget(pageSide);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 1000, 1000 }); // half each at first: the page fits any width
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnails);
    layout->addWidget(splitter, 1);
    showClaim(QString());
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::showClaim(const QString& claimId)
{
    m_claimId = claimId;
    m_documents.clear();
    m_fieldsByDocument.clear();
    m_documentFields.clear();
    m_current = -1;
    m_page = 0;
    m_pageCount = 0;
    m_pendingHighlight = 0;
    {
        const QSignalBlocker block(m_thumbnails);
        m_thumbnails->clear();
    }
    m_status->clear();
    m_view->clear(claimId.isEmpty() ? QString() : UiTr::tr("Reading the claim's documents..."));
    fillFieldTable();
    updateControls();
}

void DocumentViewer::showDocuments(
    const QString& claimId, const QList<ClaimView::DocumentRead>& documents)
{
    showClaim(claimId);
    for (const auto& [document, fields] : documents) {
        m_documents.append(document);
        m_fieldsByDocument.insert(document.id, fields);
    }
    if (m_documents.isEmpty()) {
        m_view->clear(claimId.isEmpty() ? QString()
                                        : UiTr::tr("No documents yet. Drop files on the window to "
                                                   "attach them to this claim."));
        return;
    }
    {
        const QSignalBlocker block(m_thumbnails);
        for (const Document& d : std::as_const(m_documents)) {
            auto* item = new QListWidgetItem(DocumentCategory::label(d.category), m_thumbnails);
            item->setData(Qt::UserRole, d.id);
            item->setToolTip(d.originalName);
            item->setSizeHint(QSize(ThumbnailSide + 16, ThumbnailSide + 36));
        }
    }
    showDocument(0); // the first page is asked for before the thumbnails: it shows first
    m_loader->requestThumbnails(m_documents, ThumbnailSide);
}

void DocumentViewer::updateFields(
    const QString& claimId, const QList<ClaimView::DocumentRead>& documents)
{
    if (claimId != m_claimId)
        return;
    const bool sameDocuments = documents.size() == m_documents.size()
        && std::equal(documents.cbegin(), documents.cend(), m_documents.cbegin(),
            [](const ClaimView::DocumentRead& read, const Document& shown) {
                return read.document.id == shown.id;
            });
    if (!sameDocuments) { // one was attached meanwhile: the list starts again
        showDocuments(claimId, documents);
        return;
    }
    for (const auto& [document, fields] : documents)
        m_fieldsByDocument.insert(document.id, fields);
    if (m_current < 0)
        return;
    m_documentFields = m_fieldsByDocument.value(m_documents.at(m_current).id);
    fillFieldTable(); // keeps the selected row
    m_view->setFields(m_documentFields); // the boxes carry the values in their tooltips
}

void DocumentViewer::showDocument(int index, int page)
{
    if (index < 0 || index >= m_documents.size())
        return;
    const bool sameDocument = index == m_current;
    m_current = index;
    m_page = page;
    {
        const QSignalBlocker block(m_thumbnails);
        m_thumbnails->setCurrentRow(index);
    }
    if (!sameDocument) {
        m_documentFields = m_fieldsByDocument.value(m_documents.at(index).id);
        fillFieldTable();
    }
    m_status->setText(UiTr::tr("Loading %1...").arg(m_documents.at(index).originalName));
    m_loader->requestPage(m_documents.at(index), page, PageSide);
    updateControls();
}

void DocumentViewer::showRendered(const RenderedPage& rendered)
{
    if (m_current < 0 || m_current >= m_documents.size()
        || rendered.documentId != m_documents.at(m_current).id)
        return; // the reviewer has moved on
    if (!rendered.error.isEmpty()) {
        m_view->clear(rendered.error);
        m_status->setText(rendered.error);
        return;
    }
    m_page = rendered.page;
    m_pageCount = rendered.pageCount;
    m_view->setPage(rendered.image, rendered.scale, rendered.page, m_documentFields);
    const Document& d = m_documents.at(m_current);
    m_status->setText(
        QStringLiteral("%1 · %2").arg(d.originalName, DocumentCategory::label(d.category)));
    updateControls();
    if (m_pendingHighlight) {
        m_view->highlightField(m_pendingHighlight);
        m_pendingHighlight = 0;
    } else if (const qint64 selected = selectedField()) {
        m_view->highlightField(selected);
    }
    Q_EMIT pageShown(d.id, rendered.page);
}

void DocumentViewer::fillFieldTable()
{
    m_filling = true;
    const qint64 keep = selectedField();
    m_fields->setRowCount(0);
    for (const ExtractedField& f : std::as_const(m_documentFields)) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto* name = new QTableWidgetItem(fieldLabel(f.name));
        name->setData(FieldIdRole, f.id);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        // the whole label too, for a name the column elides
        name->setToolTip(fieldLabel(f.name) + u'\n'
            + (f.printedText.isEmpty() ? f.name : UiTr::tr("Printed: %1").arg(f.printedText)));
        auto* value = new QTableWidgetItem(f.value);
        auto* confidence
            = new QTableWidgetItem(QStringLiteral("%1%").arg(std::lround(f.confidence * 100)));
        confidence->setFlags(confidence->flags() & ~Qt::ItemIsEditable);
        confidence->setForeground(PageView::confidenceColor(f.confidence));
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* source = new QTableWidgetItem(sourceLabel(f));
        source->setFlags(source->flags() & ~Qt::ItemIsEditable);
        if (!f.modelValue.isEmpty())
            source->setForeground(PageView::confidenceColor(0.7));
        m_fields->setItem(row, FieldNameColumn, name);
        m_fields->setItem(row, FieldValueColumn, value);
        m_fields->setItem(row, FieldConfidenceColumn, confidence);
        m_fields->setItem(row, FieldSourceColumn, source);
        if (f.id == keep)
            m_fields->selectRow(row);
    }
    fitFieldColumns();
    m_filling = false;
}

void DocumentViewer::fitFieldColumns()
{
    // The name as wide as it needs, but never more than half of what the
    // confidence and source leave (a Thai field name is long, the pane narrow);
    // an elided name keeps its whole text in its tooltip.
    QHeaderView* header = m_fields->horizontalHeader();
    const int room = m_fields->viewport()->width();
    const int others
        = header->sectionSize(FieldConfidenceColumn) + header->sectionSize(FieldSourceColumn);
    m_fields->resizeColumnToContents(FieldNameColumn);
    const int wanted = header->sectionSize(FieldNameColumn);
    const int allowed = std::max(header->minimumSectionSize(), (room - others) / 2);
    header->resizeSection(FieldNameColumn, std::min(wanted, allowed));
}

bool DocumentViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_fields->viewport() && event->type() == QEvent::Resize)
        fitFieldColumns();
    return QWidget::eventFilter(watched, event);
}

qint64 DocumentViewer::selectedField() const
{
    const int row = m_fields->currentRow();
    if (row < 0 || !m_fields->item(row, FieldNameColumn))
        return 0;
    return m_fields->item(row, FieldNameColumn)->data(FieldIdRole).toLongLong();
}

void DocumentViewer::selectField(qint64 fieldId)
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, FieldNameColumn)->data(FieldIdRole).toLongLong() == fieldId) {
            m_fields->setCurrentCell(row, FieldValueColumn);
            return;
        }
    }
}

void DocumentViewer::onFieldRowChanged()
{
    const qint64 fieldId = selectedField();
    if (!fieldId)
        return;
    const auto field = std::find_if(m_documentFields.cbegin(), m_documentFields.cend(),
        [fieldId](const ExtractedField& f) { return f.id == fieldId; });
    if (field == m_documentFields.cend())
        return;
    if (field->box.isEmpty()) {
        m_view->highlightField(0);
        m_status->setText(UiTr::tr("%1 was read by the model; it has no place on the page.")
                              .arg(fieldLabel(field->name)));
        return;
    }
    if (field->page != m_page) { // turn to the field's page, then highlight it
        m_pendingHighlight = fieldId;
        showDocument(m_current, field->page);
        return;
    }
    m_view->highlightField(fieldId);
}

void DocumentViewer::setUseful(std::optional<bool> useful)
{
    if (m_current < 0)
        return;
    const Document& document = m_documents.at(m_current);
    const qint64 id = document.id;
    const QString name = document.originalName;
    m_edits->markUseful(
        id, useful, AppSettings::userName(), this, [this, id, name, useful](const Status& s) {
            if (!s) {
                // Said by its owner, naming the document: another claim may be on show.
                Q_EMIT markFailed(UiTr::tr("%1 was not marked: %2").arg(name, s.error()));
            } else {
                for (Document& document : m_documents) {
                    if (document.id == id)
                        document.useful = useful;
                }
                Q_EMIT usefulChanged(id);
            }
            updateControls();
        });
}

void DocumentViewer::updateControls()
{
    const bool has = m_current >= 0;
    for (QToolButton* b : std::as_const(m_viewButtons))
        b->setEnabled(has);
    m_useful->setEnabled(has);
    m_notUseful->setEnabled(has);
    const std::optional<bool> useful = has ? m_documents.at(m_current).useful : std::nullopt;
    m_useful->setChecked(useful == true);
    m_notUseful->setChecked(useful == false);
    m_previousPage->setEnabled(has && m_page > 0);
    m_nextPage->setEnabled(has && m_page + 1 < m_pageCount);
    m_previousPage->setVisible(m_pageCount > 1);
    m_nextPage->setVisible(m_pageCount > 1);
    m_pageLabel->setVisible(m_pageCount > 1);
    m_pageLabel->setText(UiTr::tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
}

} // namespace ClaimDesk
