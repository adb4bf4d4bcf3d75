#pragma once

#include "ocr/OcrTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// What kind of document a page set is, from its words and how it looks.
struct Classification
{
    QString category; // DocumentCategory code, or "unknown"
    double confidence = 0; // 0..1
    QString evidence; // the words that decided it, for the log and the reviewer
};

// Classifies into seed 004's categories: title and label words (Thai and English)
// are scored per category; a photo with little text is a damage or location photo
// (location when its name or its few words say so).
class DocumentClassifier final
{
public:
    struct Appearance
    {
        bool looksLikePhoto = false; // colourful, not a white page
        QString fileName;
    };

    static Classification classify(const QList<OcrPage>& pages, const Appearance& appearance);

    // For an unknown document: what was not recognised and which documents the
    // claim accepts, in the interface language.
    static QString unknownMessage(const QStringList& acceptedCategories);
    // Words on the page that count as readable text (for the photo test).
    static int readableWordCount(const QList<OcrPage>& pages);
    // True for an image that is a photograph rather than a scanned page: many
    // saturated colours or few bright (paper) pixels.
    static bool looksLikePhoto(const QImage& image);
};

} // namespace ClaimDesk
