#pragma once

#include <QImage>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ClaimDesk::Test {

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

// Renders Thai documents of every category the claim types need (seed 004): Thai
// ID cards, driving licences, vehicle registrations, medical certificates,
// hospital receipts and itemized bills, in Thai and English as they are printed,
// with Thai fonts from fonts-thai-tlwg, Buddhist-era dates and valid national IDs.
// Content is drawn from the random generator, so every sample differs and the
// truth is known; there is no public collection of such documents to test on.
class SyntheticDocuments final
{
public:
    explicit SyntheticDocuments(quint32 seed);

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
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list[int(m_random.bounded(int(list.size())))];
    }

    QRandomGenerator m_random;
    int m_count = 0;
};

} // namespace ClaimDesk::Test
