// A model's streamed answer: the event-stream parser fed in pieces as the
// network would, then each event through both APIs' stream steps.
#include "FuzzSupport.h"
#include "llm/ApiFormat.h"
#include "llm/SseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype piece = 1 + data[0] % 64; // the first byte chooses the split
    ClaimDesk::SseParser parser;
    QList<ClaimDesk::SseEvent> events;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        events += parser.feed(bytes.mid(at, piece));
    (void)parser.hasPartialEvent();
    const ClaimDesk::OpenAiFormat openAi(false);
    const ClaimDesk::AnthropicFormat anthropic;
    ClaimDesk::ParsedReply a;
    ClaimDesk::ParsedReply b;
    for (const ClaimDesk::SseEvent& e : events) {
        (void)openAi.parseEvent(e, a);
        (void)anthropic.parseEvent(e, b);
    }
    return 0;
}
