#include "extract/LearnedResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE names a function in the global namespace.
static void initLearned()
{
    Q_INIT_RESOURCE(learned);
}

namespace ClaimDesk {

void registerLearnedResources()
{
    static const bool once = [] {
        initLearned();
        return true;
    }();
    (void)once;
}

} // namespace ClaimDesk
