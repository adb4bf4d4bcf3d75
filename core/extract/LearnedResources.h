#pragma once

namespace ClaimDesk {

// Registers resources/learned.qrc (the confidence calibration, the merchant's
// weights): resources compiled into a static library must be registered by
// name before they can be opened. Once per process; thread-safe.
void registerLearnedResources();

} // namespace ClaimDesk
