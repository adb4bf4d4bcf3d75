// claimdesk-pdfcheck: opens a PDF (its bytes on standard input) the way the
// document reader will, in a process of its own, so that a PDF whose structure
// never ends (a page tree that contains itself) hangs this process, which its
// caller stops after a time limit, instead of the application. Exit 0 when the
// engine came to an answer (opened, or refused: the caller then opens it itself
// and says why in its own words), 1 when the input could not be read; a crash
// (past the memory limit, say) is the caller's answer too.
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPdfDocument>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char* argv[])
{
    // Bounded memory whatever the PDF says: above this the allocation fails.
    // (AddressSanitizer reserves terabytes of address space for itself.)
#if !defined(__SANITIZE_ADDRESS__) && !defined(CLAIMDESK_SANITIZED)
    const rlim_t memory = rlim_t(ClaimDesk::InputLimits::DocumentMemoryBytes);
    const rlimit limit { memory, memory };
    setrlimit(RLIMIT_AS, &limit);
#endif
    QCoreApplication app(argc, argv);
    auto bytes
        = ClaimDesk::BoundedRead::file(QStringLiteral("-"), ClaimDesk::InputLimits::DocumentBytes);
    if (!bytes) {
        std::fprintf(stderr, "%s\n", qPrintable(bytes.error()));
        return 1;
    }
    QBuffer buffer(&bytes.value());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.error() != QPdfDocument::Error::None)
        return 0;
    const int pages = std::min(pdf.pageCount(), ClaimDesk::InputLimits::DocumentPages);
    for (int i = 0; i < pages; ++i)
        (void)pdf.pagePointSize(i);
    return 0;
}
