#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ClaimDesk {

// Whether the PDF engine can open a PDF in bounded time and memory, asked of
// claimdesk-pdfcheck in a process of its own before the engine opens it here:
// the engine cannot be interrupted, and a PDF whose page tree contains itself
// keeps it busy for ever. Answers are remembered per content for the process's
// life, so a document is checked once however often it is shown.
// Any thread; blocks for up to InputLimits::PdfOpenSeconds on a PDF not seen yet.
namespace PdfOpenCheck {

// Fails naming `name` when the PDF did not open within the limit, or when the
// checker is missing (then no PDF is opened: failing closed).
Status check(const QByteArray& pdf, const QString& name);

} // namespace PdfOpenCheck

} // namespace ClaimDesk
