#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ClaimDesk {

// One part of a message that may be a document: an attachment, or an image or
// PDF shown inline. Its name decoded (RFC 2231 and RFC 2047, any charset), or
// made up from the message when it has none.
struct MailAttachment
{
    QString fileName;
    QString mimeType; // as the message says; the importer looks at the bytes itself
    QByteArray bytes; // transfer encoding undone
    bool inlined = false;
};

// A mail message as ClaimDesk keeps it: who sent it, about what, its text, and
// the parts that may be documents. Parsed with GMime, which is lenient the way
// mail readers are: a message it cannot make anything of is refused, one with
// odd headers is read as far as it goes.
//
// Any thread (GMime is initialised once, thread-safely); no state.
struct MailMessage
{
    QString messageId; // without the angle brackets; empty when the message has none
    QString from; // "Somchai <somchai@example.com>", decoded
    QString subject; // decoded
    QDateTime date; // invalid when the message has none
    QString text; // the first text/plain part (else text/html stripped of tags), decoded
    QList<MailAttachment> attachments;
    // Parts past MaxParts, or nested deeper than MaxDepth, were not looked at.
    bool partsLeftOut = false;

    // A message of more than MaxParts containers (multipart/..., message/...) or
    // part boundaries is refused before it is parsed (GMime's boundary checks
    // cost the square of their nesting); `raw` must already be within the size
    // limit.
    static constexpr int MaxParts = 200;
    static constexpr int MaxDepth = 20;
    // Inline images smaller than this are a mailer's furniture (a signature's
    // logo, a spacer), not a customer's document; attached ones are kept.
    static constexpr qsizetype MinInlineImageBytes = 8 * 1024;
    static constexpr int MaxTextChars = 20000; // of the text kept with the claim

    // Fails (Invalid) when `raw` is not a mail message at all.
    static Result<MailMessage> parse(const QByteArray& raw);
};

} // namespace ClaimDesk
