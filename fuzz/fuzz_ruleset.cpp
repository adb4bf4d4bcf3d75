// Rule set files (rules check|set, Settings > Rules).
#include "FuzzSupport.h"
#include "decision/RuleSet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    const auto rules = ClaimDesk::RuleSet::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (rules) // what is accepted must write out and read back the same
        (void)ClaimDesk::RuleSet::fromJson(rules->toJson());
    return 0;
}
