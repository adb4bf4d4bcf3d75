#pragma once

#include "decision/DecisionEngine.h"
#include "util/Result.h"

#include <QDate>
#include <QIODevice>
#include <atomic>

namespace ClaimDesk {

// Runs the decision engine over claim records as JSON Lines, streaming: input of
// any size in constant memory, one output line per non-blank input line, in order.
// A line that is not a JSON object, repeats a key the rules read, or gives a flag
// as anything but true/false/null yields {"line": N, "error": "..."} and the rest
// goes on; a leading byte-order mark is skipped. A line longer than
// InputLimits::RecordLineBytes ends the run (where it ends is unknown: endless
// input is refused, not read). Money is printed as exact decimal strings ("707.20").
class JsonLinesDecider final
{
public:
    struct Stats
    {
        qint64 lines = 0; // non-blank input lines
        qint64 decided = 0;
        qint64 failed = 0;
    };

    JsonLinesDecider(const DecisionEngine& engine, const QDate& asOf);

    // Reads `in` to its end. Fails if reading or writing fails, or on a line too long.
    Result<Stats> run(
        QIODevice& in, QIODevice& out, const std::atomic_bool* cancel = nullptr) const;

private:
    const DecisionEngine& m_engine;
    QDate m_asOf;
};

} // namespace ClaimDesk
