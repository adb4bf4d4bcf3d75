#include "extract/PhotoMetadata.h"

#include <libexif/exif-data.h>
#include <memory>

namespace ClaimDesk {

namespace {

struct ExifDataDeleter
{
    void operator()(ExifData* d) const { exif_data_unref(d); }
};

std::optional<double> coordinate(ExifData* data, ExifTag valueTag, ExifTag refTag)
{
    ExifEntry* value = exif_content_get_entry(data->ifd[EXIF_IFD_GPS], valueTag);
    ExifEntry* ref = exif_content_get_entry(data->ifd[EXIF_IFD_GPS], refTag);
    if (!value || value->format != EXIF_FORMAT_RATIONAL || value->components < 3
        || value->size < 24)
        return std::nullopt;
    const ExifByteOrder order = exif_data_get_byte_order(data);
    double parts[3];
    for (int i = 0; i < 3; ++i) {
        const ExifRational r = exif_get_rational(value->data + 8 * i, order);
        if (r.denominator == 0)
            return std::nullopt;
        parts[i] = double(r.numerator) / r.denominator;
    }
    const char reference = ref && ref->data && ref->size > 0 ? char(ref->data[0]) : 'N';
    return PhotoMetadata::toDecimalDegrees(parts[0], parts[1], parts[2], reference);
}

} // namespace

double PhotoMetadata::toDecimalDegrees(
    double degrees, double minutes, double seconds, char reference)
{
    const double v = degrees + minutes / 60.0 + seconds / 3600.0;
    return (reference == 'S' || reference == 'W') ? -v : v;
}

PhotoMetadata PhotoMetadata::read(const QByteArray& bytes)
{
    PhotoMetadata out;
    if (bytes.size() < 16)
        return out;
    std::unique_ptr<ExifData, ExifDataDeleter> data(exif_data_new_from_data(
        reinterpret_cast<const unsigned char*>(bytes.constData()), unsigned(bytes.size())));
    if (!data)
        return out;
    const auto lat = coordinate(
        data.get(), ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF));
    const auto lon = coordinate(
        data.get(), ExifTag(EXIF_TAG_GPS_LONGITUDE), ExifTag(EXIF_TAG_GPS_LONGITUDE_REF));
    if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180) {
        out.latitude = lat;
        out.longitude = lon;
    }
    for (ExifTag tag : { EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TAG_DATE_TIME }) {
        ExifEntry* e = exif_data_get_entry(data.get(), tag);
        if (!e || e->format != EXIF_FORMAT_ASCII || !e->data)
            continue;
        const QString text = QString::fromLatin1(reinterpret_cast<const char*>(e->data),
            qstrnlen(reinterpret_cast<const char*>(e->data), e->size));
        const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        if (t.isValid()) {
            out.takenAt = t;
            break;
        }
    }
    return out;
}

} // namespace ClaimDesk
