// JSON Lines claim records (claimdesk-cli decide): any bytes, one run each.
#include "FuzzSupport.h"
#include "decision/JsonLinesDecider.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    static const ClaimDesk::DecisionEngine engine;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    (void)ClaimDesk::JsonLinesDecider(engine, QDate(2026, 6, 30)).run(in, out);
    return 0;
}
