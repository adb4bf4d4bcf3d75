// Insurer portal recipes (portal add, Admin > Insurer portals): parsed and
// checked whole, then every template of the steps filled as a run would.
#include "FuzzSupport.h"
#include "portal/PortalRecipe.h"
#include "portal/PortalValues.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto recipe = ClaimDesk::PortalRecipe::parse(bytes);
    if (!recipe)
        return 0;
    ClaimDesk::PortalValues values;
    values.set(QStringLiteral("claim_id"), QStringLiteral("H-20261205-000001"));
    values.setServiceDate(QDate(2024, 2, 29));
    for (const auto* steps : { &recipe->login, &recipe->submit }) {
        for (const ClaimDesk::PortalStep& step : *steps) {
            (void)values.fill(step.target);
            (void)values.fill(step.value);
        }
    }
    (void)values.fill(recipe->status.row);
    (void)recipe->uploadCategories();
    return 0;
}
