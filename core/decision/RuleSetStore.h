#pragma once

#include "decision/RuleSet.h"
#include "util/Result.h"

namespace ClaimDesk::RuleSetStore {

// Where the office's rule set lives: rules.json in the application data folder.
// Without that file the spec's defaults are in force.

QString path();
// The rule set in force. Fails only if the saved file was damaged by hand.
Result<RuleSet> active();
// Validates the JSON and, only if it is valid, saves it atomically as the rule
// set in force. An invalid file leaves the active set as it was.
Result<RuleSet> save(const QByteArray& json);
// Removes the saved file: the defaults are in force again.
Status resetToDefaults();

} // namespace ClaimDesk::RuleSetStore
