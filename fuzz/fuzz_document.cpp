// Page images and PDFs as the document reader opens them: the first page as
// read, and as shown. A PDF goes through PdfOpenCheck first, as in the
// application (claimdesk-pdfcheck of this build): the PDF engine loops for ever
// on a page tree that contains itself, which the fuzzer finds within seconds
// when the check is left out.
#include "FuzzSupport.h"
#include "ocr/DocumentSource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication<QGuiApplication>();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ClaimDesk::DocumentSource source;
    if (!source.open(bytes, QStringLiteral("input")))
        return 0;
    (void)source.page(0);
    (void)source.viewPage(0, 400);
    (void)ClaimDesk::DocumentSource::isCompleteJpeg(bytes);
    return 0;
}
