// Page images and PDFs as the document reader opens them: the first page as
// read, and as shown. PDFs are opened here without the check in a process of
// its own (PdfOpenCheck), so that the PDF engine itself is fuzzed: a PDF that
// loops shows as a timeout, which is what that check exists for.
#include "FuzzSupport.h"
#include "ocr/DocumentSource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication<QGuiApplication>();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ClaimDesk::DocumentSource source;
    if (!source.open(bytes, QStringLiteral("input"), ClaimDesk::DocumentSource::PdfChecked::Yes))
        return 0;
    (void)source.page(0);
    (void)source.viewPage(0, 400);
    (void)ClaimDesk::DocumentSource::isCompleteJpeg(bytes);
    return 0;
}
