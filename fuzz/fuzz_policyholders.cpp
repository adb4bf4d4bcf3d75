// Policy holders files, JSON or CSV (policy holders, Admin's import).
#include "FuzzSupport.h"
#include "policy/PolicyHolderFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ClaimDesk::parsePolicyHolders(bytes, ClaimDesk::ClaimType::Health);
    (void)ClaimDesk::parsePolicyHolders(bytes, ClaimDesk::ClaimType::CarDamage);
    return 0;
}
