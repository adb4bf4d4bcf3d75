#pragma once

#include "domain/Document.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

class QLabel;

namespace ClaimDesk {

// One page of a document with the fields read from it drawn as boxes, coloured
// by confidence (green sure, amber check, red doubtful); hovering a box names the
// field and its value, clicking it selects the field. The wheel zooms under the
// pointer, dragging pans, and the page rotates by quarter turns.
class PageView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(QWidget* parent = nullptr);
    ~PageView() override;

    // The page and its fields; scale maps the fields' boxes (reading
    // coordinates) onto the image. Fields on other pages are ignored.
    void setPage(const QImage& image, double scale, int page, const QList<ExtractedField>& fields);
    // The fields again (after a correction) over the same page, the selection kept.
    void setFields(const QList<ExtractedField>& fields);
    void clear(const QString& message = {});

    // Selects a field's box and scrolls it into view; 0 clears the selection.
    // Returns false when the field has no box on this page.
    bool highlightField(qint64 fieldId);
    qint64 selectedField() const;
    QGraphicsRectItem* boxOf(qint64 fieldId) const { return m_boxes.value(fieldId); }

    void zoomBy(double factor);
    void fitWidth();
    void fitPage();
    void rotateBy(int degrees);
    double zoom() const;

    static QColor confidenceColor(double confidence);
    // What the view says when it shows no page (empty with a page).
    QString message() const;

Q_SIGNALS:
    // A box was clicked (the user chose a field on the page).
    void fieldClicked(qint64 fieldId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void styleBoxes();

    QGraphicsPixmapItem* m_pixmap = nullptr;
    QHash<qint64, QGraphicsRectItem*> m_boxes;
    // What the empty view says, wrapped to the view's width (never cut).
    QLabel* m_message = nullptr;
    double m_scale = 1.0;
    int m_page = 0;
    bool m_fitted = true; // follows the window's size until the user zooms
    bool m_settingSelection = false;
};

} // namespace ClaimDesk
