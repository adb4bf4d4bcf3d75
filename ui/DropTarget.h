#pragma once

#include <QFrame>

namespace ClaimDesk {

// A framed area that says where documents can be dropped and lights up while
// files are dragged over it. Emits the local files dropped.
class DropTarget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropTarget)

public:
    explicit DropTarget(const QString& text, QWidget* parent = nullptr);

Q_SIGNALS:
    void filesDropped(const QStringList& files);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
};

} // namespace ClaimDesk
