#include "Thumbnail.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace ClaimDesk {

QImage thumbnailOf(QIODevice* device, int size)
{
    QImageReader reader(device);
    reader.setAutoTransform(true);
    if (reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(size, size, Qt::KeepAspectRatio));
    return reader.read();
}

QImage thumbnailOf(const QString& path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return thumbnailOf(&file, size);
}

QImage thumbnailOf(const QByteArray& bytes, int size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    return thumbnailOf(&buffer, size);
}

} // namespace ClaimDesk
