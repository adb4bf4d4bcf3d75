// A mail message as a mailbox hands it over: parsed whole (headers, nested
// parts, encodings, names), as the inbox does with every message it takes.
#include "FuzzSupport.h"
#include "mail/MailMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto message = ClaimDesk::MailMessage::parse(bytes);
    if (message) {
        qsizetype total = 0;
        for (const ClaimDesk::MailAttachment& a : message->attachments)
            total += a.bytes.size() + a.fileName.size();
        (void)total;
    }
    return 0;
}
