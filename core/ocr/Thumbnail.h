#pragma once

#include <QImage>

class QIODevice;

namespace ClaimDesk {

// A small picture of an image file or of image bytes, decoded at that size (a
// JPEG's decoder scales while it reads, so a 12-megapixel photo stays cheap) and
// turned as its EXIF orientation says. Null for what is not an image (a PDF) or
// cannot be read. Any thread.
QImage thumbnailOf(QIODevice* device, int size);
QImage thumbnailOf(const QString& path, int size);
QImage thumbnailOf(const QByteArray& bytes, int size);

} // namespace ClaimDesk
