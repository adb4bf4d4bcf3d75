#pragma once

#include <QImage>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ClaimDesk::Test {

class Page;

// A document drawn here, with what reading it must give.
struct SyntheticDocument
{
    QString category; // seed 004's category the reader must find
    QString name; // for messages: category and sample number
    QImage image;
    QMap<QString, QString> truth; // field name -> normalised value
};

// How a drawn page is spoiled before it is read: the ways real scans and phone
// photos of paper differ from a clean rendering.
struct Distortion
{
    double degrees = 0; // rotation
    double blurRadius = 0; // Gaussian blur, pixels (0: none)
    int noise = 0; // uniform noise, grey levels either way
    double perspective = 0; // corners moved by this share of the page (a photo)

    static Distortion none() { return {}; }
    // Random within the given bounds.
    static Distortion random(QRandomGenerator& random, double maxDegrees, double maxBlur,
        int maxNoise, double maxPerspective);
    QString describe() const;
};

// Which layouts and typefaces documents are drawn in. The extractor is developed
// against the development set; the held-back set (other arrangements of the same
// documents, other fonts and sizes, labels above their values) is only measured,
// to tell how the extractor does on layouts it was never tuned on.
enum class LayoutSet
{
    Development,
    HeldBack
};

// Renders Thai documents of every category the claim types need (seed 004): Thai
// ID cards, driving licences, vehicle registrations, medical certificates,
// hospital receipts and itemized bills, in Thai and English as they are printed,
// with Thai fonts from fonts-thai-tlwg, Buddhist-era dates and valid national IDs.
// Content is drawn from the random generator, so every sample differs and the
// truth is known; there is no public collection of such documents to test on.
class SyntheticDocuments final
{
public:
    explicit SyntheticDocuments(quint32 seed, LayoutSet layouts = LayoutSet::Development);

    static QStringList categories();
    SyntheticDocument make(const QString& category);

    // The page spoiled as described; a perspective distortion puts the page on a
    // dark desk, as a phone photo shows it.
    static QImage distort(const QImage& page, const Distortion& d, QRandomGenerator& random);

    QRandomGenerator& random() { return m_random; }

private:
    SyntheticDocument idCard();
    SyntheticDocument drivingLicence();
    SyntheticDocument vehicleRegistration();
    SyntheticDocument medicalCertificate();
    SyntheticDocument hospitalReceipt();
    SyntheticDocument itemizedBill();

    QString nationalId();
    // A page in a typeface, size and label arrangement of this generator's set.
    Page page(QSize size, int pixelSize);
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list[int(m_random.bounded(int(list.size())))];
    }

    QRandomGenerator m_random;
    LayoutSet m_layouts;
    int m_count = 0;
};

} // namespace ClaimDesk::Test
