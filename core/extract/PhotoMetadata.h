#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace ClaimDesk {

// What a camera wrote into a photo: where (EXIF GPS, converted from degrees,
// minutes and seconds to decimal degrees, south and west negative) and when.
struct PhotoMetadata
{
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDateTime takenAt; // invalid when the photo does not say

    bool hasLocation() const { return latitude && longitude; }

    // Reads EXIF from JPEG (or raw EXIF) bytes with libexif; anything else, or
    // damaged EXIF, gives an empty result.
    static PhotoMetadata read(const QByteArray& bytes);
    static double toDecimalDegrees(double degrees, double minutes, double seconds, char reference);
};

} // namespace ClaimDesk
