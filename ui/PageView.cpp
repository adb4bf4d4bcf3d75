#include "PageView.h"

#include "UiTr.h"
#include "domain/FieldLabels.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QWheelEvent>
#include <cmath>

namespace ClaimDesk {

namespace {

constexpr int FieldIdKey = 0;
constexpr int ColorKey = 1;

} // namespace

PageView::PageView(QWidget* parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(palette().dark());
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        styleBoxes();
        if (m_settingSelection)
            return;
        if (const qint64 id = selectedField())
            Q_EMIT fieldClicked(id);
    });
}

PageView::~PageView()
{
    // Deleting a selected box signals selectionChanged: nothing may answer it now.
    scene()->disconnect(this);
    m_boxes.clear();
}

QColor PageView::confidenceColor(double confidence)
{
    if (confidence >= ExtractedField::SureFrom)
        return QColor(0x2e, 0x7d, 0x32);
    if (confidence >= ExtractedField::CheckBelow)
        return QColor(0xef, 0x8f, 0x00);
    return QColor(0xc6, 0x28, 0x28);
}

void PageView::clear(const QString& message)
{
    m_boxes.clear(); // before the items go: their deletion signals selectionChanged
    scene()->clear();
    m_pixmap = nullptr;
    resetTransform();
    if (!m_message) {
        m_message = new QLabel(viewport());
        m_message->setObjectName(QStringLiteral("pageMessage"));
        m_message->setWordWrap(true);
        m_message->setAlignment(Qt::AlignCenter);
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_message->setGeometry(viewport()->rect().adjusted(16, 16, -16, -16));
    scene()->setSceneRect(scene()->itemsBoundingRect());
}

void PageView::setPage(
    const QImage& image, double scale, int page, const QList<ExtractedField>& fields)
{
    const QTransform keep = transform();
    const bool hadPage = m_pixmap != nullptr;
    clear();
    m_pixmap = scene()->addPixmap(QPixmap::fromImage(image));
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    m_scale = scale;
    m_page = page;
    setFields(fields);
    scene()->setSceneRect(m_pixmap->boundingRect());
    // The zoom and rotation the reviewer chose stay from page to page; while the
    // page is fitted, each new one is fitted too.
    if (hadPage && !m_fitted)
        setTransform(keep);
    else
        fitPage();
}

void PageView::setFields(const QList<ExtractedField>& fields)
{
    const qint64 selected = selectedField();
    {
        const QHash<qint64, QGraphicsRectItem*> old = std::exchange(m_boxes, {});
        const QSignalBlocker block(scene()); // the selected box's deletion is not a choice
        qDeleteAll(old);
    }
    if (!m_pixmap)
        return;
    for (const ExtractedField& f : fields) {
        if (f.page != m_page || f.box.isEmpty())
            continue;
        const QRectF box(f.box.topLeft() * m_scale, f.box.size() * m_scale);
        auto* item = scene()->addRect(box.adjusted(-2, -2, 2, 2));
        item->setData(FieldIdKey, f.id);
        item->setData(ColorKey, confidenceColor(f.confidence));
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setAcceptHoverEvents(true);
        item->setCursor(Qt::PointingHandCursor);
        item->setToolTip(QStringLiteral("<b>%1</b>: %2<br>%3")
                             .arg(fieldLabel(f.name).toHtmlEscaped(), f.value.toHtmlEscaped(),
                                 UiTr::tr("Confidence %1%").arg(std::lround(f.confidence * 100))));
        item->setZValue(1);
        m_boxes.insert(f.id, item);
    }
    m_settingSelection = true;
    if (QGraphicsRectItem* item = m_boxes.value(selected))
        item->setSelected(true);
    m_settingSelection = false;
    styleBoxes();
}

void PageView::styleBoxes()
{
    for (auto* item : std::as_const(m_boxes)) {
        // Selection thickens the outline and fills the box.
        const QColor color = item->data(ColorKey).value<QColor>();
        QPen pen(color, item->isSelected() ? 5 : 2);
        pen.setCosmetic(true);
        item->setPen(pen);
        QColor fill = color;
        fill.setAlpha(item->isSelected() ? 70 : 20);
        item->setBrush(fill);
    }
}

bool PageView::highlightField(qint64 fieldId)
{
    m_settingSelection = true;
    scene()->clearSelection();
    QGraphicsRectItem* item = m_boxes.value(fieldId);
    if (item) {
        item->setSelected(true);
        centerOn(item);
    }
    m_settingSelection = false;
    styleBoxes();
    return item != nullptr;
}

qint64 PageView::selectedField() const
{
    const auto selected = scene()->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(FieldIdKey).toLongLong();
}

double PageView::zoom() const
{
    // The length of a transformed unit vector: the scale whatever the rotation.
    return std::hypot(transform().m11(), transform().m12());
}

void PageView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 16)
        return;
    m_fitted = false;
    scale(factor, factor);
}

void PageView::fitPage()
{
    if (!m_pixmap)
        return;
    fitInView(m_pixmap, Qt::KeepAspectRatio);
    m_fitted = true;
}

void PageView::fitWidth()
{
    if (!m_pixmap)
        return;
    const QRectF shown = transform().mapRect(m_pixmap->boundingRect());
    if (shown.width() <= 0)
        return;
    const double factor = (viewport()->width() - 4) / shown.width();
    scale(factor, factor);
    centerOn(m_pixmap->boundingRect().center().x(), m_pixmap->boundingRect().top());
    m_fitted = false;
}

void PageView::rotateBy(int degrees)
{
    rotate(degrees);
    if (m_fitted)
        fitPage();
}

void PageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // 120 per notch: about 20 %
    event->accept();
}

QString PageView::message() const
{
    return m_message && m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_message)
        m_message->setGeometry(viewport()->rect().adjusted(16, 16, -16, -16));
    if (m_fitted)
        fitPage();
}

} // namespace ClaimDesk
