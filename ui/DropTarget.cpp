#include "DropTarget.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QVBoxLayout>

namespace ClaimDesk {

DropTarget::DropTarget(const QString& text, QWidget* parent)
    : QFrame(parent)
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(140);
    auto* label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    setHighlighted(false);
}

void DropTarget::setHighlighted(bool on)
{
    setStyleSheet(on
            ? QStringLiteral("DropTarget { border: 2px dashed #1e5aa8; background: #e8f0fb; }")
            : QStringLiteral("DropTarget { border: 2px dashed #9aa5b1; }"));
}

void DropTarget::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void DropTarget::dragLeaveEvent(QDragLeaveEvent*)
{
    setHighlighted(false);
}

void DropTarget::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(files);
}

} // namespace ClaimDesk
