#pragma once

#include "extract/DocumentReader.h"
#include "llm/LlmTypes.h"

#include <QJsonObject>
#include <QPointer>

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// LLM-assisted extraction (extract --llm): the model reads the page image and
// the OCR text and gives the category's fields; each is then merged with what
// OCR found. A field only the model found is added (source "llm", no box);
// agreement raises the confidence (source "ocr+llm"); a disagreement keeps the
// OCR value and records the model's beside it, for a person to settle. Nothing
// is overwritten silently.
class LlmFieldReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmFieldReader)

public:
    static constexpr const char* PromptVersion = "extract-v1";
    static constexpr int TimeoutMs = 60'000;
    static constexpr int MaxImageSide = 1600; // pixels sent; enough to read a receipt

    explicit LlmFieldReader(LlmClient* client, QObject* parent = nullptr);

    // Asynchronous; answers with `checked` (the reading unchanged and a message
    // when the model failed). The model sees reading.firstPage when there is one
    // (read with ReadOptions::keepFirstPage).
    void check(int index, const DocumentReading& reading);

    LlmRequest request(const DocumentReading& reading) const;
    static QJsonObject schemaFor(const QString& category);
    // Folds the model's {"field": "value" | null} into the reading's fields.
    static void merge(DocumentReading& reading, const QJsonObject& modelFields);

Q_SIGNALS:
    void checked(int index, const ClaimDesk::DocumentReading& reading, const QString& modelError);

private:
    QPointer<LlmClient> m_client;
};

} // namespace ClaimDesk
